// The streamed reports of evaluate, compare and montecarlo give the very bytes
// the QJsonDocument-built reports gave before (issue 16): golden files written
// by that code (tests/data/json_golden, see its README), and the synthetic
// portfolio's 3.1 MB report by its SHA-256. Every report is also a fixed point
// of QJsonDocument (read back and written again: same bytes), which holds for
// keys added later as long as they are written in QJsonObject's order.
#include "SyntheticPortfolio.h"

#include "analysis/MonteCarloSimulation.h"
#include "engine/ScenarioComparison.h"
#include "engine/ScenarioEngine.h"
#include "json/AnalysisJson.h"
#include "canonical/DemoPortfolio.h"
#include "json/JsonReport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace hp;

namespace {

const QString kStatusQuo = QStringLiteral("Status quo");
const QString kPivot = QStringLiteral("Pivot");

QByteArray golden(const QString &name)
{
    QFile f(QStringLiteral(HEDGEPLAN_TEST_DATA "/json_golden/") + name);
    if (!f.open(QIODevice::ReadOnly))
        ADD_FAILURE() << "missing golden file " << name.toStdString();
    return f.readAll();
}

/// "Hedge 60/40" → "hedge-60-40".
QString fileStem(const QString &scenario) { return scenario.toLower().replace(u' ', u'-').replace(u'/', u'-'); }

void expectFixedPointOfQJsonDocument(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    EXPECT_TRUE(doc.toJson(QJsonDocument::Indented) == json) << "keys out of QJsonObject's order, or a value written differently";
}

QByteArray evaluationJson(const ScenarioEngine &engine, const QString &scenario)
{
    const EngineResult r = engine.evaluate(scenario);
    return JsonWriter::toJson([&](JsonWriter &w) { JsonReport::writeEvaluation(w, r); });
}

QByteArray comparisonJson(const ScenarioEngine &engine, const QString &a, const QString &b)
{
    const ScenarioComparison c = ScenarioComparison::compare(engine.evaluate(a), engine.evaluate(b));
    return JsonWriter::toJson([&](JsonWriter &w) { AnalysisJson::writeComparison(w, c); });
}

QByteArray monteCarloJson(const Project &project, const MonteCarloRequest &request)
{
    const auto r = MonteCarloSimulation::run(project, request);
    return JsonWriter::toJson([&](JsonWriter &w) { AnalysisJson::writeMonteCarlo(w, *r); });
}

} // namespace

TEST(JsonReportGolden, EvaluateOfEveryDemoScenarioGivesTheBytesOfBefore)
{
    const Project demo = DemoPortfolio::load();
    const ScenarioEngine engine(demo);
    ASSERT_EQ(demo.scenarios.size(), 5u);
    for (const Scenario &s : demo.scenarios) {
        SCOPED_TRACE(s.name.toStdString());
        const QByteArray json = evaluationJson(engine, s.name);
        EXPECT_TRUE(json == golden(QStringLiteral("evaluate-%1.json").arg(fileStem(s.name))));
        expectFixedPointOfQJsonDocument(json);
    }
}

TEST(JsonReportGolden, CompareGivesTheBytesOfBefore)
{
    const Project demo = DemoPortfolio::load();
    const ScenarioEngine engine(demo);
    for (const Scenario &s : demo.scenarios) {
        if (s.name == kStatusQuo)
            continue;
        SCOPED_TRACE(s.name.toStdString());
        const QByteArray json = comparisonJson(engine, kStatusQuo, s.name);
        EXPECT_TRUE(json == golden(QStringLiteral("compare-status-quo-%1.json").arg(fileStem(s.name))));
        expectFixedPointOfQJsonDocument(json);
    }
    const QByteArray reversed = comparisonJson(engine, kPivot, kStatusQuo); // break_even null
    EXPECT_TRUE(reversed == golden(QStringLiteral("compare-pivot-status-quo.json")));
}

TEST(JsonReportGolden, MonteCarloGivesTheBytesOfBefore)
{
    const Project demo = DemoPortfolio::load();
    const QByteArray pivot = monteCarloJson(demo, {kPivot, QString(), 2000, 1, 2});
    EXPECT_TRUE(pivot == golden(QStringLiteral("montecarlo-pivot.json")));
    expectFixedPointOfQJsonDocument(pivot);
    const QByteArray against = monteCarloJson(demo, {kPivot, kStatusQuo, 1000, 7, 2});
    EXPECT_TRUE(against == golden(QStringLiteral("montecarlo-pivot-against-status-quo.json")));
    expectFixedPointOfQJsonDocument(against);
}

TEST(JsonReportGolden, SyntheticPortfolioEvaluateGivesTheBytesOfBefore)
{
    const Project project = bench::syntheticPortfolio();
    const QByteArray json = evaluationJson(ScenarioEngine(project), QStringLiteral("Synthetic"));
    // "<bytes> <sha256>" of the report the QJsonDocument code wrote.
    const QList<QByteArray> expected = golden(QStringLiteral("evaluate-synthetic.sha256")).trimmed().split(' ');
    ASSERT_EQ(expected.size(), 2);
    EXPECT_EQ(QByteArray::number(json.size()), expected[0]);
    EXPECT_EQ(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex(), expected[1]);
    expectFixedPointOfQJsonDocument(json);
}

TEST(JsonReportGolden, EvaluationObjectReadsBackTheStreamedReport)
{
    const Project demo = DemoPortfolio::load();
    const EngineResult r = ScenarioEngine(demo).evaluate(kPivot);
    const QByteArray streamed = JsonWriter::toJson([&](JsonWriter &w) { JsonReport::writeEvaluation(w, r); });
    EXPECT_TRUE(QJsonDocument(JsonReport::evaluation(r)).toJson(QJsonDocument::Indented) == streamed);
}
