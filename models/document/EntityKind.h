#pragma once

#include "domain/Project.h"

#include <vector>

namespace hp {

/// The lists of a project that the editors show as tables.
enum class EntityKind { Provider, Offering, Workload, Contract, Scenario, Actual };

/// Maps an entity type to its list in a Project, its key and the name an
/// undo step calls it by (label).
template <class T>
struct EntityTraits;

template <>
struct EntityTraits<Provider> {
    static constexpr EntityKind kind = EntityKind::Provider;
    static const QString &key(const Provider &e) { return e.id; }
    static const QString &label(const Provider &e) { return e.name.isEmpty() ? e.id : e.name; }
    static std::vector<Provider> &list(Project &p) { return p.providers; }
    static const std::vector<Provider> &list(const Project &p) { return p.providers; }
};
template <>
struct EntityTraits<Offering> {
    static constexpr EntityKind kind = EntityKind::Offering;
    static const QString &key(const Offering &e) { return e.id; }
    static const QString &label(const Offering &e) { return e.name.isEmpty() ? e.id : e.name; }
    static std::vector<Offering> &list(Project &p) { return p.offerings; }
    static const std::vector<Offering> &list(const Project &p) { return p.offerings; }
};
template <>
struct EntityTraits<Workload> {
    static constexpr EntityKind kind = EntityKind::Workload;
    static const QString &key(const Workload &e) { return e.id; }
    static const QString &label(const Workload &e) { return e.name.isEmpty() ? e.id : e.name; }
    static std::vector<Workload> &list(Project &p) { return p.workloads; }
    static const std::vector<Workload> &list(const Project &p) { return p.workloads; }
};
template <>
struct EntityTraits<Contract> {
    static constexpr EntityKind kind = EntityKind::Contract;
    static const QString &key(const Contract &e) { return e.id; }
    static const QString &label(const Contract &e) { return e.name.isEmpty() ? e.id : e.name; }
    static std::vector<Contract> &list(Project &p) { return p.contracts; }
    static const std::vector<Contract> &list(const Project &p) { return p.contracts; }
};
template <>
struct EntityTraits<Scenario> {
    static constexpr EntityKind kind = EntityKind::Scenario;
    static const QString &key(const Scenario &e) { return e.name; }
    static const QString &label(const Scenario &e) { return e.name; }
    static std::vector<Scenario> &list(Project &p) { return p.scenarios; }
    static const std::vector<Scenario> &list(const Project &p) { return p.scenarios; }
};
template <>
struct EntityTraits<Actual> {
    static constexpr EntityKind kind = EntityKind::Actual;
    static QString label(const Actual &e) { return e.provider + u' ' + e.month.toString(); }
    static std::vector<Actual> &list(Project &p) { return p.actuals; }
    static const std::vector<Actual> &list(const Project &p) { return p.actuals; }
};

} // namespace hp
