#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace hp {

/// A field an importer reads: its name, the other header names it is known
/// by, and whether a row must have it.
struct ImportField {
    QString name;
    QStringList aliases;
    bool required = false;
};

/// Where a field's value comes from: a column of the file (named by its
/// header), a constant for every row, or nowhere (ignored: left empty).
struct FieldSource {
    enum class Kind { Column, Constant, Ignore };
    Kind kind = Kind::Ignore;
    QString value; ///< the header (Column) or the constant text (Constant)
    friend bool operator==(const FieldSource &, const FieldSource &) = default;
};

/// The mapping of a file's columns to an importer's fields. Header names are
/// matched case- and punctuation-insensitively (`Contract ID`, `contract_id`
/// and `CONTRACT-ID` are one name). Serializable to JSON, so the GUI can
/// remember it per file shape (shapeKey of the headers).
class ColumnMapping {
public:
    /// Lower-case letters and digits only.
    static QString normalize(QStringView header);
    /// A stable key of a file's shape: SHA-1 (hex) of its normalized headers in order.
    static QString shapeKey(const QStringList &headers);
    /// Maps every field whose name or alias matches a header (first match wins).
    static ColumnMapping guess(const QString &entity, const QStringList &headers, const std::vector<ImportField> &fields);

    /// This mapping, with every field it does not name matched by its header
    /// as guess() does (only among the headers this mapping does not read):
    /// a mapping overrides only the fields it names (docs/rules.md §6.1 rev 2).
    ColumnMapping completed(const QStringList &headers, const std::vector<ImportField> &fields) const;
    /// True when the mapping says something about `field` (a column, a constant or ignore).
    bool names(const QString &field) const { return m_fields.contains(field); }

    const QString &entity() const { return m_entity; }
    void setEntity(const QString &entity) { m_entity = entity; }
    void mapColumn(const QString &field, const QString &header);
    void setConstant(const QString &field, const QString &value);
    void ignore(const QString &field);
    FieldSource source(const QString &field) const;

    /// The 0-based index in `headers` of the column mapped to `field`, or -1.
    int columnIndex(const QString &field, const QStringList &headers) const;
    /// Headers that no field reads (reported and ignored).
    QStringList unusedHeaders(const QStringList &headers) const;
    /// Required fields that are neither a column present in `headers` nor a constant.
    QStringList missingRequired(const QStringList &headers, const std::vector<ImportField> &fields) const;

    QJsonObject toJson() const;
    static std::optional<ColumnMapping> fromJson(const QJsonObject &json, QString *error);

    friend bool operator==(const ColumnMapping &, const ColumnMapping &) = default;

private:
    QString m_entity;
    std::map<QString, FieldSource> m_fields;
};

} // namespace hp
