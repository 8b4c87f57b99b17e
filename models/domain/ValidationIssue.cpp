#include "ValidationIssue.h"

#include <algorithm>

namespace hp {

QString ValidationIssue::toString() const
{
    QString where = entity;
    if (!id.isEmpty())
        where += QLatin1Char(' ') + id;
    if (!field.isEmpty())
        where += QLatin1Char('.') + field;
    return QStringLiteral("%1: %2: %3")
        .arg(severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning"), where, message);
}

bool hasErrors(const ValidationIssues &issues)
{
    return std::any_of(issues.begin(), issues.end(),
                       [](const ValidationIssue &i) { return i.severity == ValidationIssue::Severity::Error; });
}

} // namespace hp
