// The JSON of docs/rules.md §10: keys, money as two-decimal strings, numbers for shares.
#include "ProjectBuilder.h"

#include "canonical/EntityTable.h"
#include "json/JsonReport.h"
#include "json/ScarcityJson.h"

#include <QJsonDocument>

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

TEST(JsonReport, ScarcityKeysOfRevisionTwo)
{
    // §10 rev 2. w (stateful, 1 000 units at 1.00, revenue 10 000, residency
    // IN) runs on a1 (US, capacity 800) and breaches k's contested stateful
    // class (p 35 %, damages 100 %, settlement 5 000): f = 0.8, spend 800,
    // revenue at risk 2 000, gross 10 000 × 1 = 10 000, expected 3 500 →
    // litigate (5 000 ≥ 3 500); risk-adjusted 800 + 3 500 + 2 000 = 6 300.
    ProjectBuilder b;
    b.provider("a").offering("a1", "a", "1", "H200").provider("c").offering("c1", "c", "0.5", "TPU");
    b.p.offerings[0].capacityUnits = D("800");
    b.p.offerings[0].jurisdiction = S("US");
    b.p.offerings[1].jurisdiction = S("IN");
    b.workload("w", hp::WorkloadClass::StatefulRuntime, "1000", "10000");
    b.lastWorkload().residency = {S("IN")};
    b.contract("k", "c", "2026-01", "2030-12");
    hp::ExclusivityClause ex;
    ex.classes = {hp::WorkloadClass::StatelessApi};
    b.lastContract().exclusivities.push_back(ex);
    b.lastContract().classifications.push_back({hp::WorkloadClass::StatefulRuntime, hp::Coverage::Contested, D("35"), D("5000")});
    b.scenario("S", "2026-01", 1).place("w", "2026-01", {{"a1", "100"}});
    const QJsonObject o = hp::JsonReport::evaluation(b.evaluate("S"));
    const QJsonObject totals = o[QStringLiteral("totals")].toObject();
    EXPECT_EQ(totals[QStringLiteral("settlement")].toString(), S("0.00"));
    EXPECT_EQ(totals[QStringLiteral("revenue_at_risk")].toString(), S("2000.00"));
    EXPECT_EQ(totals[QStringLiteral("risk_adjusted_total")].toString(), S("6300.00"));
    const QJsonObject monthly = o[QStringLiteral("monthly")].toObject();
    EXPECT_EQ(monthly[QStringLiteral("revenue_at_risk")].toArray()[0].toString(), S("2000.00"));
    EXPECT_EQ(monthly[QStringLiteral("risk_adjusted_total")].toArray()[0].toString(), S("6300.00"));
    EXPECT_EQ(monthly[QStringLiteral("settlement")].toArray()[0].toString(), S("0.00"));

    const QJsonObject capacity = o[QStringLiteral("capacity")].toArray()[0].toObject();
    EXPECT_EQ(capacity[QStringLiteral("offering")].toString(), S("a1"));
    EXPECT_EQ(capacity[QStringLiteral("month")].toString(), S("2026-01"));
    EXPECT_EQ(capacity[QStringLiteral("placed_units")].toInt(), 1000);
    EXPECT_EQ(capacity[QStringLiteral("capacity_units")].toInt(), 800);
    EXPECT_EQ(capacity[QStringLiteral("served_fraction")].toDouble(), 0.8);

    const QJsonObject breach = o[QStringLiteral("residency_breaches")].toArray()[0].toObject();
    EXPECT_EQ(breach[QStringLiteral("workload")].toString(), S("w"));
    EXPECT_EQ(breach[QStringLiteral("offering")].toString(), S("a1"));
    EXPECT_EQ(breach[QStringLiteral("share")].toInt(), 1);
    EXPECT_FALSE(breach[QStringLiteral("dual_run")].toBool());

    const QJsonObject dispute = o[QStringLiteral("disputes")].toArray()[0].toObject();
    EXPECT_EQ(dispute[QStringLiteral("contract")].toString(), S("k"));
    EXPECT_EQ(dispute[QStringLiteral("class")].toString(), S("stateful_runtime"));
    EXPECT_EQ(dispute[QStringLiteral("p_breach")].toInt(), 35);
    EXPECT_EQ(dispute[QStringLiteral("gross_exposure")].toString(), S("10000.00"));
    EXPECT_EQ(dispute[QStringLiteral("expected_exposure")].toString(), S("3500.00"));
    EXPECT_EQ(dispute[QStringLiteral("settlement")].toString(), S("5000.00"));
    EXPECT_EQ(dispute[QStringLiteral("break_even_p_breach")].toInt(), 50);
    EXPECT_EQ(dispute[QStringLiteral("cheaper")].toString(), S("litigate"));
    EXPECT_FALSE(dispute[QStringLiteral("settled")].toBool());
    EXPECT_TRUE(dispute[QStringLiteral("settled_month")].isNull());

    // The audit: alternative c1 (TPU, IN) at 0.50 → premium 0.5 × 1 000 = 500.00,
    // move cost 0 → payback 0; on c the contract's own provider, no exposure.
    const QJsonObject audit = o[QStringLiteral("silicon_audit")].toArray()[0].toObject();
    EXPECT_EQ(audit.keys().size(), 10);
    EXPECT_EQ(audit[QStringLiteral("silicons")].toString(), S("H200"));
    EXPECT_EQ(audit[QStringLiteral("alternative_offering")].toString(), S("c1"));
    EXPECT_EQ(audit[QStringLiteral("monthly_premium")].toString(), S("500.00"));
    EXPECT_EQ(audit[QStringLiteral("payback_months")].toInt(-1), 0);
    EXPECT_EQ(audit[QStringLiteral("expected_exposure_per_month")].toString(), S("0.00"));

    const QJsonObject standalone = hp::JsonWriter::toObject([&](hp::JsonWriter &w) {
        hp::ScarcityJson::writeSiliconAudit(w, S("S"), hp::ScenarioEngine(b.p).siliconAudit(S("S")));
    });
    EXPECT_EQ(standalone.keys(), (QStringList{S("month"), S("scenario"), S("silicon_audit"), S("silicon_premium_per_month")}));
    EXPECT_EQ(standalone[QStringLiteral("silicon_premium_per_month")].toString(), S("500.00"));
}

TEST(JsonReport, ViolationRowsWriteEachRowsOwnIdsMonthsAndAmounts)
{
    // The violations are written from ids escaped once per contract and
    // workload index: a row without indices, an index seen with another id,
    // ids that need escaping and a month outside 1000-9999 each still give
    // that row's own values; with and without the second writing thread
    // (from 4 096 rows on).
    const auto violation = [](const QString &contract, int ci, const QString &workload, int wi, hp::YearMonth m,
                              const char *gross, const char *expected) {
        hp::Violation v;
        v.contractId = contract;
        v.contractIndex = ci;
        v.workloadId = workload;
        v.workloadIndex = wi;
        v.month = m;
        v.grossExposure = hp::Decimal::parse(QString::fromLatin1(gross)).value();
        v.expectedExposure = hp::Decimal::parse(QString::fromLatin1(expected)).value();
        return v;
    };
    const std::vector<hp::Violation> pattern = {
        violation(QStringLiteral("c1"), 0, QStringLiteral("w \"one\""), 0, hp::YearMonth(2026, 1), "1.005", "0.125"),
        violation(QStringLiteral("c2"), 0, QStringLiteral("w \"one\""), 0, hp::YearMonth(2026, 12), "-2.675", "3"),
        violation(QStringLiteral("c\\1"), -1, QStringLiteral("é\n"), -1, hp::YearMonth(999, 3), "0", "1234567890.015"),
        violation(QStringLiteral("c1"), 0, QStringLiteral("w2"), 1, hp::YearMonth(12345, 7), "0.004", "-0.005"),
    };
    struct Row {
        const char *contract, *workload, *month, *gross, *expected;
    };
    const Row rows[] = {{"c1", "w \"one\"", "2026-01", "1.00", "0.12"},
                        {"c2", "w \"one\"", "2026-12", "-2.68", "3.00"},
                        {"c\\1", "é\n", "0999-03", "0.00", "1234567890.02"},
                        {"c1", "w2", "12345-07", "0.00", "0.00"}};
    for (const std::size_t copies : {std::size_t(1), std::size_t(1100)}) {
        hp::EngineResult r;
        r.currency = QStringLiteral("EUR");
        for (std::size_t k = 0; k < copies; ++k)
            r.violations.insert(r.violations.end(), pattern.begin(), pattern.end());
        const QByteArray text = hp::JsonWriter::toJson([&](hp::JsonWriter &w) { hp::JsonReport::writeEvaluation(w, r); });
        QJsonParseError error;
        const QJsonArray written = QJsonDocument::fromJson(text, &error).object()[QStringLiteral("violations")].toArray();
        ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
        ASSERT_EQ(written.size(), qsizetype(4 * copies));
        for (qsizetype i = 0; i < written.size(); ++i) {
            const Row &e = rows[i % 4];
            const QJsonObject o = written[i].toObject();
            ASSERT_EQ(o[QStringLiteral("contract")].toString(), QString::fromUtf8(e.contract)) << i;
            ASSERT_EQ(o[QStringLiteral("workload")].toString(), QString::fromUtf8(e.workload)) << i;
            ASSERT_EQ(o[QStringLiteral("month")].toString(), QString::fromUtf8(e.month)) << i;
            ASSERT_EQ(o[QStringLiteral("gross_exposure")].toString(), QString::fromUtf8(e.gross)) << i;
            ASSERT_EQ(o[QStringLiteral("expected_exposure")].toString(), QString::fromUtf8(e.expected)) << i;
        }
        // The same bytes as the document read back and written by Qt, also
        // with the report one level down (the second half's writer is made
        // for the depth of the array before the report gets there).
        EXPECT_EQ(text, QJsonDocument(QJsonDocument::fromJson(text).object()).toJson(QJsonDocument::Indented));
        for (const auto style : {hp::JsonWriter::Style::Indented, hp::JsonWriter::Style::Compact}) {
            const QByteArray nested = hp::JsonWriter::toJson(
                [&](hp::JsonWriter &w) {
                    w.beginArray();
                    hp::JsonReport::writeEvaluation(w, r);
                    hp::JsonReport::writeEvaluation(w, r);
                    w.endArray();
                },
                style);
            const QJsonArray both = QJsonDocument::fromJson(nested).array();
            ASSERT_EQ(both.size(), 2);
            EXPECT_EQ(both[1].toObject()[QStringLiteral("violations")].toArray(), written);
            EXPECT_EQ(nested, QJsonDocument(both).toJson(style == hp::JsonWriter::Style::Indented ? QJsonDocument::Indented
                                                                                                : QJsonDocument::Compact));
        }
    }
}
