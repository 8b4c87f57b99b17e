#include "FocusImporter.h"

#include "import/ImportRow.h"
#include "import/MappedCsvFile.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <map>
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
    plan.mode = settings.mode;
    if (const QString why = unknownProviderIds(settings.providerMap, project, &plan); !why.isEmpty()) {
        plan.rejects.push_back({fileName, 0, 0, why, QString()});
        plan.refusedFiles << fileName;
        return;
    }
    const qsizetype warningsBefore = plan.warnings.size();
    const auto file = MappedCsvFile::open(fileName, bytes, settings, kEntity, fields(), plan);
    // FOCUS columns the importer does not read are expected: no warning for them.
    plan.warnings.resize(warningsBefore);
    if (!file)
        return;
    const TolerantValueParser parser(file->dialect());
    static const QRegularExpression iso(QStringLiteral("^[A-Z]{3}$"));
    QHash<QString, QString> mapped; // lower-case ProviderName → provider id
    for (const auto &[name, id] : settings.providerMap)
        mapped.insert(name.toLower(), id);
    QStringList unmatched;
    int nullCosts = 0;
    std::map<std::tuple<QString, int, QString>, std::size_t> index; // (provider, month, currency) → plan.actuals
    for (std::size_t i = 0; i < plan.actuals.size(); ++i)
        index.emplace(std::tuple{plan.actuals[i].provider, plan.actuals[i].month.index(), plan.actuals[i].currency}, i);
    for (const CsvRecord &record : file->records()) {
        ++plan.rowsRead;
        ImportRow row(*file, record, parser, plan);
        const QString name = row.required(kProvider);
        const QString currency = row.required(kCurrency);
        const auto period = row.date(kPeriod, true);
        const auto billed = row.number(kBilled);
        const auto effective = row.number(kEffective);
        row.number(kList);     // checked, not stored
        row.number(kQuantity); // checked, not stored
        if (!currency.isEmpty() && !iso.match(currency).hasMatch())
            row.error(kCurrency, QStringLiteral("BillingCurrency must be three capital letters (ISO 4217), is '%1'").arg(currency));
        if (row.hasErrors())
            continue;
        nullCosts += (billed ? 0 : 1) + (effective ? 0 : 1);
        QString provider = mapped.value(name.toLower());
        if (provider.isEmpty())
            provider = plan.matchProvider(project, name);
        if (provider.isEmpty()) {
            provider = name;
            if (!unmatched.contains(name))
                unmatched << name;
        }
        const YearMonth month = YearMonth::fromDate(*period);
        const auto [at, added] = index.emplace(std::tuple{provider, month.index(), currency}, plan.actuals.size());
        if (added)
            plan.actuals.push_back({provider, month, Decimal(), Decimal(), currency});
        Actual &sum = plan.actuals[at->second];
        sum.billedCost += billed.value_or(Decimal());
        sum.effectiveCost += effective.value_or(Decimal());
        ++plan.rowsAccepted;
    }
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
