#include "report/ChartCatalog.h"

#include "engine/ScenarioEngine.h"
#include "report/AnalysisChartBuilder.h"
#include "report/CostChartBuilder.h"
#include "report/RiskChartBuilder.h"
#include "report/ScarcityChartBuilder.h"
#include "report/SizingChartBuilder.h"

#include <array>
#include <utility>

namespace hp {

namespace {

constexpr std::array<std::pair<ChartKind, const char *>, 15> kNames{{
    {ChartKind::CostByComponent, "cost"},
    {ChartKind::SpendByProvider, "providers"},
    {ChartKind::CommitmentBurnDown, "commitments"},
    {ChartKind::RevenueShare, "revenue-share"},
    {ChartKind::SwitchingWaterfall, "switching"},
    {ChartKind::Exposure, "exposure"},
    {ChartKind::Redundancy, "redundancy"},
    {ChartKind::UnitCost, "unit-cost"},
    {ChartKind::ScenarioComparison, "compare"},
    {ChartKind::Tornado, "tornado"},
    {ChartKind::MonteCarloFan, "fan"},
    {ChartKind::ActualsVsPlan, "actuals"},
    {ChartKind::Capacity, "capacity"},
    {ChartKind::SiliconAudit, "silicon-audit"},
    {ChartKind::CommitmentSizing, "sizing"}, // not in kinds(): see ChartCatalog.h
}};

} // namespace

QString ChartCatalog::name(ChartKind kind)
{
    for (const auto &[k, n] : kNames)
        if (k == kind)
            return QLatin1String(n);
    return {};
}

std::optional<ChartKind> ChartCatalog::parse(QStringView name)
{
    for (const auto &[k, n] : kNames)
        if (name == QLatin1String(n))
            return k;
    return std::nullopt;
}

QStringList ChartCatalog::names()
{
    QStringList out;
    for (const auto &entry : kNames)
        out << QLatin1String(entry.second);
    return out;
}

std::vector<ChartKind> ChartCatalog::kinds()
{
    std::vector<ChartKind> out;
    for (const auto &entry : kNames)
        if (entry.first != ChartKind::CommitmentSizing)
            out.push_back(entry.first);
    return out;
}

ChartData ChartCatalog::build(const Project &project, const ChartRequest &request)
{
    const ChartFrame frame(project, request.date);
    const ScenarioEngine engine(project);
    switch (request.kind) {
    case ChartKind::ScenarioComparison: {
        if (request.against.isEmpty())
            throw EngineError(QStringLiteral("the compare chart needs a second scenario (--against B)"));
        const EngineResult a = engine.evaluate(request.scenario);
        return AnalysisChartBuilder(frame).comparison(ScenarioComparison::compare(a, engine.evaluate(request.against)), a.currency);
    }
    case ChartKind::Tornado:
        return AnalysisChartBuilder(frame).tornado(SensitivityAnalysis::run(project, request.scenario), project.reportingCurrency);
    case ChartKind::MonteCarloFan: {
        MonteCarloRequest mc;
        mc.scenario = request.scenario;
        mc.trials = request.trials;
        mc.seed = request.seed;
        return AnalysisChartBuilder(frame).fan(*MonteCarloSimulation::run(project, mc), project.reportingCurrency);
    }
    case ChartKind::CommitmentSizing: {
        SizingRequest sizing;
        sizing.scenario = request.scenario;
        sizing.contract = request.contract;
        sizing.clause = request.clause;
        sizing.trials = request.trials;
        sizing.seed = request.seed;
        if (request.contract.isEmpty())
            throw EngineError(QStringLiteral("the sizing chart needs a contract (--contract C) and its commitment clause (--clause K, default 1)"));
        // CommitmentSizing::run throws with refusal()'s message (no tiers, 0 today, …), never cancelled here.
        return SizingChartBuilder(frame).sizing(*CommitmentSizing::run(project, sizing), request.scenario, project.reportingCurrency);
    }
    default:
        break;
    }
    const EngineResult r = engine.evaluate(request.scenario);
    const CostChartBuilder cost(frame);
    const RiskChartBuilder risk(frame);
    switch (request.kind) {
    case ChartKind::SpendByProvider:
        return cost.spendByProvider(r);
    case ChartKind::CommitmentBurnDown:
        return cost.commitmentBurnDown(r);
    case ChartKind::RevenueShare:
        return cost.revenueShare(r);
    case ChartKind::SwitchingWaterfall: {
        if (request.against.isEmpty())
            return cost.switchingWaterfall(r);
        const EngineResult baseline = engine.evaluate(request.against);
        return cost.switchingWaterfall(r, &baseline);
    }
    case ChartKind::Exposure:
        return risk.exposure(r);
    case ChartKind::Redundancy:
        return risk.redundancy(r);
    case ChartKind::UnitCost:
        return risk.unitCost(r);
    case ChartKind::Capacity:
        return ScarcityChartBuilder(frame).capacity(r);
    case ChartKind::SiliconAudit:
        return ScarcityChartBuilder(frame).siliconAudit(r);
    case ChartKind::ActualsVsPlan:
        if (project.actuals.empty())
            throw EngineError(QStringLiteral("the project has no actuals to chart"));
        return risk.actualsVsPlan(r);
    default:
        return cost.costByComponent(r);
    }
}

} // namespace hp
