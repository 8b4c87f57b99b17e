#include "ScarcityJson.h"

#include "json/JsonReport.h"

namespace hp {

namespace {

void optionalMoney(JsonWriter &w, const std::optional<Decimal> &value)
{
    if (value)
        JsonReport::writeMoney(w, *value);
    else
        w.null();
}

} // namespace

void ScarcityJson::writeCapacity(JsonWriter &w, const std::vector<CapacityShortage> &rows)
{
    w.beginArray();
    for (const CapacityShortage &c : rows) {
        w.beginObject(); // keys in ascending order
        w.key("capacity_units");
        JsonReport::writeNumber(w, c.capacityUnits);
        w.key("month");
        JsonReport::writeMonth(w, c.month);
        w.key("offering");
        w.string(c.offeringId);
        w.key("placed_units");
        JsonReport::writeNumber(w, c.placedUnits);
        w.key("served_fraction");
        JsonReport::writeNumber(w, c.servedFraction);
        w.endObject();
    }
    w.endArray();
}

void ScarcityJson::writeResidencyBreaches(JsonWriter &w, const std::vector<ResidencyBreach> &rows)
{
    w.beginArray();
    for (const ResidencyBreach &b : rows) {
        w.beginObject();
        w.key("dual_run");
        w.boolean(b.dualRun);
        w.key("month");
        JsonReport::writeMonth(w, b.month);
        w.key("offering");
        w.string(b.offeringId);
        w.key("share");
        JsonReport::writeNumber(w, b.share);
        w.key("workload");
        w.string(b.workloadId);
        w.endObject();
    }
    w.endArray();
}

void ScarcityJson::writeDisputes(JsonWriter &w, const std::vector<DisputeResult> &rows)
{
    w.beginArray();
    for (const DisputeResult &d : rows) {
        w.beginObject();
        w.key("break_even_p_breach");
        if (d.breakEvenPBreachPct)
            JsonReport::writeNumber(w, *d.breakEvenPBreachPct);
        else
            w.null();
        w.key("cheaper");
        w.string(d.cheaper);
        w.key("class");
        w.string(toString(d.cls));
        w.key("contract");
        w.string(d.contractId);
        w.key("expected_exposure");
        JsonReport::writeMoney(w, d.expectedExposure);
        w.key("gross_exposure");
        JsonReport::writeMoney(w, d.grossExposure);
        w.key("p_breach");
        JsonReport::writeNumber(w, d.pBreachPct);
        w.key("settled");
        w.boolean(d.settled);
        w.key("settled_month");
        if (d.settledMonth)
            JsonReport::writeMonth(w, *d.settledMonth);
        else
            w.null();
        w.key("settlement");
        optionalMoney(w, d.settlement);
        w.endObject();
    }
    w.endArray();
}

void ScarcityJson::writeSiliconAuditRows(JsonWriter &w, const std::vector<SiliconAuditRow> &rows)
{
    w.beginArray();
    for (const SiliconAuditRow &r : rows) {
        const bool alt = !r.alternativeOffering.isEmpty();
        w.beginObject();
        w.key("alternative_offering");
        alt ? w.string(r.alternativeOffering) : w.null();
        w.key("alternative_price");
        optionalMoney(w, r.alternativePrice);
        w.key("alternative_silicon");
        alt ? w.string(r.alternativeSilicon) : w.null();
        w.key("expected_exposure_per_month");
        optionalMoney(w, r.expectedExposurePerMonth);
        w.key("monthly_premium");
        JsonReport::writeMoney(w, r.monthlyPremium);
        w.key("move_cost");
        JsonReport::writeMoney(w, r.moveCost);
        w.key("payback_months");
        r.paybackMonths ? w.integer(*r.paybackMonths) : w.null();
        w.key("silicons");
        w.string(r.silicons.join(u'|'));
        w.key("unit_price");
        JsonReport::writeMoney(w, r.unitPrice);
        w.key("workload");
        w.string(r.workloadId);
        w.endObject();
    }
    w.endArray();
}

void ScarcityJson::writeSiliconAudit(JsonWriter &w, const QString &scenario, const SiliconAudit &audit)
{
    w.beginObject();
    w.key("month");
    JsonReport::writeMonth(w, audit.month);
    w.key("scenario");
    w.string(scenario);
    w.key("silicon_audit");
    writeSiliconAuditRows(w, audit.rows);
    w.key("silicon_premium_per_month");
    JsonReport::writeMoney(w, audit.premiumPerMonth);
    w.endObject();
}

} // namespace hp
