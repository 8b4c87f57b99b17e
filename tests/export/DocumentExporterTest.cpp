// DocumentExporter, shared by `hedgeplan-cli export` and the desktop app's
// Export menu: formats, the charts a scenario can draw, CSV tables, errors.
#include "engine/ScenarioEngine.h"
#include "canonical/DemoPortfolio.h"
#include "export/DocumentExporter.h"

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

namespace {

bool hasKind(const std::vector<hp::ChartData> &charts, hp::ChartKind kind)
{
    return std::any_of(charts.begin(), charts.end(), [kind](const hp::ChartData &c) { return c.kind == kind; });
}

} // namespace

TEST(DocumentExporter, ParsesTheThreeFormats)
{
    EXPECT_EQ(hp::DocumentExporter::parseFormat(u"pptx"), hp::DocumentFormat::Pptx);
    EXPECT_EQ(hp::DocumentExporter::parseFormat(u"xlsx"), hp::DocumentFormat::Xlsx);
    EXPECT_EQ(hp::DocumentExporter::parseFormat(u"csv"), hp::DocumentFormat::Csv);
    EXPECT_FALSE(hp::DocumentExporter::parseFormat(u"png"));
    EXPECT_FALSE(hp::DocumentExporter::parseFormat(u""));
}

TEST(DocumentExporter, DrawableChartsLeaveOutWhatCannotBeDrawn)
{
    const hp::Project demo = hp::DemoPortfolio::load();
    ASSERT_TRUE(demo.actuals.empty()); // so the actuals chart cannot be drawn
    hp::ChartRequest request;
    request.scenario = QStringLiteral("Status quo");
    request.trials = 50;
    const std::vector<hp::ChartData> alone = hp::DocumentExporter::drawableCharts(demo, request);
    EXPECT_TRUE(hasKind(alone, hp::ChartKind::CostByComponent));
    // Status quo has no uncertainty ranges: its tornado says so on screen
    // (ChartData::emptyState) and stays out of a deck instead of an empty slide.
    EXPECT_FALSE(hasKind(alone, hp::ChartKind::Tornado));
    EXPECT_FALSE(hasKind(alone, hp::ChartKind::ScenarioComparison)); // no scenario B
    EXPECT_FALSE(hasKind(alone, hp::ChartKind::ActualsVsPlan));
    for (const hp::ChartData &chart : alone)
        EXPECT_FALSE(chart.series.empty()) << chart.title.toStdString();
    request.against = QStringLiteral("Pivot");
    EXPECT_TRUE(hasKind(hp::DocumentExporter::drawableCharts(demo, request), hp::ChartKind::ScenarioComparison));
    request.scenario = QStringLiteral("Pivot"); // six uncertainty ranges
    request.against.clear();
    EXPECT_TRUE(hasKind(hp::DocumentExporter::drawableCharts(demo, request), hp::ChartKind::Tornado));
    request.scenario = QStringLiteral("No such plan");
    EXPECT_TRUE(hp::DocumentExporter::drawableCharts(demo, request).empty());
}

TEST(DocumentExporter, CsvIntoAFolderWritesOneFilePerTable)
{
    QTemporaryDir dir;
    QString error;
    ASSERT_TRUE(hp::DocumentExporter::write(hp::DemoPortfolio::load(), QStringLiteral("Status quo"), hp::DocumentFormat::Csv,
                                            dir.path(), {}, &error))
        << error.toStdString();
    const QStringList files = QDir(dir.path()).entryList({QStringLiteral("*.csv")});
    EXPECT_TRUE(files.contains(QStringLiteral("status-quo-monthly.csv"))) << files.join(u' ').toStdString();
}

TEST(DocumentExporter, UnknownScenarioThrows)
{
    QTemporaryDir dir;
    QString error;
    EXPECT_THROW(hp::DocumentExporter::write(hp::DemoPortfolio::load(), QStringLiteral("Nope"), hp::DocumentFormat::Csv,
                                             dir.filePath(QStringLiteral("x.csv")), {}, &error),
                 hp::EngineError);
}
