#include "ImportSession.h"

#include "import/FocusImporter.h"
#include "import/MappedCsvFile.h"
#include "import/RegisterImporter.h"

#include <QFile>
#include <QFileInfo>

namespace hp {

ImportInput ImportSource::input() const
{
    return path.isEmpty() ? ImportInput::fromBytes(fileName, bytes) : ImportInput::fromPath(fileName, path);
}

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

bool ImportSession::addPath(const QString &path, std::optional<ImportKind> kind, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: cannot read: %2").arg(path, f.errorString());
        return false;
    }
    const ImportInput input = ImportInput::fromPath(QFileInfo(path).fileName(), path);
    addFile(input.fileName(), input.prefix(), kind);
    m_sources.back().path = path;
    return true;
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
    case ImportKind::Register: RegisterImporter::read(source.input(), s, m_project, plan); break;
    case ImportKind::Focus: FocusImporter::read(source.input(), s, m_project, plan); break;
    case ImportKind::Prices: {
        QString error;
        const QByteArray json = source.input().readAll(&error);
        if (!error.isEmpty()) {
            plan.addReject({source.fileName, 0, 0, error, QString()});
            plan.refusedFiles << source.fileName;
        } else {
            PriceListReader::read(source.fileName, json, m_priceOptions, m_project, plan);
        }
        break;
    }
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
    if (source.path.isEmpty()) {
        readInto(source, plan);
    } else {
        // A file on disk may be large: the preview reads its first rows only.
        ImportSession first(m_project);
        first.m_settings = m_settings;
        first.m_settings.maxRows = rows;
        first.readInto(source, plan);
    }
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

std::optional<ImportPlan> ImportSession::plan(const std::function<void(const ImportProgress &)> &progress, const std::atomic_bool *cancel,
                                              int rejectLimit, std::shared_ptr<RejectSpool> spool) const
{
    ImportPlan plan;
    plan.mode = m_settings.mode;
    plan.rejectLimit = rejectLimit;
    plan.rejectSpool = std::move(spool);
    qint64 total = 0;
    for (const ImportSource &s : m_sources)
        total += std::max<qint64>(s.input().size(), 0);
    qint64 before = 0;
    qint64 rowsBefore = 0;
    ImportSession session(m_project);
    session.m_sources = m_sources;
    session.m_priceOptions = m_priceOptions;
    session.m_settings = m_settings;
    session.m_settings.cancel = cancel;
    session.m_settings.progress = [&](const ImportProgress &p) {
        if (progress)
            progress({before + p.bytesRead, total, rowsBefore + p.rows});
    };
    for (const ImportSource &source : m_sources) {
        if (cancel && cancel->load())
            return std::nullopt;
        session.readInto(source, plan);
        if (plan.cancelled || (cancel && cancel->load()))
            return std::nullopt;
        before += std::max<qint64>(source.input().size(), 0);
        rowsBefore = plan.rowsRead;
        if (progress)
            progress({before, total, rowsBefore});
    }
    return plan;
}

} // namespace hp
