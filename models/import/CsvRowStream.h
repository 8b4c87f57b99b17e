#pragma once

#include "csv/CsvBodyReader.h"
#include "csv/CsvTokenizer.h"
#include "csv/ImportDialect.h"
#include "csv/ImportError.h"

#include <QStringList>

#include <functional>
#include <optional>

namespace hp {

/// A procurement CSV file read record by record (issue 16: streaming, one
/// record in memory at a time): the constructor reads up to the header row (or
/// the first row, which is data when the dialect has no header), next() yields
/// the rows after it as byte views. The rules are those of MappedCsvFile, which
/// reads through this class: blank lines are skipped and counted; a malformed
/// record and a ragged row (another number of fields than the header) are
/// rejected (file, line, column, reason, raw text) and reading goes on; a
/// malformed header stops before any row; an unterminated quote at the end is
/// one rejected record; an encoding or read error refuses the whole file
/// (refused(): the caller drops what it read of it).
class CsvRowStream {
public:
    /// Reads the header from `tokenizer` (which must outlive the stream).
    CsvRowStream(const QString &fileName, CsvTokenizer &tokenizer, const ImportDialect &dialect,
                 QString encodingHint = QStringLiteral("; the whole file is refused (choose windows-1252 or latin-1 if that is its encoding)"));

    /// The rows of a part of a file that starts at a record boundary after the header
    /// (a part read in parallel), or of a file whose header the caller has read (the
    /// canonical CsvTable): no header is read, rows must have `headers`' width.
    CsvRowStream(const QString &fileName, CsvTokenizer &tokenizer, const ImportDialect &dialect, const QStringList &headers,
                 QString encodingHint = QStringLiteral("; the whole file is refused (choose windows-1252 or latin-1 if that is its encoding)"));

    const QString &fileName() const { return m_file; }
    const QStringList &headers() const { return m_headers; }
    /// The header's line; 0 when the dialect has no header row.
    int headerLine() const { return m_headerLine; }
    /// Rejects before the first row (records before a header-less file's first row) and a malformed header.
    const ImportErrors &headerErrors() const { return m_headerErrors; }
    /// True when the header row is malformed: no row can be matched to a column and next() yields none.
    bool headerMalformed() const { return m_headerMalformed; }

    /// The next row with the header's width; a rejected record goes to `reject` and reading goes on.
    bool next(CsvRecordView &row, const std::function<void(ImportError &&)> &reject);
    /// After next() returned false: the error reading stopped on (an unterminated quote, counted as
    /// a rejected row; or an encoding or read error, which refuses the file), then "the file is empty"
    /// when there was not even a header.
    const ImportErrors &endErrors() const { return m_endErrors; }
    /// The whole file is refused (encoding or read error): counts() are then 0.
    bool refused() const { return m_counts.refused; }
    const CsvBodyCounts &counts() const { return m_counts; }
    const CsvTokenizer &tokenizer() const { return m_tokenizer; }
    /// next() stops (returns false, stoppedAt() set) before the first record starting at or after `offset`;
    /// reading may go on after another setStop().
    void setStop(std::optional<qint64> offset)
    {
        m_stop = offset;
        m_stoppedAt.reset();
    }
    std::optional<qint64> stoppedAt() const { return m_stoppedAt; }

private:
    void finish();

    QString m_file;
    CsvTokenizer &m_tokenizer;
    QChar m_delimiter;
    QString m_encodingHint;
    QStringList m_headers;
    int m_headerLine = 1;
    bool m_haveFirst = false;
    bool m_headerMalformed = false;
    bool m_done = false;
    std::optional<CsvRecordView> m_pendingFirst; ///< a header-less file's first row
    ImportErrors m_headerErrors;
    ImportErrors m_endErrors;
    CsvBodyCounts m_counts;
    std::optional<qint64> m_stop;
    std::optional<qint64> m_stoppedAt;
};

} // namespace hp
