#pragma once

#include <QByteArray>
#include <QString>

#include <map>
#include <vector>

namespace hp {

/// An Open Packaging Conventions package (ECMA-376 Part 2), the container of
/// .pptx and .xlsx files: named parts, their content types
/// (`[Content_Types].xml`) and relationships (`_rels/*.rels`), zipped with
/// libzip. Part names have no leading slash ("ppt/slides/slide1.xml").
class OpcPackage {
public:
    static QString relationshipNamespace() { return QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships"); }

    /// `contentType` empty: the part's extension must have a default type.
    void addPart(const QString &name, const QByteArray &data, const QString &contentType = {});
    void addDefault(const QString &extension, const QString &contentType);
    /// Adds a relationship from `source` ("" for the package) to `target`
    /// (relative to the source's folder); returns its id ("rId3"). `type` is
    /// a full URI or a name under the officeDocument relationships namespace.
    QString addRelationship(const QString &source, const QString &type, const QString &target);

    bool hasPart(const QString &name) const { return m_index.count(name) != 0; }
    QByteArray contentTypesXml() const;
    QByteArray relationshipsXml(const QString &source) const;
    static QString relationshipsPartName(const QString &source);

    /// Zips `[Content_Types].xml`, every part and every relationships part
    /// into `path` atomically; false with *error naming the file.
    bool write(const QString &path, QString *error) const;

private:
    struct Part {
        QString name;
        QByteArray data;
        QString contentType;
    };
    struct Relationship {
        QString id;
        QString type;
        QString target;
    };
    std::vector<Part> m_parts;
    std::map<QString, std::size_t> m_index;
    std::vector<std::pair<QString, QString>> m_defaults;
    std::map<QString, std::vector<Relationship>> m_relationships;
};

} // namespace hp
