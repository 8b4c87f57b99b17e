#include "MappedCsvFile.h"

#include "import/CsvRowStream.h"
#include "csv/DialectDetector.h"
#include "import/ImportPlan.h"

#include <algorithm>

namespace hp {

MappedCsvFile::MappedCsvFile(const QString &fileName, const QByteArray &bytes, const ImportDialect &dialect)
    : m_file(fileName)
    , m_dialect(dialect)
{
    CsvTokenizer tokenizer(TextEncodings::toUtf8(bytes, dialect.encoding), dialect.csv);
    CsvRowStream stream(m_file, tokenizer, dialect);
    m_headers = stream.headers();
    m_headerLine = stream.headerLine();
    m_errors = stream.headerErrors();
    CsvRecordView view;
    CsvRecord record;
    while (stream.next(view, [this](ImportError &&e) { m_errors.push_back(std::move(e)); })) {
        view.toRecord(record);
        m_records.push_back(record);
    }
    if (stream.refused()) {
        m_records.clear();
        m_errors.clear();
    }
    m_errors.insert(m_errors.end(), stream.endErrors().begin(), stream.endErrors().end());
    m_counts = stream.counts();
}

MappedCsvFile::MappedCsvFile(const QString &fileName, const ImportDialect &dialect, const QStringList &headers, int headerLine)
    : m_file(fileName)
    , m_dialect(dialect)
    , m_headers(headers)
    , m_headerLine(headerLine)
{
}

std::unique_ptr<MappedCsvFile> MappedCsvFile::open(const QString &fileName, const QByteArray &bytes, const ImportSettings &settings,
                                                   const QString &entity, const std::vector<ImportField> &fields, ImportPlan &plan)
{
    ImportDialect dialect;
    if (settings.dialect) {
        dialect = *settings.dialect;
    } else {
        const DialectGuess guess = DialectDetector::detect(bytes);
        dialect = guess.dialect;
        for (const QString &n : guess.notes)
            plan.notes << QStringLiteral("%1: %2").arg(fileName, n);
    }
    plan.notes << QStringLiteral("%1: read as %2").arg(fileName, dialect.describe());
    auto file = std::make_unique<MappedCsvFile>(fileName, bytes, dialect);
    const ColumnMapping mapping = settings.mapping ? settings.mapping->completed(file->headers(), fields)
                                                   : ColumnMapping::guess(entity, file->headers(), fields);
    file->setMapping(mapping, fields);
    plan.rejects.insert(plan.rejects.end(), file->errors().begin(), file->errors().end());
    for (const QString &h : mapping.unusedHeaders(file->headers()))
        plan.warnings << QStringLiteral("%1:%2: unknown column '%3' ignored").arg(fileName).arg(file->headerLine()).arg(h);
    const bool headerProblem = std::any_of(file->errors().begin(), file->errors().end(),
                                           [&](const ImportError &e) { return e.line == std::max(file->headerLine(), 1) && e.column == 0; });
    plan.blankLines += file->counts().blank;
    // Rows the reader rejected (malformed, ragged) count as read, unless no row can be read at all;
    // the importer counts the others as it reads them.
    if (!headerProblem)
        plan.rowsRead += file->counts().rejected;
    if (headerProblem || file->records().empty()) {
        // Not a row can be read: when that is for a reason (not merely a header without rows), the file is refused.
        if (headerProblem || file->counts().refused || (file->counts().records() == 0 && !file->errors().empty()))
            plan.refusedFiles << fileName;
        return nullptr;
    }
    return file;
}

void MappedCsvFile::setMapping(const ColumnMapping &mapping, const std::vector<ImportField> &fields)
{
    m_mapping = mapping;
    m_index.clear();
    for (const ImportField &f : fields) {
        const int i = mapping.columnIndex(f.name, m_headers);
        if (i >= 0)
            m_index[f.name] = i;
    }
    if (m_headers.isEmpty())
        return;
    for (const QString &field : mapping.missingRequired(m_headers, fields)) {
        const FieldSource s = mapping.source(field);
        const QString why = s.kind == FieldSource::Kind::Column
                              ? QStringLiteral("required field '%1' is mapped to column '%2', which the file lacks").arg(field, s.value)
                              : QStringLiteral("required column '%1' is missing (map a column or set a constant)").arg(field);
        m_errors.push_back({m_file, std::max(m_headerLine, 1), 0, why, m_headers.join(QLatin1Char(','))});
    }
}

QString MappedCsvFile::cell(const CsvRecord &record, const QString &field) const
{
    const FieldSource s = m_mapping.source(field);
    if (s.kind == FieldSource::Kind::Constant)
        return s.value;
    const auto it = m_index.find(field);
    return it == m_index.end() ? QString() : record.fields.value(it->second).trimmed();
}

QString MappedCsvFile::cell(const CsvRecordView &record, const QString &field) const
{
    const FieldSource s = m_mapping.source(field);
    if (s.kind == FieldSource::Kind::Constant)
        return s.value;
    const auto it = m_index.find(field);
    return it == m_index.end() || it->second >= record.size() ? QString() : QString::fromUtf8(record.field(it->second)).trimmed();
}

int MappedCsvFile::column(const QString &field) const
{
    const auto it = m_index.find(field);
    return it == m_index.end() ? 0 : it->second + 1;
}

QString MappedCsvFile::columnName(const QString &field) const
{
    const auto it = m_index.find(field);
    return it == m_index.end() ? field : m_headers.value(it->second);
}

} // namespace hp
