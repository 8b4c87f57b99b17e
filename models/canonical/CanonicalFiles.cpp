#include "CanonicalFiles.h"

#include <map>

namespace hp {

namespace {
QStringList L(std::initializer_list<const char *> names)
{
    QStringList out;
    for (const char *n : names)
        out << QString::fromLatin1(n);
    return out;
}

const std::map<QString, CanonicalColumns> &table()
{
    static const std::map<QString, CanonicalColumns> t{
        {QStringLiteral("project.csv"), {L({"key", "value"}), {}}},
        {QStringLiteral("exchange_rates.csv"), {L({"currency", "rate"}), {}}},
        {QStringLiteral("providers.csv"), {L({"id", "name", "kind"}), L({"exit_egress_waived"})}},
        {QStringLiteral("egress.csv"), {L({"provider_id", "up_to_gb", "price_per_gb"}), {}}},
        {QStringLiteral("offerings.csv"),
         {L({"id", "provider_id", "name", "unit", "unit_price"}), L({"silicon", "effective_month", "annual_drift_pct", "region", "jurisdiction", "capacity_units"})}},
        {QStringLiteral("capacity.csv"), {L({"offering_id", "from_month", "capacity_units"}), {}}},
        {QStringLiteral("workloads.csv"),
         {L({"id", "name", "class", "unit", "monthly_units"}),
          L({"monthly_growth_pct", "monthly_revenue", "revenue_growth_pct", "stored_gb", "reengineering_person_months",
             "cost_per_person_month", "criticality", "residency"})}},
        {QStringLiteral("contracts.csv"),
         {L({"id", "name", "provider_id", "start_month", "end_month"}),
          L({"notice_months", "termination_fee", "currency", "workload_class", "exclusivity_scope", "notes"})}},
        {QStringLiteral("commitments.csv"),
         {L({"contract_id", "year", "amount"}),
          L({"discount_pct", "eligible_classes", "marketplace_credit_pct", "true_up", "start_month", "clause"})}},
        {QStringLiteral("commitment_tiers.csv"), {L({"contract_id", "min_total", "discount_pct"}), L({"clause"})}},
        {QStringLiteral("revenue_share.csv"),
         {L({"contract_id", "rate_pct", "start_month", "sunset_month"}),
          L({"base_classes", "placement_scope", "cap_total", "cap_per_year"})}},
        {QStringLiteral("exclusivity.csv"),
         {L({"contract_id", "classes"}), L({"start_month", "end_month", "damages_model", "damages_value"})}},
        {QStringLiteral("classification.csv"),
         {L({"contract_id", "class", "covered"}), L({"p_breach_pct", "settlement_amount"})}},
        {QStringLiteral("other_clauses.csv"),
         {L({"contract_id", "kind"}), L({"text", "start_month", "end_month", "waives_exit_egress"})}},
        {QStringLiteral("scenarios.csv"),
         {L({"name", "start_month", "months"}), L({"parent", "discount_rate_pct", "settle_disputes"})}},
        {QStringLiteral("placements.csv"),
         {L({"scenario", "workload_id", "from_month", "offering_id", "share_pct"}), L({"dual_run_months"})}},
        {QStringLiteral("uncertainty.csv"), {L({"scenario", "input", "distribution"}), L({"target", "p1", "p2", "p3"})}},
        {QStringLiteral("actuals.csv"), {L({"provider", "month", "billed_cost", "effective_cost"}), L({"currency"})}},
    };
    return t;
}
} // namespace

const QStringList &CanonicalFiles::fileNames()
{
    static const QStringList names = L({"project.csv", "exchange_rates.csv", "providers.csv", "egress.csv",
                                        "offerings.csv", "capacity.csv", "workloads.csv", "contracts.csv", "commitments.csv",
                                        "commitment_tiers.csv", "revenue_share.csv", "exclusivity.csv", "classification.csv",
                                        "other_clauses.csv", "scenarios.csv", "placements.csv", "uncertainty.csv",
                                        "actuals.csv"});
    return names;
}

const CanonicalColumns &CanonicalFiles::columns(const QString &fileName)
{
    return table().at(fileName);
}

} // namespace hp
