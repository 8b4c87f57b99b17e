#pragma once

#include "csv/TextEncoding.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QIODevice;

namespace hp {

/// Delimiter and quote of a CSV file. The canonical files use the default;
/// the tolerant importer sniffs `;`, tab and `|`. Both must be ASCII.
struct CsvDialect {
    QChar delimiter = u',';
    QChar quote = u'"';
};

enum class CsvErrorKind { Syntax, Encoding, Read };

/// A syntax, encoding or read error at a 1-based line and column (column =
/// field number, 0 when the whole file is concerned).
struct CsvSyntaxError {
    int line = 0;
    int column = 0;
    QString reason;
    QString raw;
    CsvErrorKind kind = CsvErrorKind::Syntax;
};

/// One record: its fields and the 1-based physical line it starts on. The
/// 1-based column of field i is i + 1 (columnOf); `quoted[i]` tells whether
/// field i was written in quotes (a tolerant reader may treat `"1,5"` apart).
/// A malformed record (a quote inside an unquoted field, text after a closing
/// quote) carries its `error`; its fields are then the ones read before the
/// error and must not be used as data (docs/rules.md §6.1 rev 2).
struct CsvRecord {
    int line = 0;
    QStringList fields;
    QList<bool> quoted;
    std::optional<CsvSyntaxError> error;
    static int columnOf(qsizetype index) { return int(index) + 1; }
    /// A blank line, or a line of delimiters only (`,,,`); never a malformed record.
    bool isBlank() const;
};

/// One record as UTF-8 bytes, the form the streaming importers read (issue 16:
/// no QString per field): the fields' unescaped text one after another in
/// `bytes`, field i being field(i). The buffers are reused from record to
/// record, so reading a file allocates nothing per record.
struct CsvRecordView {
    int line = 0;
    QByteArray bytes;
    std::vector<qsizetype> ends; ///< end of field i in `bytes`
    std::vector<char> quoted;    ///< field i was written in quotes
    std::optional<CsvSyntaxError> error;

    qsizetype size() const { return qsizetype(ends.size()); }
    QByteArrayView field(qsizetype i) const
    {
        const qsizetype from = i == 0 ? 0 : ends[std::size_t(i - 1)];
        return {bytes.constData() + from, ends[std::size_t(i)] - from};
    }
    /// As CsvRecord::isBlank (every field empty once trimmed).
    bool isBlank() const;
    /// The same record with a QString per field.
    void toRecord(CsvRecord &record) const;
    /// The fields joined by `delimiter`, as a ragged row's raw text.
    QString joined(QChar delimiter) const;
    void clear();
};

/// Strict RFC 4180 tokenizer: quoted fields with doubled quotes and embedded
/// line breaks, CRLF, LF (or a lone CR) line ends, UTF-8 with or without BOM.
/// A quote inside an unquoted field and text after a closing quote make that
/// record malformed (CsvRecord::error, naming line and column, with the raw
/// text up to the end of its physical line); reading resumes at the next
/// line. Invalid UTF-8, an unterminated quote (it runs to the end of the file;
/// the error says how many lines it swallowed), a read error and an oversized
/// record stop tokenizing: next() returns false and error() says why. Blank
/// lines at the end are ignored; a blank line elsewhere is a record with one
/// empty field (CsvRecord::isBlank).
///
/// It works at the byte level (delimiter and quote are ASCII, so they never
/// occur inside a UTF-8 sequence) and streams: over a QIODevice it holds one
/// 64 KiB chunk plus the record being read. A record longer than
/// maxRecordBytes() (a 100 MB "line", a binary file, a quote never closed in a
/// huge file) is an error naming the line it starts on, so memory stays
/// bounded whatever the input; so is a file of more than 2^31 - 1 lines.
class CsvTokenizer {
public:
    /// Default largest record, delimiters, quotes and line breaks included.
    static constexpr qsizetype kDefaultMaxRecordBytes = 16 * 1024 * 1024;

    explicit CsvTokenizer(const QByteArray &utf8, CsvDialect dialect = {});
    /// Reads from an open device; the device must outlive the tokenizer.
    explicit CsvTokenizer(QIODevice *device, CsvDialect dialect = {});

    /// The next record (possibly malformed, see CsvRecord::error); false at the
    /// end or on an error that stops reading (see error()).
    bool next(CsvRecord &record);
    /// The same as byte views (same records, lines, columns and errors).
    bool next(CsvRecordView &record);
    const std::optional<CsvSyntaxError> &error() const { return m_error; }

    /// Bytes consumed from the input so far (after transcoding, see setEncoding).
    qint64 offset() const { return m_dropped + m_pos; }
    /// The 1-based line the next record starts on (or the blank lines before it).
    int line() const { return m_line; }
    /// No blank line read ahead is still to be yielded: offset() is where the next record starts.
    bool atRecordStart() const { return m_pendingBlank == 0; }
    /// Reads the device's bytes as Windows-1252 or Latin-1 (transcoded to UTF-8
    /// block by block); UTF-8 (the default) is read as it is. Call before next().
    void setEncoding(TextEncoding encoding) { m_encoding = encoding; }
    /// Starts at a record boundary `offset` bytes into the input, on `line`
    /// (the device must be positioned there): a chunk of a file read in
    /// parallel. No byte order mark is looked for. Call before next().
    void startAt(qint64 offset, int line);

    qsizetype maxRecordBytes() const { return m_maxRecordBytes; }
    /// Lowers (or raises) the record limit; call before the first next().
    void setMaxRecordBytes(qsizetype bytes) { m_maxRecordBytes = bytes; }

    /// Offset of the first invalid UTF-8 sequence of `bytes` (overlong forms,
    /// surrogates and code points past U+10FFFF included), or -1.
    static qsizetype invalidUtf8Offset(const char *bytes, qsizetype size);

private:
    bool fill();                 ///< makes at least one more byte available; false at the end
    bool atEnd() { return m_error || (m_pos >= m_buf.size() && !fill()); }
    char peekByte() const { return m_buf[m_pos]; }
    bool consumeLineEnd();       ///< at CR or LF: consumes CRLF, CR or LF and counts the line
    bool skipBlankLines();       ///< counts blank lines into m_pendingBlank; false when only blanks remain
    bool readRecord(CsvRecordView &record);
    bool endField(CsvRecordView &record, qsizetype fieldStart, bool quoted, int fieldLine);
    /// Marks `record` malformed at `column` and skips the rest of its physical line.
    bool malformed(CsvRecordView &record, qsizetype fieldStart, bool fieldQuoted, qint64 start, int column, const QString &reason);
    bool fail(int line, int column, const QString &reason, const QString &raw,
              CsvErrorKind kind = CsvErrorKind::Syntax);

    QIODevice *m_device = nullptr;
    QByteArray m_buf;
    qsizetype m_pos = 0;
    qint64 m_dropped = 0;   ///< bytes removed from the front of m_buf so far
    qsizetype m_maxRecordBytes = kDefaultMaxRecordBytes;
    char m_delimiter = ',';
    char m_quote = '"';
    bool m_started = false; ///< the BOM check has run
    int m_line = 1;
    int m_pendingBlank = 0; ///< blank lines seen before a non-blank one, still to yield
    int m_pendingLine = 0;
    std::optional<CsvSyntaxError> m_error;
    TextEncoding m_encoding = TextEncoding::Utf8;
    CsvRecordView m_view; ///< next(CsvRecord &) reads through it
};

} // namespace hp
