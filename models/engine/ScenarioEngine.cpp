#include "ScenarioEngine.h"

#include "engine/FigureCatalog.h"

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
#include <future>
#include <map>
#include <optional>
#include <set>
#include <thread>

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
    std::optional<std::jthread> validation;
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
            validation->join();
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
    const SwitchingRule switching(in);

    // With parallelRules a helper runs ExclusivityRule beside the spend rules
    // (it reads only the inputs and writes only the violations and the
    // exposure series; DisputeRule, the first rule that reads them, waits for
    // it), then ExitCostRule (the inputs and `switching` in, each provider's
    // exit cost out; nothing else reads or writes those). Each failure is
    // rethrown where the rules in order would have met it, so the error is
    // the one of the first rule that failed.
    std::promise<void> exclusivityDone;
    std::future<void> exclusivity = exclusivityDone.get_future();
    std::exception_ptr exitCostFailure;
    std::optional<std::jthread> helper;
    const bool details = m_options.details;
    if (m_options.parallelRules)
        helper.emplace([&in, &r, &switching, &exclusivityDone, &exitCostFailure, details] {
            try {
                ExclusivityRule::apply(in, r);
                exclusivityDone.set_value();
            } catch (...) {
                exclusivityDone.set_exception(std::current_exception());
                return;
            }
            if (!details)
                return;
            try {
                ExitCostRule::apply(in, switching, r);
            } catch (...) {
                exitCostFailure = std::current_exception();
            }
        });

    std::vector<SpendLine> lines;
    lines.reserve(std::size_t(in.workloadCount() * in.T * 2));
    PlacementRule::addLines(in, lines);
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
    if (helper)
        exclusivity.get(); // rethrows the rule's failure
    else
        ExclusivityRule::apply(in, r);
    DisputeRule::apply(in, r);
    if (details) {
        // The silicon audit reads only the inputs and the disputes, final
        // from here on: beside redundancy and unit costs with parallelRules.
        std::exception_ptr auditFailure;
        std::optional<std::jthread> audit;
        if (helper && in.T > 0)
            audit.emplace([&in, &r, &auditFailure] {
                try {
                    r.siliconAudit = SiliconAuditRule::audit(in, 0, r);
                } catch (...) {
                    auditFailure = std::current_exception();
                }
            });
        RedundancyRule::apply(in, lines, r);
        if (helper) {
            helper->join();
            if (exitCostFailure)
                std::rethrow_exception(exitCostFailure);
        } else {
            ExitCostRule::apply(in, switching, r);
        }
        TotalsRule::unitCosts(in, lines, r);
        if (audit) {
            audit->join();
            if (auditFailure)
                std::rethrow_exception(auditFailure);
        } else if (in.T > 0) {
            r.siliconAudit = SiliconAuditRule::audit(in, 0, r);
        }
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
