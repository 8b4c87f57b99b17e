#include "CanonicalCsvReader.h"

#include "canonical/CanonicalFiles.h"
#include "canonical/DescribedCsv.h"
#include "canonical/CanonicalReadContext.h"
#include "canonical/ContractCsvReader.h"
#include "canonical/ScenarioCsvReader.h"

#include <QDir>
#include <QHash>
#include <QFile>
#include <QSet>

#include <algorithm>

namespace hp {

namespace {

void readProject(CanonicalReadContext &ctx)
{
    auto t = ctx.open(QStringLiteral("project.csv"));
    if (!t)
        return;
    QHash<QString, int> seen; // key → line
    for (auto &row : t->rows()) {
        const QString key = row.required(QStringLiteral("key")).toLower();
        const QString value = row.text(QStringLiteral("value"));
        if (seen.contains(key)) {
            row.error(QStringLiteral("key"), QStringLiteral("setting '%1' appears twice (first on line %2)").arg(key).arg(seen.value(key)));
            continue;
        }
        seen.insert(key, row.line());
        if (key == u"title")
            ctx.project().title = value;
        else if (key == u"reporting_currency")
            ctx.project().reportingCurrency = value.toUpper();
        else if (key == u"illustrative") {
            if (auto b = row.boolean(QStringLiteral("value")))
                ctx.project().illustrative = *b;
        } else if (!key.isEmpty())
            row.error(QStringLiteral("key"), QStringLiteral("unknown project setting '%1' (title, reporting_currency, illustrative)").arg(key));
    }
    ctx.collect(*t);
}

void readExchangeRates(CanonicalReadContext &ctx)
{
    auto t = ctx.open(QStringLiteral("exchange_rates.csv"));
    if (!t)
        return;
    auto &rates = ctx.project().exchangeRates;
    for (auto &row : t->rows()) {
        const QString currency = row.required(QStringLiteral("currency")).toUpper();
        auto rate = row.decimal(QStringLiteral("rate"), true);
        if (rate && !rate->isPositive())
            row.error(QStringLiteral("rate"), QStringLiteral("rate must be positive"));
        else if (rates.contains(currency))
            row.error(QStringLiteral("currency"), QStringLiteral("currency %1 has a rate already").arg(currency));
        else if (rate && !currency.isEmpty())
            rates[currency] = *rate;
    }
    ctx.collect(*t);
}

/// False (with an error on the row) when `existing` is already in the project.
template <typename T>
bool isNew(CsvTable::Row &row, const T *existing, const QString &id)
{
    if (existing)
        row.error(QStringLiteral("id"), QStringLiteral("duplicate id '%1'").arg(id));
    return !existing;
}

void readProviders(CanonicalReadContext &ctx)
{
    auto t = ctx.open(QStringLiteral("providers.csv"));
    if (!t)
        return;
    auto &providers = ctx.project().providers;
    for (auto &row : t->rows()) {
        Provider p;
        DescribedCsv::read(row, Provider::descriptor(), p);
        if (!p.id.isEmpty() && isNew(row, ctx.provider(p.id), p.id))
            providers.push_back(p);
    }
    ctx.collect(*t);
}

void readEgress(CanonicalReadContext &ctx)
{
    auto t = ctx.open(QStringLiteral("egress.csv"));
    if (!t)
        return;
    for (auto &row : t->rows()) {
        const QString id = row.required(QStringLiteral("provider_id"));
        EgressTier tier;
        DescribedCsv::read(row, EgressTier::descriptor(), tier);
        Provider *p = ctx.provider(id);
        if (!p && !id.isEmpty())
            row.error(QStringLiteral("provider_id"), QStringLiteral("unknown provider '%1' (not in providers.csv)").arg(id));
        else if (p)
            p->egressTiers.push_back(tier);
    }
    ctx.collect(*t);
}

void readOfferings(CanonicalReadContext &ctx)
{
    auto t = ctx.open(QStringLiteral("offerings.csv"));
    if (!t)
        return;
    auto &offerings = ctx.project().offerings;
    for (auto &row : t->rows()) {
        Offering o;
        DescribedCsv::read(row, Offering::descriptor(), o);
        if (!o.providerId.isEmpty() && !ctx.provider(o.providerId))
            row.error(QStringLiteral("provider_id"), QStringLiteral("unknown provider '%1' (not in providers.csv)").arg(o.providerId));
        if (!o.id.isEmpty() && isNew(row, ctx.offering(o.id), o.id))
            offerings.push_back(o);
    }
    ctx.collect(*t);
}

/// docs/rules.md §11.2: the capacity schedule of offerings.csv's offerings.
void readCapacity(CanonicalReadContext &ctx)
{
    auto t = ctx.open(QStringLiteral("capacity.csv"));
    if (!t)
        return;
    for (auto &row : t->rows()) {
        const QString id = row.required(QStringLiteral("offering_id"));
        CapacityStep step;
        const bool ok = DescribedCsv::read(row, CapacityStep::descriptor(), step);
        Offering *o = ctx.offering(id);
        const bool twice = o && ok
            && std::any_of(o->capacitySchedule.begin(), o->capacitySchedule.end(),
                           [&](const CapacityStep &s) { return s.from == step.from; });
        if (!o && !id.isEmpty())
            row.error(QStringLiteral("offering_id"), QStringLiteral("unknown offering '%1' (not in offerings.csv)").arg(id));
        else if (twice)
            row.error(QStringLiteral("from_month"), QStringLiteral("offering '%1' has a capacity from %2 already")
                                                        .arg(id, step.from.toString()));
        else if (o && ok)
            o->capacitySchedule.push_back(step);
    }
    ctx.collect(*t);
}

void readWorkloads(CanonicalReadContext &ctx)
{
    auto t = ctx.open(QStringLiteral("workloads.csv"));
    if (!t)
        return;
    auto &workloads = ctx.project().workloads;
    for (auto &row : t->rows()) {
        Workload w;
        DescribedCsv::read(row, Workload::descriptor(), w);
        if (!w.id.isEmpty() && isNew(row, ctx.workload(w.id), w.id))
            workloads.push_back(w);
    }
    ctx.collect(*t);
}

void readActuals(CanonicalReadContext &ctx)
{
    auto t = ctx.open(QStringLiteral("actuals.csv"));
    if (!t)
        return;
    for (auto &row : t->rows()) {
        Actual a;
        DescribedCsv::read(row, Actual::descriptor(), a);
        ctx.project().actuals.push_back(a);
    }
    ctx.collect(*t);
}

/// Every canonical file of the folder, in reading order.
void readAll(CanonicalReadContext &ctx)
{
    readProject(ctx);
    readExchangeRates(ctx);
    readProviders(ctx);
    readEgress(ctx);
    readOfferings(ctx);
    readCapacity(ctx);
    readWorkloads(ctx);
    ContractCsvReader::read(ctx);
    ScenarioCsvReader::read(ctx);
    readActuals(ctx);
}

} // namespace

CsvReadResult CanonicalCsvReader::readFiles(const std::map<QString, QByteArray> &files)
{
    CsvReadResult result;
    CanonicalReadContext ctx(files, result);
    for (const auto &[name, bytes] : files)
        if (!CanonicalFiles::fileNames().contains(name))
            result.warnings << QStringLiteral("%1: not a canonical Hedgeplan file; ignored").arg(name);
    readAll(ctx);
    return result;
}

CsvReadResult CanonicalCsvReader::readFolder(const QString &dir)
{
    const QDir folder(dir);
    if (!folder.exists()) {
        CsvReadResult r;
        r.errors.push_back({dir, 0, 0, QStringLiteral("no such folder"), QString()});
        return r;
    }
    // File names match case-insensitively (`Providers.csv` from a spreadsheet is providers.csv).
    // Each file is read as a stream when its turn comes (issue 16), never whole.
    std::map<QString, ImportInput> files;
    CsvReadResult failures;
    QStringList ignored;
    for (const QString &actual : folder.entryList(QDir::Files, QDir::Name)) {
        const QString name = actual.toLower();
        if (!name.endsWith(QStringLiteral(".csv")))
            continue;
        if (!CanonicalFiles::fileNames().contains(name)) {
            ignored << QStringLiteral("%1: not a canonical Hedgeplan file; ignored").arg(actual);
            continue;
        }
        if (files.contains(name)) {
            failures.errors.push_back({actual, 0, 0, QStringLiteral("two files are named %1 (names are case-insensitive)").arg(name), QString()});
            continue;
        }
        QFile f(folder.filePath(actual));
        if (!f.open(QIODevice::ReadOnly)) {
            failures.errors.push_back({actual, 0, 0, QStringLiteral("cannot read: %1").arg(f.errorString()), QString()});
            continue;
        }
        files.emplace(name, ImportInput::fromPath(name, folder.filePath(actual)));
    }
    if (!failures.ok())
        return failures;
    CsvReadResult result;
    CanonicalReadContext ctx(std::move(files), result);
    readAll(ctx);
    result.warnings << ignored;
    return result;
}

} // namespace hp
