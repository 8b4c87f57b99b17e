#pragma once

#include "domain/IssueCollector.h"
#include "domain/Project.h"

namespace hp {

/// Validation of scenarios, their parent tree, placements and uncertainty
/// ranges; every issue carries its scenario's name.
class ScenarioValidator {
public:
    static void validate(const Project &project, IssueCollector &c);
};

} // namespace hp
