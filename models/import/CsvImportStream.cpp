#include "CsvImportStream.h"

#include "csv/DialectDetector.h"

#include <algorithm>

namespace hp {

std::unique_ptr<CsvImportStream> CsvImportStream::open(const ImportInput &input, const ImportSettings &settings, const QString &entity,
                                                       const std::vector<ImportField> &fields, ImportPlan &plan)
{
    const QString &fileName = input.fileName();
    ImportDialect dialect;
    if (settings.dialect) {
        dialect = *settings.dialect;
    } else {
        const DialectGuess guess = DialectDetector::detect(input.prefix());
        dialect = guess.dialect;
        for (const QString &n : guess.notes)
            plan.notes << QStringLiteral("%1: %2").arg(fileName, n);
    }
    plan.notes << QStringLiteral("%1: read as %2").arg(fileName, dialect.describe());
    std::unique_ptr<CsvImportStream> s(new CsvImportStream(input));
    QString error;
    s->m_opened = input.open(dialect, &error);
    if (!s->m_opened.tokenizer) {
        plan.addReject({fileName, 0, 0, error, QString()});
        plan.refusedFiles << fileName;
        return nullptr;
    }
    s->m_rows = std::make_unique<CsvRowStream>(fileName, *s->m_opened.tokenizer, dialect);
    const CsvRowStream &rows = *s->m_rows;
    s->m_shape = std::make_unique<MappedCsvFile>(fileName, dialect, rows.headers(), rows.headerLine());
    const ColumnMapping mapping = settings.mapping ? settings.mapping->completed(rows.headers(), fields)
                                                   : ColumnMapping::guess(entity, rows.headers(), fields);
    s->m_shape->setMapping(mapping, fields);
    ImportErrors errors = rows.headerErrors();
    errors.insert(errors.end(), s->m_shape->errors().begin(), s->m_shape->errors().end()); // a required column missing
    for (const QString &h : mapping.unusedHeaders(rows.headers()))
        plan.warnings << QStringLiteral("%1:%2: unknown column '%3' ignored").arg(fileName).arg(rows.headerLine()).arg(h);
    const int headerLine = std::max(rows.headerLine(), 1);
    const bool headerProblem = rows.headerMalformed() || std::any_of(errors.begin(), errors.end(), [&](const ImportError &e) {
                                   return e.line == headerLine && e.column == 0;
                               });
    if (headerProblem) {
        // Refused after the header: not a row is read (issue 16).
        for (ImportError &e : errors)
            plan.addReject(std::move(e));
        plan.blankLines += rows.counts().blank;
        plan.refusedFiles << fileName;
        return nullptr;
    }
    s->m_before = plan;
    s->m_spoolMark = plan.rejectSpool ? plan.rejectSpool->mark() : RejectSpool::Mark{};
    for (ImportError &e : errors)
        plan.addReject(std::move(e));
    return s;
}

bool CsvImportStream::next(CsvRecordView &row, ImportPlan &plan)
{
    return m_rows->next(row, [&](ImportError &&e) { plan.addReject(std::move(e)); });
}

bool CsvImportStream::finish(ImportPlan &plan, const CsvRowStream &rows, const CsvBodyCounts &counts)
{
    const QString &fileName = m_input.fileName();
    if (rows.refused()) {
        const auto spool = plan.rejectSpool;
        plan = m_before;
        plan.rejectSpool = spool;
        if (spool)
            spool->rollback(m_spoolMark);
        for (const ImportError &e : rows.endErrors())
            plan.addReject(e);
        plan.refusedFiles << fileName;
        return false;
    }
    // "The file is empty" concerns the header's line: no row is counted as read.
    const int headerLine = std::max(rows.headerLine(), 1);
    const bool headerProblem = std::any_of(rows.endErrors().begin(), rows.endErrors().end(),
                                           [&](const ImportError &e) { return e.line == headerLine && e.column == 0; });
    for (const ImportError &e : rows.endErrors())
        plan.addReject(e);
    const bool errors = plan.rejectCount() > m_before.rejectCount();
    plan.blankLines += counts.blank;
    if (!headerProblem)
        plan.rowsRead += counts.rejected;
    // Not a row could be read, for a reason (not merely a header without rows): the file is refused.
    if (headerProblem || (counts.kept == 0 && counts.records() == 0 && errors))
        plan.refusedFiles << fileName;
    return true;
}

} // namespace hp
