#pragma once

#include "domain/Project.h"
#include "domain/ValidationIssue.h"

namespace hp {

/// Checks a whole project and returns every problem with a clear message:
/// unknown ids, shares that do not sum to 100 %, end before start, negative
/// amounts, a year missing from a commitment ramp, …
class ProjectValidator {
public:
    static ValidationIssues validate(const Project &project);
};

} // namespace hp
