#include "Project.h"

#include <algorithm>

namespace hp {

namespace {
template <typename Vec>
auto findById(Vec &items, const QString &id) -> decltype(&items.front())
{
    auto it = std::find_if(items.begin(), items.end(), [&](const auto &e) { return e.id == id; });
    return it == items.end() ? nullptr : &*it;
}
} // namespace

const Provider *Project::provider(const QString &id) const { return findById(providers, id); }
const Offering *Project::offering(const QString &id) const { return findById(offerings, id); }
const Workload *Project::workload(const QString &id) const { return findById(workloads, id); }
const Contract *Project::contract(const QString &id) const { return findById(contracts, id); }
Provider *Project::provider(const QString &id) { return findById(providers, id); }
Offering *Project::offering(const QString &id) { return findById(offerings, id); }
Workload *Project::workload(const QString &id) { return findById(workloads, id); }
Contract *Project::contract(const QString &id) { return findById(contracts, id); }

const Scenario *Project::scenario(const QString &name) const
{
    auto it = std::find_if(scenarios.begin(), scenarios.end(), [&](const Scenario &s) { return s.name == name; });
    return it == scenarios.end() ? nullptr : &*it;
}

Scenario *Project::scenario(const QString &name)
{
    return const_cast<Scenario *>(std::as_const(*this).scenario(name));
}

} // namespace hp
