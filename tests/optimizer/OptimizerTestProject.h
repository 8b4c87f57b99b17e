#pragma once
// The small project of the optimizer tests (PlacementOptimizerTest,
// OptimizerProgressTest): workload w (stateless_api) runs 1 000 units a month
// with revenue 1 000 a month for 12 months from 2026-01, discount rate 0;
// a1 (provider ca, H200) costs 1.00 a unit, b1 (provider cb, Trainium2) 0.80.
#include "ProjectBuilder.h"

#include "optimizer/OptimizerRequest.h"

namespace hptest {

inline ProjectBuilder base()
{
    ProjectBuilder b;
    b.provider("ca").offering("a1", "ca", "1.00", "H200").provider("cb").offering("b1", "cb", "0.80", "Trainium2");
    b.workload("w", hp::WorkloadClass::StatelessApi, "1000", "1000");
    b.lastWorkload().reengineeringPersonMonths = D("10");
    b.lastWorkload().costPerPersonMonth = D("100");
    b.scenario("S", "2026-01", 12).place("w", "2026-01", {{"a1", "100"}});
    return b;
}

/// ca's exclusivity over stateless_api, damages 100 % of the revenue placed elsewhere:
/// expected exposure = 1 000 × share on b1 × 12 months.
inline void addExclusivity(ProjectBuilder &b)
{
    b.contract("excl", "ca", "2026-01", "2026-12");
    hp::ExclusivityClause ex;
    ex.classes = {hp::WorkloadClass::StatelessApi};
    b.lastContract().exclusivities.push_back(ex);
}

/// A commitment of 4 800 on cb for 2026 (no discount): drawdown 9 600 × share on b1.
inline void addCommitment(ProjectBuilder &b)
{
    b.contract("edp", "cb", "2026-01", "2026-12");
    b.lastContract().commitments.push_back({std::nullopt, {D("4800")}, D("0"), hp::allWorkloadClasses(), D("0"), hp::TrueUp::Yearly, {}});
}

inline hp::OptimizerRequest request(const char *from = "")
{
    hp::OptimizerRequest r;
    r.scenario = S("S");
    if (*from)
        r.from = M(from);
    r.objective = hp::OptimizerObjective::Total;
    return r;
}

} // namespace hptest
