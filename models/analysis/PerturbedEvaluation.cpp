#include "PerturbedEvaluation.h"

#include "analysis/InputPerturbation.h"
#include "engine/ScenarioEngine.h"
#include "engine/ScenarioResolver.h"

namespace hp {

namespace {
const Decimal kE18 = Decimal::fromRaw(Int128(1'000'000'000'000'000'000LL));
} // namespace

PerturbedEvaluation::PerturbedEvaluation(const Project &project, const QString &scenario, std::vector<UncertaintyRange> ranges)
    : m_base(project)
    , m_work(project)
    , m_scenario(scenario)
    , m_ranges(std::move(ranges))
    , m_inputs(m_work, ScenarioResolver::resolve(m_work, scenario))
{
}

void PerturbedEvaluation::watchShortfallOf(const QString &contractId, int clauseIndex)
{
    m_watchedContract = contractId;
    m_watchedClause = clauseIndex;
}

PerturbedOutcome PerturbedEvaluation::evaluate(const std::vector<double> &values)
{
    Q_ASSERT(values.size() == m_ranges.size());
    for (std::size_t k = 0; k < m_ranges.size(); ++k)
        InputPerturbation::apply(m_work, m_base, m_ranges[k], values[k]);
    const EngineResult r = ScenarioEngine(m_work, EngineOptions{false, false}).evaluate(m_inputs);
    PerturbedOutcome out{r.monthly.total, r.totals.total, r.totals.npv, false, false};
    // docs/rules.md §12.2: a shortfall charged (a year ending in the horizon) or
    // projected (a year or term the horizon cuts), §4.5.
    for (const ProviderResult &p : r.providers)
        for (const CommitmentYearResult &y : p.commitments)
            if ((m_watchedContract.isEmpty() || (y.contractId == m_watchedContract && y.clauseIndex == m_watchedClause))
                && (y.shortfall.isPositive() || y.projectedShortfall.isPositive()))
                out.shortfall = true;

    std::vector<Decimal> charge;
    for (std::size_t k = 0; k < m_ranges.size(); ++k) {
        if (!InputPerturbation::isLitigation(m_ranges[k]) || !InputPerturbation::litigationDrawn(values[k]))
            continue;
        out.litigation = true;
        const std::vector<Decimal> c = InputPerturbation::litigationCharge(r, m_ranges[k].target);
        charge.resize(c.size());
        for (std::size_t t = 0; t < c.size(); ++t)
            charge[t] += c[t];
    }
    if (!out.litigation)
        return out;
    // Charged totals and the NPV again, the way TotalsRule sums them: the
    // unrounded months, each discounted and rounded once.
    out.total = Decimal();
    out.npv = Decimal();
    try {
        for (std::size_t t = 0; t < out.monthlyTotal.size(); ++t) {
            out.monthlyTotal[t] += charge[t];
            out.total += out.monthlyTotal[t];
            if (!out.monthlyTotal[t].isZero())
                out.npv += out.monthlyTotal[t].mulDiv(m_inputs.discountE18[t], kE18);
        }
    } catch (const DecimalOverflow &e) {
        throw EngineError(QStringLiteral("scenario '%1': a litigation charge exceeds the exact-money range (%2)")
                              .arg(m_scenario, QString::fromStdString(e.what())));
    }
    return out;
}

} // namespace hp
