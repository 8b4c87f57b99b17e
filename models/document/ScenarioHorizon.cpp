#include "ScenarioHorizon.h"

#include "engine/ScenarioEngine.h"
#include "engine/ScenarioResolver.h"

namespace hp {

std::optional<ScenarioHorizon> ScenarioHorizon::of(const Project &project, const QString &scenario, QString *error)
{
    try {
        const ResolvedScenario r = ScenarioResolver::resolve(project, scenario);
        return ScenarioHorizon{r.name, r.start, r.months};
    } catch (const EngineError &e) {
        if (error)
            *error = e.message();
        return std::nullopt;
    }
}

} // namespace hp
