#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace hp {

/// Delimiter and quote of a CSV file. The canonical files use the default;
/// the tolerant importer sniffs `;`, tab and `|`.
struct CsvDialect {
    QChar delimiter = u',';
    QChar quote = u'"';
};

/// One record: its fields and the 1-based physical line it starts on.
struct CsvRecord {
    int line = 0;
    QStringList fields;
};

/// A syntax or encoding error at a 1-based line and column (column = field number).
struct CsvSyntaxError {
    int line = 0;
    int column = 0;
    QString reason;
    QString raw;
};

/// Strict RFC 4180 tokenizer: quoted fields with doubled quotes and embedded
/// line breaks, CRLF or LF, UTF-8 with or without BOM. Invalid UTF-8, an
/// unterminated quote, a quote inside an unquoted field and text after a
/// closing quote are errors naming line and column. Blank lines at the end are
/// ignored; a blank line elsewhere is a record with one empty field.
class CsvTokenizer {
public:
    explicit CsvTokenizer(const QByteArray &utf8, CsvDialect dialect = {});

    /// The next record; false at the end or on an error (see error()).
    bool next(CsvRecord &record);
    const std::optional<CsvSyntaxError> &error() const { return m_error; }

    /// Byte offset and 1-based line/column of the first invalid UTF-8
    /// sequence, if any (column counts characters on that line).
    static std::optional<CsvSyntaxError> findInvalidUtf8(const QByteArray &bytes);

private:
    bool fail(int line, int column, const QString &reason, const QString &raw);

    QString m_text;
    CsvDialect m_dialect;
    qsizetype m_pos = 0;
    int m_line = 1;
    std::optional<CsvSyntaxError> m_error;
};

} // namespace hp
