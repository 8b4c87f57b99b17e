#include "CsvRowStream.h"

#include <algorithm>

namespace hp {

CsvRowStream::CsvRowStream(const QString &fileName, CsvTokenizer &tokenizer, const ImportDialect &dialect, QString encodingHint)
    : m_file(fileName)
    , m_tokenizer(tokenizer)
    , m_delimiter(dialect.csv.delimiter)
    , m_encodingHint(std::move(encodingHint))
{
    CsvRecordView record;
    while (!m_haveFirst && tokenizer.next(record)) {
        if (record.isBlank()) {
            ++m_counts.blank;
        } else if (record.error && !dialect.hasHeader) {
            m_headerErrors.push_back({m_file, record.error->line, record.error->column, record.error->reason, record.error->raw});
            ++m_counts.rejected;
        } else {
            m_haveFirst = true;
        }
    }
    // A malformed header (no row can be matched to a column), or a header record
    // that runs into an unterminated quote (or is oversized) so the tokenizer
    // stops in it: the file has no readable header, is refused, and no row is
    // counted as read.
    const CsvSyntaxError *headerError = nullptr;
    if (m_haveFirst && record.error)
        headerError = &*record.error;
    else if (!m_haveFirst && dialect.hasHeader && tokenizer.error() && tokenizer.error()->kind == CsvErrorKind::Syntax)
        headerError = &*tokenizer.error();
    if (headerError) {
        const CsvSyntaxError &e = *headerError;
        m_headerLine = m_haveFirst ? record.line : e.line;
        m_headerErrors.push_back({m_file, m_headerLine, 0,
                                  QStringLiteral("the header row is malformed at line %1, column %2: %3; no row is read").arg(e.line).arg(e.column).arg(e.reason),
                                  e.raw});
        m_headerMalformed = true;
        m_done = true;
        return;
    }
    if (!m_haveFirst)
        return;
    if (dialect.hasHeader) {
        m_headerLine = record.line;
        for (qsizetype i = 0; i < record.size(); ++i)
            m_headers << QString::fromUtf8(record.field(i)).trimmed();
    } else {
        for (qsizetype i = 0; i < record.size(); ++i)
            m_headers << QStringLiteral("column%1").arg(i + 1);
        m_headerLine = 0;
        m_pendingFirst = std::move(record);
    }
}

CsvRowStream::CsvRowStream(const QString &fileName, CsvTokenizer &tokenizer, const ImportDialect &dialect, const QStringList &headers,
                           QString encodingHint)
    : m_file(fileName)
    , m_tokenizer(tokenizer)
    , m_delimiter(dialect.csv.delimiter)
    , m_encodingHint(std::move(encodingHint))
    , m_headers(headers)
    , m_haveFirst(true)
{
}

bool CsvRowStream::next(CsvRecordView &row, const std::function<void(ImportError &&)> &reject)
{
    if (m_done)
        return false;
    if (m_pendingFirst) {
        std::swap(row, *m_pendingFirst);
        m_pendingFirst.reset();
        ++m_counts.kept;
        return true;
    }
    const qsizetype width = m_headers.size();
    while (true) {
        if (m_stop && m_tokenizer.atRecordStart() && m_tokenizer.offset() >= *m_stop) {
            m_stoppedAt = m_tokenizer.offset();
            return false;
        }
        if (!m_tokenizer.next(row))
            break;
        if (const auto &e = row.error) {
            reject({m_file, e->line, e->column, e->reason, e->raw});
            ++m_counts.rejected;
            continue;
        }
        if (row.isBlank()) {
            ++m_counts.blank; // blank lines and lines of empty cells (`,,,`) carry nothing
            continue;
        }
        if (row.size() != width) {
            const qsizetype first = std::min(row.size(), width);
            reject({m_file, row.line, CsvRecord::columnOf(first),
                    QStringLiteral("ragged row: the row has %1 fields, the header has %2").arg(row.size()).arg(width),
                    row.joined(m_delimiter)});
            ++m_counts.rejected;
            continue;
        }
        ++m_counts.kept;
        return true;
    }
    finish();
    return false;
}

void CsvRowStream::finish()
{
    m_done = true;
    if (const auto &e = m_tokenizer.error()) {
        if (e->kind != CsvErrorKind::Syntax) {
            m_counts = CsvBodyCounts{};
            m_counts.refused = true;
        } else {
            ++m_counts.rejected; // the record the tokenizer stopped in (an unterminated quote, an oversized record)
        }
        QString reason = e->reason;
        if (e->kind == CsvErrorKind::Encoding && !m_encodingHint.isEmpty())
            reason += m_encodingHint;
        m_endErrors.push_back({m_file, e->line, e->column, reason, e->raw});
    }
    if (!m_haveFirst && !m_tokenizer.error())
        m_endErrors.push_back({m_file, 1, 0, QStringLiteral("the file is empty: a header row is required"), QString()});
}

} // namespace hp
