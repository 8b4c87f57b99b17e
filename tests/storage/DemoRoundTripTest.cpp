// The demo portfolio (docs/rules.md §8) survives save + open: the same Project,
// and every scenario evaluates to the same JSON report (issue 4: "round trip of
// the demo: save, reopen, identical evaluate --json").

#include "StorageTestFiles.h"
#include "engine/ScenarioEngine.h"
#include "canonical/DemoPortfolio.h"
#include "json/JsonReport.h"
#include "storage/ProjectFile.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace hp;
using namespace hp::test;

TEST(DemoRoundTrip, SameProjectAndSameEvaluationOfEveryScenario)
{
    StorageTestFiles files;
    const Project demo = DemoPortfolio::load();
    ASSERT_EQ(demo.scenarios.size(), 5u);
    const QString path = files.save(demo, QStringLiteral("demo.hedgeplan"));
    StorageError error;
    const auto reopened = StorageTestFiles::load(path, &error);
    ASSERT_TRUE(reopened) << error.message.toStdString();
    EXPECT_TRUE(sameProject(*reopened, demo));

    const ScenarioEngine before(demo), after(*reopened);
    for (const Scenario &s : demo.scenarios) {
        SCOPED_TRACE(s.name.toStdString());
        const EngineResult a = before.evaluate(s.name), b = after.evaluate(s.name);
        EXPECT_EQ(QJsonDocument(JsonReport::evaluation(a)).toJson(), QJsonDocument(JsonReport::evaluation(b)).toJson());
        // Unrounded too: the JSON shows cents.
        EXPECT_EQ(a.totals.total, b.totals.total);
        EXPECT_EQ(a.totals.npv, b.totals.npv);
        EXPECT_EQ(a.monthly.total, b.monthly.total);
        EXPECT_FALSE(a.months.empty());
    }
}
