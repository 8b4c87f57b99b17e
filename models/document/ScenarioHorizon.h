#pragma once

#include "domain/Project.h"
#include "domain/YearMonth.h"

#include <QString>

#include <optional>

namespace hp {

/// A scenario's horizon — its first month and length, inherited through its
/// parents (docs/rules.md §5.1) — for forms that check a month against it
/// before anything runs. The views ask this instead of the engine's resolver.
struct ScenarioHorizon {
    QString name;
    YearMonth start;
    int months = 0;

    YearMonth last() const { return start.plusMonths(months - 1); }
    bool contains(YearMonth month) const { return !(month < start) && !(last() < month); }

    /// The horizon of `scenario`, or nullopt with the reason in `error`
    /// (unknown scenario, a broken parent chain).
    static std::optional<ScenarioHorizon> of(const Project &project, const QString &scenario, QString *error = nullptr);
};

} // namespace hp
