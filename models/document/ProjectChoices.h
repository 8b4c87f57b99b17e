#pragma once

#include "domain/Project.h"

#include <QStringList>

namespace hp {

/// The values the editors' pickers offer: enum names of the domain and the
/// ids of a project's entities.
class ProjectChoices {
public:
    static QStringList providerKinds();
    static QStringList workloadClasses();
    static QStringList providerIds(const Project &project);
    static QStringList offeringIds(const Project &project);
    static QStringList workloadIds(const Project &project);
    static QStringList currencies(const Project &project);
    static QStringList criticalities();
};

} // namespace hp
