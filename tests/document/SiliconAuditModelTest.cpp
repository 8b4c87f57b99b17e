// The silicon audit's item model (models/itemmodels/SiliconAuditModel) over the
// calculator's results: hand-built figures (docs/rules.md §11.3) and the demo.
#include "ProjectBuilder.h"
#include "document/ResultsCalculator.h"
#include "itemmodels/SiliconAuditModel.h"
#include "canonical/DemoPortfolio.h"

#include <QAbstractItemModelTester>

using namespace hptest;

namespace {

constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;
using AuditModel = hp::SiliconAuditModel;

/// GPU-hour offerings: ca's a_h200 at 10.00 (H200, egress 0.05 per GB), cb's
/// b_trn at 6.00 (Trainium2) and b_h200 at 9.00 (H200), cc's c_tpu at 7.00
/// (TPU); d_tok at 3.00 is the only offering sold per 1M tokens.
/// - w: 100 GPU-hours, 50 % a_h200 + 50 % b_trn: unit price 0.5 × 10 + 0.5 × 6
///   = 8.00; alternative c_tpu at 7.00 (the cheapest silicon it does not use):
///   premium (8 − 7) × 100 = 100.00; move cost 2 × 10 000 re-engineering +
///   ca's egress of its 500 GB there × 0.05 = 25 → 20 025.00; payback
///   ⌈20 025 ÷ 100⌉ = 201 months; no contract: exposure 0.00.
/// - v: 10 GPU-hours on b_h200 (9.00): alternative b_trn (6.00): premium
///   (9 − 6) × 10 = 30.00; nothing to move (0.00) → payback 0 months.
/// - u: 10 GPU-hours on b_trn (6.00): alternative c_tpu (7.00): premium
///   max(0, −10) = 0 → payback never.
/// - x: 5 units of 1M tokens on d_tok: no other offering with its unit → none.
/// Premium per month 100 + 30 = 130.00.
hp::Project audited()
{
    ProjectBuilder b;
    const char *gpu = "GPU-hour";
    b.provider("ca").offering("a_h200", "ca", "10", "H200", gpu);
    b.lastProvider().egressTiers = {{std::nullopt, D("0.05")}};
    b.provider("cb").offering("b_trn", "cb", "6", "Trainium2", gpu).offering("b_h200", "cb", "9", "H200", gpu);
    b.provider("cc").offering("c_tpu", "cc", "7", "TPU", gpu);
    b.provider("cd").offering("d_tok", "cd", "3", "H100");
    b.workload("w", hp::WorkloadClass::StatelessApi, "100", "1000", gpu);
    b.lastWorkload().reengineeringPersonMonths = D("2");
    b.lastWorkload().costPerPersonMonth = D("10000");
    b.lastWorkload().storedGb = D("1000");
    b.workload("v", hp::WorkloadClass::Training, "10", "0", gpu);
    b.workload("u", hp::WorkloadClass::Training, "10", "0", gpu);
    b.workload("x", hp::WorkloadClass::BatchInference, "5");
    b.scenario("S", "2026-01", 3)
        .place("w", "2026-01", {{"a_h200", "50"}, {"b_trn", "50"}})
        .place("v", "2026-01", {{"b_h200", "100"}})
        .place("u", "2026-01", {{"b_trn", "100"}})
        .place("x", "2026-01", {{"d_tok", "100"}});
    b.scenario("Broken", "2026-01", 3, "S");
    b.lastScenario().months = 300; // more than 240 months: cannot be evaluated
    return b.p;
}

QStringList rowText(const AuditModel &model, int row)
{
    QStringList out;
    for (int c = 0; c < AuditModel::ColumnCount; ++c)
        out << model.index(row, c).data().toString();
    return out;
}

int rowOf(const AuditModel &model, const char *workload)
{
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r, AuditModel::WorkloadColumn).data().toString() == S(workload))
            return r;
    return -1;
}

} // namespace

TEST(SiliconAuditModel, ShowsEachWorkloadsPremiumMoveCostAndPayback)
{
    AuditModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.columnCount(), 9);
    model.setScenario(S("S"));
    EXPECT_FALSE(model.hasResult());
    ASSERT_TRUE(model.setResults(hp::ResultsCalculator::evaluate(audited(), S("Broken"), {}, 1, true)));
    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.headerData(AuditModel::UnitPriceColumn, Qt::Horizontal, Qt::DisplayRole).toString(), S("Unit price\n(USD)"));
    EXPECT_EQ(model.headerData(AuditModel::PremiumColumn, Qt::Horizontal, Qt::DisplayRole).toString(), S("Premium\n/ month (USD)"));
    EXPECT_EQ(model.headerData(AuditModel::PaybackColumn, Qt::Horizontal, Qt::DisplayRole).toString(), S("Payback"));
    // Largest premium first: w (100), v (30), then the two without one.
    EXPECT_EQ(rowText(model, 0), (QStringList{S("w"), S("H200, Trainium2"), S("8.00"), S("c_tpu\n(TPU)"), S("7.00"), S("100.00"),
                                              S("20,025.00"), S("201 months"), S("0.00")}));
    EXPECT_EQ(rowText(model, 1), (QStringList{S("v"), S("H200"), S("9.00"), S("b_trn\n(Trainium2)"), S("6.00"), S("30.00"), S("0.00"),
                                              S("0 months"), S("0.00")}));
    const int u = rowOf(model, "u");
    const int x = rowOf(model, "x");
    ASSERT_GE(u, 2);
    ASSERT_GE(x, 2);
    EXPECT_EQ(rowText(model, u), (QStringList{S("u"), S("Trainium2"), S("6.00"), S("c_tpu\n(TPU)"), S("7.00"), S("0.00"), S("0.00"),
                                              S("never"), S("0.00")}));
    EXPECT_EQ(rowText(model, x), (QStringList{S("x"), S("H100"), S("3.00"), S("none"), S("—"), S("0.00"), S("0.00"), S("—"), S("—")}));
    EXPECT_EQ(model.index(0, AuditModel::PremiumColumn).data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    EXPECT_EQ(model.index(0, AuditModel::WorkloadColumn).data(Qt::TextAlignmentRole), QVariant());
    EXPECT_EQ(model.index(0, AuditModel::AlternativeColumn).data(Qt::ToolTipRole).toString(), S("c_tpu (TPU)"));
    EXPECT_EQ(model.summary(),
              S("Paying 130.00 a month in silicon premium at 2026-01 in S, on 2 of 4 workloads, over the cheapest offering on other silicon."));
    EXPECT_EQ(model.total(), S("Silicon premium per month: 130.00 USD"));
}

TEST(SiliconAuditModel, FollowsItsScenarioAmongTheResultsOnly)
{
    AuditModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setScenario(S("S"));
    // Without `all`, the primary evaluation serves when it is the scenario…
    ASSERT_TRUE(model.setResults(hp::ResultsCalculator::evaluate(audited(), S("S"), {}, 1)));
    EXPECT_EQ(model.rowCount(), 4);
    // …and results without it change nothing.
    EXPECT_FALSE(model.setResults(hp::ResultsCalculator::evaluate(audited(), S("Broken"), {}, 2)));
    EXPECT_EQ(model.rowCount(), 4);
    // A scenario that cannot be evaluated: no rows, its reason in the summary, no total.
    model.setScenario(S("Broken"));
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.summary(), S("Computing the silicon audit of Broken…"));
    ASSERT_TRUE(model.setResults(hp::ResultsCalculator::evaluate(audited(), S("S"), S("Broken"), 3)));
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.error().isEmpty());
    EXPECT_TRUE(model.summary().startsWith(S("Broken cannot be evaluated: ")));
    EXPECT_TRUE(model.total().isEmpty());
}

TEST(SiliconAuditModel, TheDemoPays410MillionAMonthInSiliconPremium)
{
    // Demo, Status quo at 2026-01 (CLI `audit-silicon`): every workload on H200;
    // premiums 200 M (chat_api), 80 M (agent_runtime), 66 M (training),
    // 64 M (batch_inference) = 410 000 000.00 a month.
    AuditModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setScenario(S("Status quo"));
    ASSERT_TRUE(model.setResults(hp::ResultsCalculator::evaluate(hp::DemoPortfolio::load(), S("Status quo"), {}, 1)));
    ASSERT_EQ(model.rowCount(), 4);
    // chat_api: (2.00 − 1.20) × 250 M units = 200 000 000.00; ⌈31 603 891.20 ÷ 200 000 000⌉ = 1.
    EXPECT_EQ(rowText(model, 0), (QStringList{S("chat_api"), S("H200"), S("2.00"), S("b_inf2_inf\n(Inferentia2)"), S("1.20"),
                                              S("200,000,000.00"), S("31,603,891.20"), S("1 month"), S("240,000,000.00")}));
    EXPECT_EQ(model.index(1, AuditModel::WorkloadColumn).data().toString(), S("agent_runtime"));
    EXPECT_EQ(model.index(2, AuditModel::WorkloadColumn).data().toString(), S("training"));
    // training: ⌈98 503 891.20 ÷ 66 000 000⌉ = ⌈1.49…⌉ = 2.
    EXPECT_EQ(model.index(2, AuditModel::PaybackColumn).data().toString(), S("2 months"));
    EXPECT_EQ(model.index(3, AuditModel::WorkloadColumn).data().toString(), S("batch_inference"));
    EXPECT_EQ(model.summary(), S("Paying 410,000,000.00 a month in silicon premium at 2026-01 in Status quo, on 4 of 4 workloads, "
                                 "over the cheapest offering on other silicon."));
}
