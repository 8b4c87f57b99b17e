#include "FocusImporter.h"

#include "import/CsvImportStream.h"
#include "import/FocusChunkReader.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <tuple>

namespace hp {

const QString FocusImporter::kEntity = QStringLiteral("focus");

namespace {

const QString kBilled = QStringLiteral("BilledCost");
const QString kEffective = QStringLiteral("EffectiveCost");
const QString kList = QStringLiteral("ListCost");
const QString kCurrency = QStringLiteral("BillingCurrency");
const QString kPeriod = QStringLiteral("ChargePeriodStart");
const QString kProvider = QStringLiteral("ProviderName");
const QString kQuantity = QStringLiteral("PricingQuantity");

} // namespace

const std::vector<ImportField> &FocusImporter::fields()
{
    static const std::vector<ImportField> f = {
        {kBilled, {}, true},
        {kEffective, {}, true},
        {kList, {}, false},
        {kCurrency, {}, true},
        {kPeriod, {}, true},
        {QStringLiteral("ChargeCategory"), {}, false},
        {kProvider, {QStringLiteral("ServiceProviderName")}, true},
        {QStringLiteral("ServiceName"), {}, false},
        {QStringLiteral("ServiceCategory"), {}, false},
        {kQuantity, {}, false},
        {QStringLiteral("PricingUnit"), {}, false},
        {QStringLiteral("CommitmentDiscountId"), {}, false},
    };
    return f;
}

bool FocusImporter::looksLikeFocus(const QStringList &headers)
{
    QStringList normalized;
    for (const QString &h : headers)
        normalized << ColumnMapping::normalize(h);
    return normalized.contains(QStringLiteral("billedcost")) && normalized.contains(QStringLiteral("chargeperiodstart"));
}

QString FocusImporter::unknownProviderIds(const std::map<QString, QString> &providerMap, const Project &project, const ImportPlan *plan)
{
    for (const auto &entry : providerMap) {
        const QString &name = entry.first;
        const QString &id = entry.second;
        const bool planned = plan && std::any_of(plan->providers.begin(), plan->providers.end(), [&](const Provider &p) { return p.id == id; });
        if (project.provider(id) || planned)
            continue;
        QStringList ids;
        for (const Provider &p : project.providers)
            ids << p.id;
        return QStringLiteral("the provider mapping '%1=%2' (--map-provider) names no provider: no provider has the id '%2' (%3)")
            .arg(name, id,
                 ids.isEmpty() ? QStringLiteral("the project has no providers yet")
                               : QStringLiteral("provider ids: %1").arg(ids.join(QStringLiteral(", "))));
    }
    return QString();
}

void FocusImporter::read(const QString &fileName, const QByteArray &bytes, const ImportSettings &settings, const Project &project,
                         ImportPlan &plan)
{
    read(ImportInput::fromBytes(fileName, bytes), settings, project, plan);
}

namespace {

/// A part of a FOCUS file, read by a thread of its own from `start` (a line start)
/// until the first record at or after `stop`, into a plan of its own.
struct FocusPart {
    qint64 start = 0;
    std::optional<qint64> stop;
    ImportPlan plan;
    OpenedInput opened;
    std::unique_ptr<CsvRowStream> ownRows;
    CsvRowStream *rows = nullptr;
    std::unique_ptr<FocusChunkReader> reader;
    std::atomic<qint64> bytes{0};
    std::atomic<qint64> rowCount{0};
    bool cancelled = false;
};

/// Parts worth reading in parallel: a UTF-8 file of at least 8 MiB on disk.
constexpr qint64 kParallelBytes = 8 * 1024 * 1024;

/// Reads `part` on until its stop (or the end); `report` is called now and then (false: cancelled).
void readPart(FocusPart &part, const std::function<bool()> &report)
{
    CsvRecordView row;
    qint64 n = 0;
    while (part.rows->next(row, [&part](ImportError &&e) { part.plan.addReject(std::move(e)); })) {
        part.reader->read(row);
        if ((++n & 1023) == 0) {
            part.rowCount = part.plan.rowsRead;
            part.bytes = part.opened.position() - part.start;
            if (!report()) {
                part.cancelled = true;
                return;
            }
        }
    }
    part.rowCount = part.plan.rowsRead;
    part.bytes = part.opened.position() - part.start;
}

} // namespace

void FocusImporter::read(const ImportInput &input, const ImportSettings &settings, const Project &project, ImportPlan &plan)
{
    plan.mode = settings.mode;
    const QString &fileName = input.fileName();
    if (const QString why = unknownProviderIds(settings.providerMap, project, &plan); !why.isEmpty()) {
        plan.addReject({fileName, 0, 0, why, QString()});
        plan.refusedFiles << fileName;
        return;
    }
    const qsizetype warningsBefore = plan.warnings.size();
    const auto stream = CsvImportStream::open(input, settings, kEntity, fields(), plan);
    // FOCUS columns the importer does not read are expected: no warning for them.
    plan.warnings.resize(warningsBefore);
    if (!stream)
        return;
    FocusFileContext context{stream->shape(), TolerantValueParser(stream->dialect()), project, plan, {}};
    for (const auto &[name, id] : settings.providerMap)
        context.mapped.insert(name.toLower(), id);

    // The parts: the whole file, or (a large file, several threads) one part per thread, each
    // starting at a line start; a part is kept only if the part before ends exactly where it
    // starts (a quoted field spanning the split is found by the part before, which reads on).
    std::vector<std::unique_ptr<FocusPart>> parts;
    parts.push_back(std::make_unique<FocusPart>());
    parts[0]->rows = &stream->rows();
    const qint64 size = input.size();
    const bool utf8 = stream->dialect().encoding == TextEncoding::Utf8 || stream->dialect().encoding == TextEncoding::Utf8Bom;
    if (settings.threads > 1 && settings.maxRows == 0 && input.isFile() && utf8 && size >= kParallelBytes) {
        for (int k = 1; k < settings.threads; ++k) {
            const qint64 start = input.lineStartAfter(size / settings.threads * k);
            if (start > stream->position() && start > parts.back()->start && start < size) {
                parts.push_back(std::make_unique<FocusPart>());
                parts.back()->start = start;
            }
        }
    }
    for (std::size_t k = 0; k < parts.size(); ++k) {
        FocusPart &part = *parts[k];
        if (k + 1 < parts.size())
            part.stop = parts[k + 1]->start;
        part.plan.rejectLimit = plan.rejectLimit;
        part.plan.rejectSpool = k == 0 ? plan.rejectSpool : plan.rejectSpool ? std::make_shared<RejectSpool>() : nullptr;
        part.reader = std::make_unique<FocusChunkReader>(context, part.plan);
    }
    parts[0]->rows->setStop(parts[0]->stop);

    const qint64 total = std::max<qint64>(size, 0);
    const auto cancelled = [&settings] { return settings.cancel && settings.cancel->load(); };
    int maxRowsLeft = settings.maxRows;
    // Part 0 on this thread, which reports progress; the others on threads of their own.
    auto reportFromHere = [&] {
        if (cancelled())
            return false;
        if (settings.progress) {
            ImportProgress p{0, total, 0};
            p.bytesRead = stream->position();
            for (std::size_t k = 1; k < parts.size(); ++k) {
                p.bytesRead += parts[k]->bytes;
                p.rows += parts[k]->rowCount;
            }
            p.rows += parts[0]->plan.rowsRead;
            settings.progress(p);
        }
        return maxRowsLeft == 0 || parts[0]->plan.rowsRead < maxRowsLeft;
    };
    std::vector<std::thread> threads;
    for (std::size_t k = 1; k < parts.size(); ++k) {
        FocusPart *part = parts[k].get();
        threads.emplace_back([part, &input, &stream, &cancelled] {
            QString error;
            const int line = input.lineAt(part->start);
            if (line > 0)
                part->opened = input.open(stream->dialect(), &error, part->start, line);
            if (!part->opened.tokenizer) {
                part->start = -1; // never kept: the part before reads on through it
                return;
            }
            part->ownRows = std::make_unique<CsvRowStream>(stream->shape().fileName(), *part->opened.tokenizer, stream->dialect(),
                                                           stream->shape().headers());
            part->rows = part->ownRows.get();
            part->rows->setStop(part->stop);
            readPart(*part, [&cancelled] { return !cancelled(); });
        });
    }
    {
        CsvRecordView row;
        FocusPart &first = *parts[0];
        qint64 n = 0;
        while (stream->next(row, first.plan)) {
            first.reader->read(row);
            if ((++n & 1023) == 0 || (maxRowsLeft > 0 && first.plan.rowsRead >= maxRowsLeft)) {
                if (!reportFromHere()) {
                    first.cancelled = cancelled();
                    break;
                }
            }
        }
    }
    for (std::thread &t : threads)
        t.join();
    // Which parts are kept: part k + 1 when the part read before it stopped exactly at its start.
    std::size_t current = 0;
    std::vector<std::size_t> kept = {0};
    for (std::size_t k = 1; k < parts.size() && !parts[current]->cancelled; ++k) {
        FocusPart &cur = *parts[current];
        const auto stoppedAt = cur.rows->stoppedAt();
        if (!stoppedAt)
            break; // it read to the end of the file (or stopped on an error): nothing after it is read
        if (*stoppedAt == parts[k]->start) {
            kept.push_back(k);
            current = k;
            continue;
        }
        // The split fell inside a record: the part before reads on through part k.
        cur.rows->setStop(k + 1 < parts.size() ? parts[k + 1]->start : std::optional<qint64>());
        readPart(cur, [&] { return !cancelled(); });
    }
    for (const std::size_t k : kept)
        if (parts[k]->cancelled || cancelled()) {
            plan.cancelled = true;
            return;
        }
    if (settings.progress) {
        settings.progress({total, total, [&] {
                               qint64 rows = 0;
                               for (const std::size_t k : kept)
                                   rows += parts[k]->plan.rowsRead;
                               return rows;
                           }()});
    }
    CsvBodyCounts counts;
    QStringList unmatched;
    int nullCosts = 0;
    for (const std::size_t k : kept) {
        const FocusPart &part = *parts[k];
        part.reader->mergeInto(plan);
        if (k > 0 && plan.rejectSpool && part.plan.rejectSpool)
            plan.rejectSpool->append(*part.plan.rejectSpool);
        counts.blank += part.rows->counts().blank;
        counts.rejected += part.rows->counts().rejected;
        counts.kept += part.rows->counts().kept;
        for (const QString &name : part.reader->unmatched())
            if (!unmatched.contains(name))
                unmatched << name;
        nullCosts += part.reader->nullCosts();
    }
    if (!stream->finish(plan, *parts[current]->rows, counts))
        return;
    std::sort(plan.actuals.begin(), plan.actuals.end(), [](const Actual &a, const Actual &b) {
        return std::tie(a.provider, a.month, a.currency) < std::tie(b.provider, b.month, b.currency);
    });
    for (const QString &name : unmatched)
        if (!plan.unmatchedProviders.contains(name))
            plan.unmatchedProviders << name;
    for (const QString &name : unmatched)
        plan.warnings << QStringLiteral("%1: ProviderName '%2' matches no provider; kept as written until mapped").arg(fileName, name);
    if (nullCosts > 0)
        plan.warnings << QStringLiteral("%1: %2 NULL or empty cost cells counted as 0").arg(fileName).arg(nullCosts);
}

} // namespace hp
