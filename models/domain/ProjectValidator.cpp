#include "ProjectValidator.h"

#include "domain/IssueCollector.h"
#include "domain/Jurisdiction.h"
#include "domain/ScenarioValidator.h"

#include <QRegularExpression>
#include <QSet>

#include <set>

namespace hp {

namespace {

template <typename Vec>
void uniqueIds(IssueCollector &c, const QString &entity, const Vec &items)
{
    QSet<QString> seen;
    for (const auto &item : items) {
        c.at(entity, item.id);
        c.required(QStringLiteral("id"), item.id);
        if (!item.id.isEmpty() && seen.contains(item.id))
            c.error(QStringLiteral("id"), QStringLiteral("duplicate id '%1'").arg(item.id));
        seen.insert(item.id);
    }
}

void providers(const Project &p, IssueCollector &c)
{
    uniqueIds(c, QStringLiteral("providers"), p.providers);
    for (const Provider &pr : p.providers) {
        c.at(QStringLiteral("egress"), pr.id);
        std::optional<Decimal> previous;
        for (std::size_t i = 0; i < pr.egressTiers.size(); ++i) {
            const EgressTier &tier = pr.egressTiers[i];
            c.nonNegative(QStringLiteral("price_per_gb"), tier.pricePerGb);
            if (!tier.upToGb) {
                if (i + 1 != pr.egressTiers.size())
                    c.error(QStringLiteral("up_to_gb"), QStringLiteral("only the last tier may have no upper limit"));
                continue;
            }
            if (!tier.upToGb->isPositive())
                c.error(QStringLiteral("up_to_gb"), QStringLiteral("must be positive (is %1)").arg(tier.upToGb->toString()));
            if (previous && *tier.upToGb <= *previous)
                c.error(QStringLiteral("up_to_gb"), QStringLiteral("tiers must ascend (%1 after %2)")
                                                        .arg(tier.upToGb->toString(), previous->toString()));
            previous = tier.upToGb;
        }
    }
}

void offerings(const Project &p, IssueCollector &c)
{
    uniqueIds(c, QStringLiteral("offerings"), p.offerings);
    for (const Offering &o : p.offerings) {
        c.at(QStringLiteral("offerings"), o.id);
        if (!p.provider(o.providerId))
            c.error(QStringLiteral("provider_id"), QStringLiteral("unknown provider '%1'").arg(o.providerId));
        c.required(QStringLiteral("unit"), o.unit);
        c.nonNegative(QStringLiteral("unit_price"), o.unitPrice);
        c.growth(QStringLiteral("annual_drift_pct"), o.annualDriftPct);
        if (!o.jurisdiction.isEmpty() && !Jurisdiction::isKnown(o.jurisdiction))
            c.error(QStringLiteral("jurisdiction"), QStringLiteral("unknown jurisdiction '%1' (ISO 3166-1 alpha-2 or EU)")
                                                        .arg(o.jurisdiction));
        if (o.capacityUnits)
            c.nonNegative(QStringLiteral("capacity_units"), *o.capacityUnits);
        c.at(QStringLiteral("capacity"), o.id);
        std::set<YearMonth> months;
        for (const CapacityStep &step : o.capacitySchedule) {
            c.nonNegative(QStringLiteral("capacity_units"), step.units);
            if (!step.from.isValid())
                c.error(QStringLiteral("from_month"), QStringLiteral("is required"));
            else if (months.contains(step.from))
                c.error(QStringLiteral("from_month"), QStringLiteral("two capacity rows from %1").arg(step.from.toString()));
            months.insert(step.from);
        }
    }
}

void workloads(const Project &p, IssueCollector &c)
{
    uniqueIds(c, QStringLiteral("workloads"), p.workloads);
    for (const Workload &w : p.workloads) {
        c.at(QStringLiteral("workloads"), w.id);
        c.nonNegative(QStringLiteral("monthly_units"), w.monthlyUnits);
        c.growth(QStringLiteral("monthly_growth_pct"), w.monthlyGrowthPct);
        c.nonNegative(QStringLiteral("monthly_revenue"), w.monthlyRevenue);
        c.growth(QStringLiteral("revenue_growth_pct"), w.revenueGrowthPct);
        c.nonNegative(QStringLiteral("stored_gb"), w.storedGb);
        c.nonNegative(QStringLiteral("reengineering_person_months"), w.reengineeringPersonMonths);
        c.nonNegative(QStringLiteral("cost_per_person_month"), w.costPerPersonMonth);
        if (w.criticality && (*w.criticality < 1 || *w.criticality > 5))
            c.error(QStringLiteral("criticality"), QStringLiteral("must be 1–5 (is %1)").arg(*w.criticality));
        for (const QString &code : w.residency)
            if (!Jurisdiction::isKnown(code))
                c.error(QStringLiteral("residency"), QStringLiteral("unknown jurisdiction '%1' (ISO 3166-1 alpha-2 or EU)").arg(code));
    }
}

void commitments(const Contract &k, IssueCollector &c)
{
    c.at(QStringLiteral("commitments"), k.id);
    for (const CommitmentClause &cc : k.commitments) {
        if (cc.yearAmounts.empty())
            c.error(QStringLiteral("year"), QStringLiteral("a commitment needs at least one year"));
        for (std::size_t y = 0; y < cc.yearAmounts.size(); ++y)
            if (cc.yearAmounts[y].isNegative())
                c.error(QStringLiteral("amount"), QStringLiteral("year %1: must not be negative (is %2)")
                                                      .arg(y + 1).arg(cc.yearAmounts[y].toString()));
        c.percent(QStringLiteral("discount_pct"), cc.discountPct);
        if (cc.discountPct && *cc.discountPct == Decimal::hundred())
            c.error(QStringLiteral("discount_pct"), QStringLiteral("a 100 % discount leaves nothing to draw down"));
        c.percent(QStringLiteral("marketplace_credit_pct"), cc.marketplaceCreditPct);
        if (cc.eligibleClasses.empty())
            c.error(QStringLiteral("eligible_classes"), QStringLiteral("names no class"));
    }
    // docs/rules.md §12.2: a clause's tiers ascend strictly by min_total, discounts 0–100.
    c.at(QStringLiteral("commitment_tiers"), k.id);
    for (std::size_t n = 0; n < k.commitments.size(); ++n) {
        const std::vector<CommitmentTier> &tiers = k.commitments[n].tiers;
        for (std::size_t i = 0; i < tiers.size(); ++i) {
            c.nonNegative(QStringLiteral("min_total"), tiers[i].minTotal);
            c.percent(QStringLiteral("discount_pct"), tiers[i].discountPct);
            if (tiers[i].discountPct == Decimal::hundred())
                c.error(QStringLiteral("discount_pct"), QStringLiteral("clause %1: a 100 % tier discount leaves nothing to draw down")
                                                            .arg(n + 1));
            if (i > 0 && tiers[i].minTotal <= tiers[i - 1].minTotal)
                c.error(QStringLiteral("min_total"), QStringLiteral("clause %1: tiers must ascend strictly by min_total (%2 after %3)")
                                                         .arg(n + 1)
                                                         .arg(tiers[i].minTotal.toString(), tiers[i - 1].minTotal.toString()));
        }
    }
}

void revenueShares(const Contract &k, IssueCollector &c)
{
    c.at(QStringLiteral("revenue_share"), k.id);
    for (const RevenueShareClause &rs : k.revenueShares) {
        c.percent(QStringLiteral("rate_pct"), rs.ratePct);
        if (!rs.start.isValid() || !rs.sunset.isValid())
            c.error(QStringLiteral("start_month"), QStringLiteral("start and sunset months are required"));
        else if (rs.sunset < rs.start)
            c.error(QStringLiteral("sunset_month"), QStringLiteral("sunset %1 is before start %2")
                                                        .arg(rs.sunset.toString(), rs.start.toString()));
        if (rs.capTotal)
            c.nonNegative(QStringLiteral("cap_total"), *rs.capTotal);
        if (rs.capPerYear)
            c.nonNegative(QStringLiteral("cap_per_year"), *rs.capPerYear);
    }
}

void exclusivities(const Contract &k, IssueCollector &c)
{
    c.at(QStringLiteral("exclusivity"), k.id);
    for (const ExclusivityClause &ex : k.exclusivities) {
        const YearMonth from = ex.start.value_or(k.start), to = ex.end.value_or(k.end);
        if (to < from)
            c.error(QStringLiteral("end_month"), QStringLiteral("end %1 is before start %2").arg(to.toString(), from.toString()));
        if (ex.damagesModel == DamagesModel::FixedPerMonth && !ex.damagesValue)
            c.error(QStringLiteral("damages_value"), QStringLiteral("fixed_per_month damages need a value"));
        if (ex.damagesValue)
            c.nonNegative(QStringLiteral("damages_value"), *ex.damagesValue);
    }
    c.at(QStringLiteral("classification"), k.id);
    QSet<int> seen;
    for (const ClassificationClause &cl : k.classifications) {
        c.percent(QStringLiteral("p_breach_pct"), cl.pBreachPct);
        if (cl.covered != Coverage::Contested && !cl.pBreachPct.isZero())
            c.warning(QStringLiteral("p_breach_pct"), QStringLiteral("only a contested class uses p_breach"));
        if (cl.settlementAmount) {
            c.nonNegative(QStringLiteral("settlement_amount"), *cl.settlementAmount);
            if (cl.covered != Coverage::Contested)
                c.warning(QStringLiteral("settlement_amount"),
                          QStringLiteral("class %1 is not contested: its settlement is not used").arg(toString(cl.cls)));
        }
        if (seen.contains(int(cl.cls)))
            c.error(QStringLiteral("class"), QStringLiteral("class %1 is classified twice").arg(toString(cl.cls)));
        seen.insert(int(cl.cls));
    }
}

void contracts(const Project &p, IssueCollector &c)
{
    static const QRegularExpression currencyCode(QStringLiteral("^[A-Z]{3}$"));
    uniqueIds(c, QStringLiteral("contracts"), p.contracts);
    for (const Contract &k : p.contracts) {
        c.at(QStringLiteral("contracts"), k.id);
        if (!p.provider(k.providerId))
            c.error(QStringLiteral("provider_id"), QStringLiteral("unknown provider '%1'").arg(k.providerId));
        if (!k.start.isValid() || !k.end.isValid())
            c.error(QStringLiteral("start_month"), QStringLiteral("start and end months are required"));
        else if (k.end < k.start)
            c.error(QStringLiteral("end_month"), QStringLiteral("end %1 is before start %2").arg(k.end.toString(), k.start.toString()));
        if (k.noticeMonths < 0)
            c.error(QStringLiteral("notice_months"), QStringLiteral("must not be negative"));
        c.nonNegative(QStringLiteral("termination_fee"), k.terminationFee);
        if (!currencyCode.match(k.currency).hasMatch())
            c.error(QStringLiteral("currency"), QStringLiteral("'%1' is not an ISO 4217 code (three capital letters)").arg(k.currency));
        commitments(k, c);
        revenueShares(k, c);
        exclusivities(k, c);
    }
}

} // namespace

ValidationIssues ProjectValidator::validate(const Project &project)
{
    ValidationIssues out;
    IssueCollector c(out);
    providers(project, c);
    offerings(project, c);
    workloads(project, c);
    contracts(project, c);
    ScenarioValidator::validate(project, c);
    return out;
}

} // namespace hp
