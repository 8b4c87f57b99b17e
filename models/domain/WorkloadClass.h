#pragma once

#include <QString>
#include <QStringView>

#include <optional>
#include <set>

namespace hp {

/// Workload classes of docs/rules.md §2.
enum class WorkloadClass { StatelessApi, StatefulRuntime, Training, BatchInference, Storage, Other };

using ClassSet = std::set<WorkloadClass>;

QString toString(WorkloadClass c);
std::optional<WorkloadClass> parseWorkloadClass(QStringView text);
const ClassSet &allWorkloadClasses();
/// `all`, empty (→ nullopt = all) or `a|b`; nullopt return with *error on a bad name.
std::optional<ClassSet> parseClassSet(QStringView text, QString *error);
/// `a|b` in enum order, or `all` when the set holds every class.
QString toString(const ClassSet &set);

} // namespace hp
