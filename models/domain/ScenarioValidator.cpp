#include "ScenarioValidator.h"

#include "domain/Jurisdiction.h"

#include <QSet>

#include <set>

namespace hp {

namespace {

void placements(const Project &p, const Scenario &s, IssueCollector &c)
{
    std::set<std::pair<QString, YearMonth>> seen;
    for (const Placement &pl : s.placements) {
        const QString key = QStringLiteral("%1/%2/%3").arg(s.name, pl.workloadId, pl.from.toString());
        c.at(QStringLiteral("placements"), key, s.name);
        const Workload *w = p.workload(pl.workloadId);
        if (!w)
            c.error(QStringLiteral("workload_id"), QStringLiteral("unknown workload '%1'").arg(pl.workloadId));
        if (!pl.from.isValid())
            c.error(QStringLiteral("from_month"), QStringLiteral("is required"));
        if (!seen.insert({pl.workloadId, pl.from}).second)
            c.error(QStringLiteral("from_month"), QStringLiteral("workload '%1' is placed twice from %2")
                                                      .arg(pl.workloadId, pl.from.toString()));
        if (pl.dualRunMonths < 0)
            c.error(QStringLiteral("dual_run_months"), QStringLiteral("must not be negative"));
        if (pl.allocations.empty())
            c.error(QStringLiteral("share_pct"), QStringLiteral("a placement needs at least one offering"));
        Decimal sum;
        QSet<QString> offeringsSeen;
        for (const Allocation &a : pl.allocations) {
            sum += a.sharePct;
            c.percent(QStringLiteral("share_pct"), a.sharePct);
            if (offeringsSeen.contains(a.offeringId))
                c.error(QStringLiteral("offering_id"), QStringLiteral("offering '%1' appears twice").arg(a.offeringId));
            offeringsSeen.insert(a.offeringId);
            const Offering *o = p.offering(a.offeringId);
            if (!o) {
                c.error(QStringLiteral("offering_id"), QStringLiteral("unknown offering '%1'").arg(a.offeringId));
                continue;
            }
            if (w && o->unit.trimmed().compare(w->unit.trimmed(), Qt::CaseInsensitive) != 0)
                c.warning(QStringLiteral("offering_id"), QStringLiteral("offering '%1' is priced per '%2' but workload "
                                                                        "'%3' counts '%4'")
                                                             .arg(o->id, o->unit, w->id, w->unit));
            if (w && a.sharePct.isPositive() && !Jurisdiction::admits(w->residency, o->jurisdiction))
                c.warning(QStringLiteral("offering_id"),
                          QStringLiteral("residency breach: workload '%1' may run in %2 only, offering '%3' is in '%4'")
                              .arg(w->id, Jurisdiction::joinList(w->residency), o->id,
                                   o->jurisdiction.isEmpty() ? QStringLiteral("no jurisdiction") : o->jurisdiction));
        }
        if (!pl.allocations.empty() && sum != Decimal::hundred())
            c.error(QStringLiteral("share_pct"), QStringLiteral("shares sum to %1 %, not exactly 100 %").arg(sum.toString()));
    }
}

void ranges(const Scenario &s, IssueCollector &c)
{
    for (const UncertaintyRange &u : s.uncertainties) {
        c.at(QStringLiteral("uncertainty"), QStringLiteral("%1/%2/%3").arg(s.name, toString(u.input), u.target), s.name);
        const Distribution &d = u.distribution;
        switch (d.kind) {
        case DistributionKind::Fixed: break;
        case DistributionKind::Uniform:
            if (d.b < d.a)
                c.error(QStringLiteral("p2"), QStringLiteral("uniform needs lo ≤ hi"));
            break;
        case DistributionKind::Triangular:
            if (!(d.a <= d.b && d.b <= d.c))
                c.error(QStringLiteral("p2"), QStringLiteral("triangular needs lo ≤ mode ≤ hi"));
            break;
        case DistributionKind::Normal:
            if (d.b < 0)
                c.error(QStringLiteral("p2"), QStringLiteral("normal needs sd ≥ 0"));
            break;
        case DistributionKind::Bernoulli:
            if (d.a < 0 || d.a > 1)
                c.error(QStringLiteral("p1"), QStringLiteral("bernoulli needs 0 ≤ p ≤ 1"));
            break;
        }
    }
}

} // namespace

void ScenarioValidator::validate(const Project &p, IssueCollector &c)
{
    QSet<QString> names;
    for (const Scenario &s : p.scenarios) {
        c.at(QStringLiteral("scenarios"), s.name, s.name);
        c.required(QStringLiteral("name"), s.name);
        if (names.contains(s.name))
            c.error(QStringLiteral("name"), QStringLiteral("duplicate scenario name '%1'").arg(s.name));
        names.insert(s.name);
        if (s.months && (*s.months < 1 || *s.months > 240))
            c.error(QStringLiteral("months"), QStringLiteral("must be 1–240 (is %1)").arg(*s.months));
        if (s.discountRatePct)
            c.growth(QStringLiteral("discount_rate_pct"), *s.discountRatePct);
        // Parent chain: known, acyclic, and something in it sets start and length.
        QSet<QString> visited{s.name};
        const Scenario *cur = &s;
        bool hasStart = s.start.has_value(), hasMonths = s.months.has_value();
        while (!cur->parent.isEmpty()) {
            const Scenario *parent = p.scenario(cur->parent);
            if (!parent) {
                c.error(QStringLiteral("parent"), QStringLiteral("unknown parent scenario '%1'").arg(cur->parent));
                break;
            }
            if (visited.contains(parent->name)) {
                c.error(QStringLiteral("parent"), QStringLiteral("parent cycle through '%1'").arg(parent->name));
                break;
            }
            visited.insert(parent->name);
            hasStart = hasStart || parent->start.has_value();
            hasMonths = hasMonths || parent->months.has_value();
            cur = parent;
        }
        if (!hasStart)
            c.error(QStringLiteral("start_month"), QStringLiteral("neither the scenario nor an ancestor sets a start month"));
        if (!hasMonths)
            c.error(QStringLiteral("months"), QStringLiteral("neither the scenario nor an ancestor sets a horizon length"));
        placements(p, s, c);
        ranges(s, c);
    }
}

} // namespace hp
