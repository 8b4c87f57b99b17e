#pragma once

#include "domain/Project.h"
#include "engine/EngineResult.h"

#include <QString>

#include <stdexcept>

namespace hp {

struct EngineInputs;

/// Raised when a scenario cannot be evaluated (unknown scenario, validation
/// errors, a missing exchange rate, overflow); the message says why.
class EngineError : public std::runtime_error {
public:
    explicit EngineError(const QString &message) : std::runtime_error(message.toStdString()) {}
    QString message() const { return QString::fromStdString(what()); }
};

/// What an evaluation checks and computes beyond the monthly figures.
struct EngineOptions {
    bool validate = true;  ///< run ProjectValidator first (off only for a project already validated)
    /// Redundancy, unit cost and exit cost (§4.9–4.10); analyses that need
    /// only totals (Monte Carlo, goal seek) switch them off.
    bool details = true;
    /// ExclusivityRule on a second thread beside the rules before it (it
    /// reads only the inputs and writes only the violations and the exposure
    /// series), and the validator beside the preparation of the inputs (both
    /// only read the project; its errors still come first): the same
    /// figures and errors, less wall time for one evaluation
    /// (hedgeplan-cli evaluate). Off for callers that already evaluate on
    /// several threads (Monte Carlo, the optimizer, the desktop's pool).
    bool parallelRules = false;
};

/// The deterministic monthly engine of docs/rules.md §4. Holds a reference to the
/// project; evaluate() is const and thread-safe.
class ScenarioEngine {
public:
    explicit ScenarioEngine(const Project &project, EngineOptions options = {});

    EngineResult evaluate(const QString &scenarioName) const;
    /// Evaluates inputs prepared once from this engine's project, after
    /// EngineInputs::refresh(): for one scenario evaluated again and again
    /// while figures of the project change (Monte Carlo). Never validates.
    EngineResult evaluate(EngineInputs &inputs) const;
    /// No scenario: empty months, only the actuals (docs/rules.md §10).
    EngineResult actualsOnly() const;
    /// The silicon audit (docs/rules.md §11.3) of a scenario at `month` (default:
    /// the horizon's first month). Throws EngineError for a month outside the horizon.
    SiliconAudit siliconAudit(const QString &scenarioName, std::optional<YearMonth> month = std::nullopt) const;

private:
    EngineResult runRules(const EngineInputs &in) const;

    const Project &m_project;
    EngineOptions m_options;
};

} // namespace hp
