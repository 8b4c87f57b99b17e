#include "ScenarioEngine.h"

#include "engine/FigureCatalog.h"

#include "concurrency/HelperTask.h"
#include "domain/ProjectValidator.h"
#include "engine/ActualsRule.h"
#include "engine/CapacityRule.h"
#include "engine/CommitmentRule.h"
#include "engine/DisputeRule.h"
#include "engine/EngineInputs.h"
#include "engine/EvaluationThreadProbe.h"
#include "engine/ExclusivityRule.h"
#include "engine/ExitCostRule.h"
#include "engine/PlacementRule.h"
#include "engine/RedundancyRule.h"
#include "engine/ResidencyRule.h"
#include "engine/RevenueShareRule.h"
#include "engine/ScenarioResolver.h"
#include "engine/SiliconAuditRule.h"
#include "engine/SwitchingRule.h"
#include "engine/TerminationRule.h"
#include "engine/TotalsRule.h"

#include <algorithm>
#include <exception>
#include <map>
#include <optional>
#include <set>

namespace hp {

namespace {

void checkValid(const Project &project, const std::set<QString> &scenarios)
{
    QStringList errors;
    for (const ValidationIssue &issue : ProjectValidator::validate(project)) {
        if (issue.severity != ValidationIssue::Severity::Error)
            continue;
        if (!issue.scenario.isEmpty() && !scenarios.contains(issue.scenario))
            continue; // another scenario's problem does not block this one
        errors << issue.toString();
    }
    if (errors.isEmpty())
        return;
    const qsizetype shown = std::min<qsizetype>(errors.size(), 20);
    QString message = QStringLiteral("the project has %1 validation error(s):\n  ").arg(errors.size())
        + errors.mid(0, shown).join(QStringLiteral("\n  "));
    if (shown < errors.size())
        message += QStringLiteral("\n  … and %1 more").arg(errors.size() - shown);
    throw EngineError(message);
}

void sizeMonthly(MonthlyFigures &m, int T)
{
    for (const MonthlySeriesInfo &f : FigureCatalog::monthly())
        (m.*f.series).assign(std::size_t(T), Decimal());
}

EngineResult emptyResult(const Project &project, const QString &currency, int T)
{
    EngineResult r;
    r.currency = currency;
    sizeMonthly(r.monthly, T);
    for (const Provider &p : project.providers)
        r.providers.push_back({p.id, p.name, {}, {}, std::vector<Decimal>(std::size_t(T)), {}, std::vector<Decimal>(std::size_t(T))});
    return r;
}

void sortProviders(EngineResult &r)
{
    std::stable_sort(r.providers.begin(), r.providers.end(),
                     [](const ProviderResult &a, const ProviderResult &b) { return a.id < b.id; });
}

EngineError overflowError(const QString &scenarioName, const DecimalOverflow &e)
{
    return EngineError(QStringLiteral("scenario '%1': a figure exceeds the exact-money range (%2); check for "
                                      "implausibly large amounts or growth")
                           .arg(scenarioName, QString::fromStdString(e.what())));
}

} // namespace

ScenarioEngine::ScenarioEngine(const Project &project, EngineOptions options)
    : m_project(project)
    , m_options(options)
{
}

EngineResult ScenarioEngine::evaluate(const QString &scenarioName) const
{
    EvaluationThreadProbe::record();
    std::set<QString> chainNames;
    for (const Scenario *s : ScenarioResolver::chain(m_project, scenarioName))
        chainNames.insert(s->name);
    // With parallelRules the validator runs beside the preparation of the
    // inputs (both only read the project); the rules start once it passed,
    // and its errors come first, as in order.
    std::exception_ptr invalid;
    std::optional<HelperTask> validation;
    if (m_options.validate && m_options.parallelRules)
        validation.emplace([this, &chainNames, &invalid] {
            try {
                checkValid(m_project, chainNames);
            } catch (...) {
                invalid = std::current_exception();
            }
        });
    else if (m_options.validate)
        checkValid(m_project, chainNames);
    try {
        std::optional<EngineInputs> in;
        std::exception_ptr inputsFailure;
        try {
            in.emplace(m_project, ScenarioResolver::resolve(m_project, scenarioName));
        } catch (...) {
            inputsFailure = std::current_exception();
        }
        if (validation) {
            validation->wait();
            if (invalid)
                std::rethrow_exception(invalid);
        }
        if (inputsFailure)
            std::rethrow_exception(inputsFailure);
        return runRules(*in);
    } catch (const DecimalOverflow &e) {
        throw overflowError(scenarioName, e);
    }
}

EngineResult ScenarioEngine::evaluate(EngineInputs &in) const
{
    Q_ASSERT(&in.project == &m_project);
    try {
        in.refresh();
        return runRules(in);
    } catch (const DecimalOverflow &e) {
        throw overflowError(in.scenario.name, e);
    }
}

EngineResult ScenarioEngine::runRules(const EngineInputs &in) const
{
    EngineResult r = emptyResult(m_project, in.fx.reportingCurrency(), in.T);
    r.scenario = in.scenario.name;
    r.months = in.months;

    // ExclusivityRule needs nothing the rules before it compute and writes
    // nothing they read: with parallelRules it runs beside them and is
    // joined before DisputeRule, the first rule that reads its violations.
    // A failure of the rules before it is the one reported, as in order.
    std::exception_ptr exclusivityFailure;
    std::optional<HelperTask> exclusivity;
    if (m_options.parallelRules)
        exclusivity.emplace([&in, &r, &exclusivityFailure] {
            try {
                ExclusivityRule::apply(in, r);
            } catch (...) {
                exclusivityFailure = std::current_exception();
            }
        });

    std::vector<SpendLine> lines;
    lines.reserve(std::size_t(in.workloadCount() * in.T * 2));
    PlacementRule::addLines(in, lines);
    const SwitchingRule switching(in);
    switching.apply(lines, r);
    ResidencyRule::apply(in, lines, r);
    CapacityRule::apply(in, lines, r);
    const CommitmentRule commitments(in);
    commitments.applyDiscounts(lines);
    SwitchingRule::attributeDualRun(lines, r);
    TotalsRule::addSpend(in, lines, r);
    commitments.settle(lines, r);
    TerminationRule::apply(in, r);
    RevenueShareRule::apply(in, r);
    if (exclusivity) {
        exclusivity->wait();
        if (exclusivityFailure)
            std::rethrow_exception(exclusivityFailure);
    } else {
        ExclusivityRule::apply(in, r);
    }
    DisputeRule::apply(in, r);
    if (m_options.details) {
        RedundancyRule::apply(in, lines, r);
        ExitCostRule::apply(in, switching, r);
        TotalsRule::unitCosts(in, lines, r);
        if (in.T > 0)
            r.siliconAudit = SiliconAuditRule::audit(in, 0, r);
    }
    TotalsRule::sumUp(in, r);
    sortProviders(r);
    ActualsRule::apply(m_project, r);
    return r;
}

SiliconAudit ScenarioEngine::siliconAudit(const QString &scenarioName, std::optional<YearMonth> month) const
{
    const EngineResult evaluated = evaluate(scenarioName);
    try {
        const EngineInputs in(m_project, ScenarioResolver::resolve(m_project, scenarioName));
        const YearMonth m = month.value_or(in.start);
        if (!in.inHorizon(m))
            throw EngineError(QStringLiteral("scenario '%1': %2 is outside its horizon %3 to %4")
                                  .arg(scenarioName, m.toString(), in.start.toString(), in.end().toString()));
        return SiliconAuditRule::audit(in, in.monthIndex(m), evaluated);
    } catch (const DecimalOverflow &e) {
        throw overflowError(scenarioName, e);
    }
}

EngineResult ScenarioEngine::actualsOnly() const
{
    EngineResult r = emptyResult(m_project, CurrencyConverter(m_project).reportingCurrency(), 0);
    sortProviders(r);
    ActualsRule::apply(m_project, r);
    return r;
}

} // namespace hp
