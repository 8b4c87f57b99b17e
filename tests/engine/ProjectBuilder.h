#pragma once

#include "domain/Project.h"
#include "engine/ScenarioEngine.h"

#include <QString>

#include <gtest/gtest.h>

/// Small hand-made projects for the per-rule engine tests.
namespace hptest {

inline hp::Decimal D(const char *s) { return hp::Decimal::fromString(QString::fromLatin1(s)); }
inline hp::YearMonth M(const char *s) { return *hp::YearMonth::parse(QString::fromLatin1(s)); }
inline QString S(const char *s) { return QString::fromUtf8(s); } // UTF-8 source literals (“…” — in messages)

class ProjectBuilder {
public:
    ProjectBuilder &provider(const char *id, hp::ProviderKind kind = hp::ProviderKind::Cloud)
    {
        p.providers.push_back({S(id), S(id), kind, {}, false});
        return *this;
    }
    ProjectBuilder &offering(const char *id, const char *provider, const char *price, const char *silicon = "",
                             const char *unit = "1M tokens")
    {
        hp::Offering o;
        o.id = S(id);
        o.providerId = S(provider);
        o.name = S(id);
        o.unit = S(unit);
        o.unitPrice = D(price);
        o.silicon = S(silicon);
        p.offerings.push_back(o);
        return *this;
    }
    ProjectBuilder &workload(const char *id, hp::WorkloadClass cls, const char *units, const char *revenue = "0",
                             const char *unit = "1M tokens")
    {
        hp::Workload w;
        w.id = S(id);
        w.name = S(id);
        w.cls = cls;
        w.unit = S(unit);
        w.monthlyUnits = D(units);
        w.monthlyRevenue = D(revenue);
        p.workloads.push_back(w);
        return *this;
    }
    ProjectBuilder &contract(const char *id, const char *provider, const char *start, const char *end)
    {
        hp::Contract c;
        c.id = S(id);
        c.name = S(id);
        c.providerId = S(provider);
        c.start = M(start);
        c.end = M(end);
        p.contracts.push_back(c);
        return *this;
    }
    ProjectBuilder &scenario(const char *name, const char *start, int months, const char *parent = "")
    {
        hp::Scenario s;
        s.name = S(name);
        s.parent = S(parent);
        if (*start)
            s.start = M(start);
        if (months > 0)
            s.months = months;
        p.scenarios.push_back(s);
        return *this;
    }
    /// Places `workload` in the last scenario from `from`: pairs of offering id and share pct.
    ProjectBuilder &place(const char *workload, const char *from, std::initializer_list<std::pair<const char *, const char *>> shares,
                          int dualRun = 0)
    {
        hp::Placement pl;
        pl.workloadId = S(workload);
        pl.from = M(from);
        pl.dualRunMonths = dualRun;
        for (const auto &[o, pct] : shares)
            pl.allocations.push_back({S(o), D(pct)});
        p.scenarios.back().placements.push_back(pl);
        return *this;
    }

    hp::Workload &lastWorkload() { return p.workloads.back(); }
    hp::Contract &lastContract() { return p.contracts.back(); }
    hp::Provider &lastProvider() { return p.providers.back(); }
    hp::Offering &lastOffering() { return p.offerings.back(); }
    hp::Scenario &lastScenario() { return p.scenarios.back(); }

    hp::EngineResult evaluate(const char *scenario) const { return hp::ScenarioEngine(p).evaluate(S(scenario)); }

    hp::Project p;
};

inline std::string cents(hp::Decimal d) { return d.toCents().toStdString(); }
inline std::string exact(hp::Decimal d) { return d.toString().toStdString(); }

inline const hp::ProviderResult &providerOf(const hp::EngineResult &r, const char *id)
{
    for (const auto &p : r.providers)
        if (p.id == S(id))
            return p;
    throw std::runtime_error("no such provider");
}

} // namespace hptest
