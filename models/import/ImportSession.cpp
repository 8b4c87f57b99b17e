#include "ImportSession.h"

#include "import/FocusImporter.h"
#include "import/MappedCsvFile.h"
#include "import/RegisterImporter.h"

namespace hp {

QStringList ImportSource::headers() const
{
    if (kind == ImportKind::Prices)
        return {};
    return MappedCsvFile(fileName, bytes.left(64 * 1024), dialect).headers();
}

void ImportSession::addFile(const QString &fileName, const QByteArray &bytes, std::optional<ImportKind> kind)
{
    ImportSource s;
    s.fileName = fileName;
    s.bytes = bytes;
    s.kind = kind.value_or(ImportKinds::guess(fileName, bytes));
    if (s.kind != ImportKind::Prices) {
        s.guess = DialectDetector::detect(bytes);
        s.dialect = s.guess.dialect;
    }
    m_sources.push_back(std::move(s));
}

const std::vector<ImportField> &ImportSession::fieldsOf(ImportKind kind)
{
    static const std::vector<ImportField> none;
    switch (kind) {
    case ImportKind::Register: return RegisterImporter::fields();
    case ImportKind::Focus: return FocusImporter::fields();
    case ImportKind::Prices: return none;
    }
    return none;
}

ColumnMapping ImportSession::mappingOf(const ImportSource &source) const
{
    if (source.mapping)
        return *source.mapping;
    return ColumnMapping::guess(ImportKinds::name(source.kind), source.headers(), fieldsOf(source.kind));
}

void ImportSession::readInto(const ImportSource &source, ImportPlan &plan) const
{
    ImportSettings s = m_settings;
    s.dialect = source.dialect;
    if (source.kind != ImportKind::Prices && source.dialect == source.guess.dialect)
        for (const QString &n : source.guess.notes)
            plan.notes << QStringLiteral("%1: %2").arg(source.fileName, n);
    s.mapping = mappingOf(source);
    switch (source.kind) {
    case ImportKind::Register: RegisterImporter::read(source.fileName, source.bytes, s, m_project, plan); break;
    case ImportKind::Focus: FocusImporter::read(source.fileName, source.bytes, s, m_project, plan); break;
    case ImportKind::Prices: PriceListReader::read(source.fileName, source.bytes, m_priceOptions, m_project, plan); break;
    }
    plan.mode = m_settings.mode;
}

ImportPreview ImportSession::preview(std::size_t index, int rows) const
{
    ImportPreview out;
    if (index >= m_sources.size() || m_sources[index].kind == ImportKind::Prices)
        return out;
    const ImportSource &source = m_sources[index];
    ImportPlan plan;
    readInto(source, plan);
    const MappedCsvFile file(source.fileName, source.bytes, source.dialect);
    out.headers = file.headers();
    std::map<int, std::size_t> rowOfLine;
    for (const CsvRecord &r : file.records()) {
        if (int(out.rows.size()) >= rows)
            break;
        rowOfLine[r.line] = out.rows.size();
        out.rows.push_back({r.line, r.fields, {}});
    }
    for (const ImportError &e : plan.rejects) {
        const auto it = rowOfLine.find(e.line);
        if (it == rowOfLine.end()) {
            out.fileErrors.push_back(e);
            continue;
        }
        QString &reason = out.rows[it->second].errors[e.column];
        reason = reason.isEmpty() ? e.reason : reason + u'\n' + e.reason;
    }
    return out;
}

std::optional<ImportPlan> ImportSession::plan(const std::function<bool(int, int)> &progress) const
{
    ImportPlan plan;
    plan.mode = m_settings.mode;
    const int total = int(m_sources.size());
    for (int i = 0; i < total; ++i) {
        if (progress && !progress(i, total))
            return std::nullopt;
        readInto(m_sources[std::size_t(i)], plan);
    }
    if (progress && !progress(total, total))
        return std::nullopt;
    return plan;
}

} // namespace hp
