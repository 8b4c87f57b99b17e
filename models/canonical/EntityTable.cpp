#include "EntityTable.h"

#include "canonical/CanonicalFiles.h"
#include "domain/Jurisdiction.h"
#include "import/ContractRegisterTable.h"

#include <QLocale>

#include <functional>

namespace hp {

namespace {

using Cell = std::optional<QString>;

/// Builds a table column by column with a kind per column.
class TableBuilder {
public:
    TableBuilder(const QString &entity, std::initializer_list<std::pair<const char *, CellKind>> columns)
    {
        m_table.entity = entity;
        for (const auto &[name, kind] : columns) {
            m_table.columns << QString::fromLatin1(name);
            m_table.kinds.push_back(kind);
        }
    }
    void row(std::vector<Cell> cells) { m_table.rows.push_back(std::move(cells)); }
    EntityTable take() { return std::move(m_table); }

private:
    EntityTable m_table;
};

Cell text(const QString &s) { return s.isEmpty() ? Cell() : Cell(s); }
Cell dec(Decimal d) { return d.toString(); }
Cell dec(const std::optional<Decimal> &d) { return d ? Cell(d->toString()) : Cell(); }
Cell month(const std::optional<YearMonth> &m) { return m ? Cell(m->toString()) : Cell(); }
Cell integer(const std::optional<int> &i) { return i ? Cell(QString::number(*i)) : Cell(); }
Cell boolean(bool b) { return b ? QStringLiteral("true") : QStringLiteral("false"); }
/// The shortest decimal text that reads back as the same double (no exponent).
Cell number(double v) { return QString::number(v, 'f', QLocale::FloatingPointShortest); }
/// A contract month keeps the full date it was imported with.
Cell contractDate(YearMonth m, const std::optional<QDate> &date)
{
    return date ? date->toString(Qt::ISODate) : m.toString();
}

using K = CellKind;

EntityTable providers(const Project &p)
{
    TableBuilder b(QStringLiteral("providers"), {{"id", K::Text}, {"name", K::Text}, {"kind", K::Text}, {"exit_egress_waived", K::Bool}});
    for (const Provider &x : p.providers)
        b.row({x.id, x.name, toString(x.kind), boolean(x.exitEgressWaived)});
    return b.take();
}

EntityTable egress(const Project &p)
{
    TableBuilder b(QStringLiteral("egress"), {{"provider_id", K::Text}, {"up_to_gb", K::Number}, {"price_per_gb", K::Money}});
    for (const Provider &x : p.providers)
        for (const EgressTier &t : x.egressTiers)
            b.row({x.id, dec(t.upToGb), dec(t.pricePerGb)});
    return b.take();
}

EntityTable offerings(const Project &p)
{
    TableBuilder b(QStringLiteral("offerings"), {{"id", K::Text}, {"provider_id", K::Text}, {"name", K::Text}, {"unit", K::Text},
                                                 {"unit_price", K::Money}, {"silicon", K::Text}, {"effective_month", K::Month},
                                                 {"annual_drift_pct", K::Percent}, {"region", K::Text},
                                                 {"jurisdiction", K::Text}, {"capacity_units", K::Number}});
    for (const Offering &o : p.offerings)
        b.row({o.id, o.providerId, o.name, o.unit, dec(o.unitPrice), text(o.silicon), month(o.effectiveMonth), dec(o.annualDriftPct),
               text(o.region), text(o.jurisdiction), dec(o.capacityUnits)});
    return b.take();
}

EntityTable capacity(const Project &p)
{
    TableBuilder b(QStringLiteral("capacity"), {{"offering_id", K::Text}, {"from_month", K::Month}, {"capacity_units", K::Number}});
    for (const Offering &o : p.offerings)
        for (const CapacityStep &c : o.capacitySchedule)
            b.row({o.id, c.from.toString(), dec(c.units)});
    return b.take();
}

EntityTable workloads(const Project &p)
{
    TableBuilder b(QStringLiteral("workloads"),
                   {{"id", K::Text}, {"name", K::Text}, {"class", K::Text}, {"unit", K::Text}, {"monthly_units", K::Number},
                    {"monthly_growth_pct", K::Percent}, {"monthly_revenue", K::Money}, {"revenue_growth_pct", K::Percent},
                    {"stored_gb", K::Number}, {"reengineering_person_months", K::Number}, {"cost_per_person_month", K::Money},
                    {"criticality", K::Integer}, {"residency", K::Text}});
    for (const Workload &w : p.workloads)
        b.row({w.id, w.name, toString(w.cls), w.unit, dec(w.monthlyUnits), dec(w.monthlyGrowthPct), dec(w.monthlyRevenue),
               dec(w.revenueGrowthPct), dec(w.storedGb), dec(w.reengineeringPersonMonths), dec(w.costPerPersonMonth),
               integer(w.criticality), text(Jurisdiction::joinList(w.residency))});
    return b.take();
}

EntityTable contracts(const Project &p)
{
    TableBuilder b(QStringLiteral("contracts"),
                   {{"id", K::Text}, {"name", K::Text}, {"provider_id", K::Text}, {"start_month", K::Month}, {"end_month", K::Month},
                    {"notice_months", K::Integer}, {"termination_fee", K::Money}, {"currency", K::Text},
                    {"workload_class", K::Text}, {"exclusivity_scope", K::Text}, {"notes", K::Text}});
    for (const Contract &c : p.contracts)
        b.row({c.id, c.name, c.providerId, contractDate(c.start, c.startDate), contractDate(c.end, c.endDate),
               QString::number(c.noticeMonths), dec(c.terminationFee), c.currency,
               c.primaryClass ? Cell(toString(*c.primaryClass)) : Cell(), text(c.exclusivityScope), text(c.notes)});
    return b.take();
}

EntityTable commitments(const Project &p)
{
    // `clause` (an extension) numbers the clauses of a contract that has several; empty for one.
    TableBuilder b(QStringLiteral("commitments"),
                   {{"contract_id", K::Text}, {"year", K::Integer}, {"amount", K::Money}, {"discount_pct", K::Percent},
                    {"eligible_classes", K::Text}, {"marketplace_credit_pct", K::Percent}, {"true_up", K::Text},
                    {"start_month", K::Month}, {"clause", K::Integer}});
    for (const Contract &c : p.contracts)
        for (std::size_t k = 0; k < c.commitments.size(); ++k) {
            const CommitmentClause &cc = c.commitments[k];
            const Cell clause = c.commitments.size() > 1 ? Cell(QString::number(k + 1)) : Cell();
            for (std::size_t y = 0; y < cc.yearAmounts.size(); ++y)
                b.row({c.id, QString::number(y + 1), dec(cc.yearAmounts[y]), dec(cc.discountPct), toString(cc.eligibleClasses),
                       dec(cc.marketplaceCreditPct), toString(cc.trueUp), month(cc.start), clause});
        }
    return b.take();
}

/// docs/rules.md §12.2: one row per tier; `clause` numbers the clause as in
/// commitments (empty when the contract has one).
EntityTable commitmentTiers(const Project &p)
{
    TableBuilder b(QStringLiteral("commitment_tiers"), {{"contract_id", K::Text}, {"min_total", K::Money},
                                                        {"discount_pct", K::Percent}, {"clause", K::Integer}});
    for (const Contract &c : p.contracts)
        for (std::size_t k = 0; k < c.commitments.size(); ++k) {
            const Cell clause = c.commitments.size() > 1 ? Cell(QString::number(k + 1)) : Cell();
            for (const CommitmentTier &t : c.commitments[k].tiers)
                b.row({c.id, dec(t.minTotal), dec(t.discountPct), clause});
        }
    return b.take();
}

EntityTable revenueShares(const Project &p)
{
    TableBuilder b(QStringLiteral("revenue_share"),
                   {{"contract_id", K::Text}, {"rate_pct", K::Percent}, {"start_month", K::Month}, {"sunset_month", K::Month},
                    {"base_classes", K::Text}, {"placement_scope", K::Text}, {"cap_total", K::Money}, {"cap_per_year", K::Money}});
    for (const Contract &c : p.contracts)
        for (const RevenueShareClause &r : c.revenueShares)
            b.row({c.id, dec(r.ratePct), r.start.toString(), r.sunset.toString(), toString(r.baseClasses), toString(r.scope),
                   dec(r.capTotal), dec(r.capPerYear)});
    return b.take();
}

EntityTable exclusivities(const Project &p)
{
    TableBuilder b(QStringLiteral("exclusivity"), {{"contract_id", K::Text}, {"classes", K::Text}, {"start_month", K::Month},
                                                   {"end_month", K::Month}, {"damages_model", K::Text}, {"damages_value", K::Number}});
    for (const Contract &c : p.contracts)
        for (const ExclusivityClause &e : c.exclusivities)
            b.row({c.id, toString(e.classes), month(e.start), month(e.end), toString(e.damagesModel), dec(e.damagesValue)});
    return b.take();
}

EntityTable classifications(const Project &p)
{
    TableBuilder b(QStringLiteral("classification"),
                   {{"contract_id", K::Text}, {"class", K::Text}, {"covered", K::Text}, {"p_breach_pct", K::Percent},
                    {"settlement_amount", K::Money}});
    for (const Contract &c : p.contracts)
        for (const ClassificationClause &cl : c.classifications)
            b.row({c.id, toString(cl.cls), toString(cl.covered),
                   cl.covered == Coverage::Contested || !cl.pBreachPct.isZero() ? dec(cl.pBreachPct) : Cell(),
                   dec(cl.settlementAmount)});
    return b.take();
}

EntityTable datedClauses(const Project &p)
{
    TableBuilder b(QStringLiteral("other_clauses"), {{"contract_id", K::Text}, {"kind", K::Text}, {"text", K::Text},
                                                     {"start_month", K::Month}, {"end_month", K::Month}, {"waives_exit_egress", K::Bool}});
    for (const Contract &c : p.contracts)
        for (const DatedClause &d : c.datedClauses)
            b.row({c.id, d.kind, text(d.text), month(d.start), month(d.end), boolean(d.waivesExitEgress)});
    return b.take();
}

EntityTable scenarios(const Project &p)
{
    TableBuilder b(QStringLiteral("scenarios"), {{"name", K::Text}, {"start_month", K::Month}, {"months", K::Integer},
                                                 {"parent", K::Text}, {"discount_rate_pct", K::Percent},
                                                 {"settle_disputes", K::Bool}});
    for (const Scenario &s : p.scenarios)
        b.row({s.name, month(s.start), integer(s.months), text(s.parent), dec(s.discountRatePct),
               s.settleDisputes ? boolean(*s.settleDisputes) : Cell()});
    return b.take();
}

EntityTable placements(const Project &p)
{
    TableBuilder b(QStringLiteral("placements"), {{"scenario", K::Text}, {"workload_id", K::Text}, {"from_month", K::Month},
                                                  {"offering_id", K::Text}, {"share_pct", K::Percent}, {"dual_run_months", K::Integer}});
    for (const Scenario &s : p.scenarios)
        for (const Placement &pl : s.placements)
            for (const Allocation &a : pl.allocations)
                b.row({s.name, pl.workloadId, pl.from.toString(), a.offeringId, dec(a.sharePct), QString::number(pl.dualRunMonths)});
    return b.take();
}

EntityTable uncertainty(const Project &p)
{
    TableBuilder b(QStringLiteral("uncertainty"), {{"scenario", K::Text}, {"input", K::Text}, {"distribution", K::Text},
                                                   {"target", K::Text}, {"p1", K::Number}, {"p2", K::Number}, {"p3", K::Number}});
    for (const Scenario &s : p.scenarios)
        for (const UncertaintyRange &u : s.uncertainties)
            b.row({s.name, toString(u.input), toString(u.distribution.kind), text(u.target), number(u.distribution.a),
                   number(u.distribution.b), number(u.distribution.c)});
    return b.take();
}

EntityTable exchangeRates(const Project &p)
{
    TableBuilder b(QStringLiteral("exchange_rates"), {{"currency", K::Text}, {"rate", K::Number}});
    for (const auto &[currency, rate] : p.exchangeRates)
        b.row({currency, dec(rate)});
    return b.take();
}

EntityTable projectSettings(const Project &p)
{
    TableBuilder b(QStringLiteral("project"), {{"key", K::Text}, {"value", K::Text}});
    b.row({QStringLiteral("title"), p.title});
    b.row({QStringLiteral("reporting_currency"), p.reportingCurrency});
    b.row({QStringLiteral("illustrative"), boolean(p.illustrative)});
    return b.take();
}

EntityTable actuals(const Project &p)
{
    TableBuilder b(QStringLiteral("actuals"), {{"provider", K::Text}, {"month", K::Month}, {"billed_cost", K::Money},
                                               {"effective_cost", K::Money}, {"currency", K::Text}});
    for (const Actual &a : p.actuals)
        b.row({a.provider, a.month.toString(), dec(a.billedCost), dec(a.effectiveCost), a.currency});
    return b.take();
}

const std::vector<std::pair<QString, std::function<EntityTable(const Project &)>>> &builders()
{
    static const std::vector<std::pair<QString, std::function<EntityTable(const Project &)>>> all{
        {QStringLiteral("project"), projectSettings}, {QStringLiteral("exchange_rates"), exchangeRates},
        {QStringLiteral("providers"), providers}, {QStringLiteral("egress"), egress},
        {QStringLiteral("offerings"), offerings}, {QStringLiteral("capacity"), capacity},
        {QStringLiteral("workloads"), workloads},
        {QStringLiteral("contracts"), contracts}, {QStringLiteral("commitments"), commitments},
        {QStringLiteral("commitment_tiers"), commitmentTiers},
        {QStringLiteral("revenue_share"), revenueShares}, {QStringLiteral("exclusivity"), exclusivities},
        {QStringLiteral("classification"), classifications}, {QStringLiteral("other_clauses"), datedClauses},
        {QStringLiteral("scenarios"), scenarios}, {QStringLiteral("placements"), placements},
        {QStringLiteral("uncertainty"), uncertainty}, {QStringLiteral("actuals"), actuals},
        {QStringLiteral("register"), ContractRegisterTable::build},
    };
    return all;
}

} // namespace

QStringList EntityTables::entities()
{
    QStringList out;
    for (const auto &[name, fn] : builders())
        out << name;
    return out;
}

std::optional<EntityTable> EntityTables::build(const Project &project, const QString &entity)
{
    for (const auto &[name, fn] : builders())
        if (name == entity)
            return fn(project);
    return std::nullopt;
}

} // namespace hp
