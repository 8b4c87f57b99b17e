// The JSON of DOMAIN.md §10: keys, money as two-decimal strings, numbers for shares.
#include "ProjectBuilder.h"

#include "io/EntityTable.h"
#include "io/JsonReport.h"

using namespace hptest;

TEST(JsonReport, EvaluationHasEveryKeyAndMoneyAsStrings)
{
    ProjectBuilder b;
    b.provider("a").offering("a1", "a", "0.125").workload("w", hp::WorkloadClass::Other, "1");
    b.scenario("S", "2026-01", 2).place("w", "2026-01", {{"a1", "100"}});
    const QJsonObject o = hp::JsonReport::evaluation(b.evaluate("S"));
    for (const char *key : {"scenario", "currency", "months", "monthly", "totals", "providers", "violations", "actuals"})
        EXPECT_TRUE(o.contains(QString::fromLatin1(key))) << key;
    const QJsonObject monthly = o[QStringLiteral("monthly")].toObject();
    for (const char *key : {"list_spend", "spend", "shortfall", "revenue_share", "egress", "reengineering", "dual_run",
                            "termination", "total", "gross_exposure", "expected_exposure", "hhi", "single_homed_share"})
        EXPECT_EQ(monthly[QString::fromLatin1(key)].toArray().size(), 2) << key;
    // 0.125 a month rounds half-even to 0.12; the total 0.25 is summed unrounded.
    EXPECT_EQ(monthly[QStringLiteral("spend")].toArray()[0].toString(), QStringLiteral("0.12"));
    const QJsonObject totals = o[QStringLiteral("totals")].toObject();
    for (const char *key : {"list_spend", "spend", "discount", "shortfall", "projected_shortfall", "revenue_share_due",
                            "revenue_share_paid", "cap_saving", "egress", "reengineering", "dual_run", "termination",
                            "switching", "total", "npv", "gross_exposure", "expected_exposure"})
        EXPECT_TRUE(totals[QString::fromLatin1(key)].isString()) << key;
    EXPECT_EQ(totals[QStringLiteral("total")].toString(), QStringLiteral("0.25"));
    EXPECT_EQ(monthly[QStringLiteral("hhi")].toArray()[0].toDouble(), 10000.0);
    EXPECT_EQ(o[QStringLiteral("months")].toArray()[1].toString(), QStringLiteral("2026-02"));
}

TEST(JsonReport, TablesUseNullForEmptyAndTypedValues)
{
    ProjectBuilder b;
    b.provider("a").offering("a1", "a", "2.5");
    b.lastOffering().annualDriftPct = D("-10");
    const auto table = hp::EntityTables::build(b.p, S("offerings"));
    ASSERT_TRUE(table);
    const QJsonObject row = hp::JsonReport::table(*table)[0].toObject();
    EXPECT_EQ(row[QStringLiteral("unit_price")].toString(), QStringLiteral("2.50"));
    EXPECT_EQ(row[QStringLiteral("annual_drift_pct")].toDouble(), -10.0);
    EXPECT_TRUE(row[QStringLiteral("effective_month")].isNull());
    EXPECT_TRUE(row[QStringLiteral("silicon")].isNull());
    EXPECT_EQ(row.keys().size(), 11); // + region, jurisdiction, capacity_units (§9 rev 2)
    EXPECT_TRUE(row[QStringLiteral("capacity_units")].isNull());
}
