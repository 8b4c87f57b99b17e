#pragma once
// Helpers shared by the canonical CSV tests.
#include "canonical/CanonicalCsvReader.h"

#include <map>
#include <string>

namespace hp::test {

using Files = std::map<QString, QByteArray>;

inline QString S(const char *utf8) { return QString::fromUtf8(utf8); }
inline Decimal D(const char *text) { return Decimal::fromString(QString::fromLatin1(text)); }

/// True when `r` holds an error at exactly file:line:column whose reason contains `fragment`.
inline bool hasError(const CsvReadResult &r, const char *file, int line, int column, const char *fragment)
{
    for (const auto &e : r.errors)
        if (e.file == QString::fromLatin1(file) && e.line == line && e.column == column
            && e.reason.contains(QString::fromUtf8(fragment)))
            return true;
    return false;
}

/// Every error and warning, one a line, for failure messages.
inline std::string dump(const CsvReadResult &r)
{
    std::string s;
    for (const auto &e : r.errors)
        s += "error: " + e.toString().toStdString() + "\n";
    for (const auto &w : r.warnings)
        s += "warning: " + w.toStdString() + "\n";
    return s;
}

/// A small valid folder: one provider, offering, workload, scenario and placement.
inline Files minimalFiles()
{
    return {
        {S("providers.csv"), "id,name,kind\ncloud_a,Cloud A,cloud\n"},
        {S("offerings.csv"), "id,provider_id,name,unit,unit_price\na1,cloud_a,H200,1M tokens,2.00\n"},
        {S("workloads.csv"), "id,name,class,unit,monthly_units,monthly_growth_pct\nw,Chat,stateless_api,1M tokens,1000,20%\n"},
        {S("contracts.csv"), "id,name,provider_id,start_month,end_month\nk,K,cloud_a,2026-01,2028-12\n"},
        {S("scenarios.csv"), "name,start_month,months\nS,2026-01,3\n"},
        {S("placements.csv"), "scenario,workload_id,from_month,offering_id,share_pct\nS,w,2026-01,a1,100\n"},
    };
}

} // namespace hp::test
