// ImportSession: the wizard's state without widgets (kinds, preview marks, cancellable plan).
#include "import/ImportSession.h"

#include <gtest/gtest.h>

using namespace hp;

namespace {

const QByteArray kRegister = "contract_id;vendor;counterparty_type;start_date;end_date;commitment_total;currency;workload_class\n"
                             "A;Cloud A;cloud;2026-01-01;2026-12-31;1000;USD;training\n"
                             "B;Cloud A;cloud;2026-02-30;2026-12-31;1000;usd;training\n"
                             "C;Cloud A;cloud;2026-01-01;2026-12-31;1000;USD;other;extra\n";

} // namespace

TEST(ImportSession, KindsAndDialectsAreGuessedPerFile)
{
    const Project project;
    ImportSession session(project);
    session.addFile(QStringLiteral("register.csv"), kRegister);
    session.addFile(QStringLiteral("billing.csv"), "BilledCost,EffectiveCost,BillingCurrency,ChargePeriodStart,ProviderName\n1,1,USD,2026-01-01,X\n");
    session.addFile(QStringLiteral("prices.json"), "{}");
    ASSERT_EQ(session.sources().size(), 3u);
    EXPECT_EQ(session.sources()[0].kind, ImportKind::Register);
    EXPECT_EQ(session.sources()[0].dialect.csv.delimiter, u';');
    EXPECT_EQ(session.sources()[1].kind, ImportKind::Focus);
    EXPECT_EQ(session.sources()[2].kind, ImportKind::Prices);
    EXPECT_EQ(session.mappingOf(session.sources()[0]).columnIndex(QStringLiteral("vendor"), session.sources()[0].headers()), 1);
}

TEST(ImportSession, PreviewMarksEveryFailingCellWithItsReason)
{
    const Project project;
    ImportSession session(project);
    session.addFile(QStringLiteral("register.csv"), kRegister);
    const ImportPreview p = session.preview(0, 10);
    EXPECT_EQ(p.headers.size(), 8);
    ASSERT_EQ(p.rows.size(), 2u); // the ragged line 4 is not a row of the table…
    EXPECT_TRUE(p.rows[0].errors.empty());
    EXPECT_EQ(p.rows[1].line, 3);
    ASSERT_EQ(p.rows[1].errors.size(), 2u);
    EXPECT_TRUE(p.rows[1].errors.at(4).contains(QStringLiteral("impossible date")));
    EXPECT_TRUE(p.rows[1].errors.at(7).contains(QStringLiteral("three capital letters")));
    ASSERT_EQ(p.fileErrors.size(), 1u); // …it is listed below it
    EXPECT_EQ(p.fileErrors[0].line, 4);
    EXPECT_TRUE(p.fileErrors[0].reason.contains(QStringLiteral("ragged row")));
}

TEST(ImportSession, PlanFollowsProgressAndCancels)
{
    const Project project;
    ImportSession session(project);
    session.addFile(QStringLiteral("a.csv"), kRegister);
    session.addFile(QStringLiteral("b.csv"), kRegister);
    std::vector<std::pair<int, int>> calls;
    const auto plan = session.plan([&](int done, int total) {
        calls.emplace_back(done, total);
        return true;
    });
    ASSERT_TRUE(plan.has_value());
    EXPECT_EQ(calls, (std::vector<std::pair<int, int>>{{0, 2}, {1, 2}, {2, 2}}));
    EXPECT_EQ(plan->rejects.size(), 7u); // three per file, and b.csv's A duplicates a.csv's
    EXPECT_FALSE(session.plan([](int done, int) { return done < 1; }).has_value());
    session.settings().mode = ImportMode::ValidRowsOnly;
    EXPECT_TRUE(session.plan()->canApply());
}
