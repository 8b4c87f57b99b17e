#pragma once
// A hypothetical declared schema change for tests (storage/SchemaChange.h):
// the next two project file versions add one column of every type to
// exchange_rates (two plain columns, so rows are easy to write).

#include "storage/ProjectSchema.h"
#include "storage/SchemaChange.h"

#include <iterator>
#include <vector>

namespace hp::test {

inline const SchemaChange kNextChanges[] = {
    {ProjectSchema::kCurrentVersion, nullptr, nullptr, ColumnType::Text},
    {ProjectSchema::kCurrentVersion + 1, "exchange_rates", "note", ColumnType::Text},
    {ProjectSchema::kCurrentVersion + 1, "exchange_rates", "count", ColumnType::Integer},
    {ProjectSchema::kCurrentVersion + 1, "exchange_rates", "firm", ColumnType::Bool},
    {ProjectSchema::kCurrentVersion + 1, "exchange_rates", "floor_amount", ColumnType::Amount},
    {ProjectSchema::kCurrentVersion + 1, "exchange_rates", "drift", ColumnType::Decimal},
    {ProjectSchema::kCurrentVersion + 1, "exchange_rates", "spread_pct", ColumnType::Percent},
    {ProjectSchema::kCurrentVersion + 1, "exchange_rates", "fixed_month", ColumnType::Month},
    {ProjectSchema::kCurrentVersion + 2, "exchange_rates", "via", ColumnType::Currency},
};

/// The file's chain with the two versions appended.
inline std::vector<ProjectSchema::Migration> chainWithNextChanges()
{
    auto steps = ProjectSchema::migrations();
    for (int v = ProjectSchema::kCurrentVersion + 1; v <= ProjectSchema::kCurrentVersion + 2; ++v)
        steps.push_back({v, SchemaChanges::sqliteScript(v, std::begin(kNextChanges), std::end(kNextChanges))});
    return steps;
}

} // namespace hp::test
