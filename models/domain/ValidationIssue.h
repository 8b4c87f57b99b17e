#pragma once

#include <QString>

#include <vector>

namespace hp {

/// One problem found in a project: where (entity, id, field) and why.
struct ValidationIssue {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString entity; ///< e.g. "placements", "commitments"
    QString id;     ///< the entity's id or a composite key
    QString field;
    QString message;
    QString scenario; ///< set when the problem belongs to one scenario (its placements, ranges, parent)

    QString toString() const;
};

using ValidationIssues = std::vector<ValidationIssue>;

bool hasErrors(const ValidationIssues &issues);

} // namespace hp
