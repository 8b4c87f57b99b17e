// Charts fitted to a dock-sized panel (issue 17): no line on the plot's
// border, no axis title, legend entry or category label cut to "…", no
// marker label crossed by a curve.
#include "charts/ChartAxisTitles.h"
#include "charts/ChartFactory.h"
#include "charts/ChartFit.h"
#include "canonical/DemoPortfolio.h"
#include "report/ChartCatalog.h"

#include <QAbstractAxis>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <gtest/gtest.h>

#include <cmath>
#include <memory>

using namespace hp;

namespace {

const Project &demoProject()
{
    static const Project p = DemoPortfolio::load();
    return p;
}

ChartData demoChart(ChartKind kind, const QString &scenario, const QString &against = {})
{
    ChartRequest r;
    r.kind = kind;
    r.scenario = scenario;
    r.against = against;
    return ChartCatalog::build(demoProject(), r);
}

/// A chart laid out at `width` × `height` in a scene, as the panel and the exporter do.
struct LaidOut {
    QGraphicsScene scene;
    QChart *chart = nullptr;
    LaidOut(const ChartData &data, int width, int height, double scale)
    {
        chart = ChartFactory(ChartStyle::forProject(demoProject(), scale)).create(data);
        scene.addItem(chart);
        chart->resize(width, height);
        for (int i = 0; i < 3; ++i) {
            chart->layout()->invalidate();
            chart->layout()->activate();
        }
    }
};

double seriesMax(const ChartData &data, bool secondary)
{
    double max = -INFINITY;
    for (const ChartSeries &s : data.series)
        if (s.secondaryAxis == secondary)
            for (const double v : s.values)
                if (std::isfinite(v))
                    max = std::max(max, v);
    return max;
}

} // namespace

TEST(ChartFit, RedundancyOfOneProviderIsNotOnTheBorder)
{
    // Status quo places everything with one provider: HHI 10,000 and a 100 % single-homed share all along.
    const ChartData data = demoChart(ChartKind::Redundancy, QStringLiteral("Status quo"));
    ASSERT_DOUBLE_EQ(seriesMax(data, false), 10000);
    const std::unique_ptr<QChart> chart(ChartFactory(ChartStyle()).create(data));
    int axes = 0;
    for (QAbstractAxis *axis : chart->axes(Qt::Vertical)) {
        auto *values = qobject_cast<QValueAxis *>(axis);
        ASSERT_NE(values, nullptr);
        const double top = seriesMax(data, axis->alignment() == Qt::AlignRight);
        EXPECT_GT(values->max(), top * 1.02) << axis->titleText().toStdString(); // room above the lines
        ++axes;
    }
    EXPECT_EQ(axes, 2);
}

TEST(ChartFit, AxisTitlesAreWholeInADock)
{
    const ChartData data = demoChart(ChartKind::ScenarioComparison, QStringLiteral("Status quo"), QStringLiteral("Pivot"));
    const LaidOut small(data, 510, 250, 0.55);
    EXPECT_EQ(ChartAxisTitles::shownText(small.chart, Qt::AlignLeft), data.valueTitle);
    EXPECT_EQ(ChartAxisTitles::shownText(small.chart, Qt::AlignRight), data.secondaryTitle);
    for (QAbstractAxis *axis : small.chart->axes(Qt::Vertical))
        EXPECT_FALSE(axis->isTitleVisible()); // not also rotated along the axis
}

TEST(ChartFit, LegendEntriesAreWholeOrInAColumn)
{
    const ChartData data = demoChart(ChartKind::UnitCost, QStringLiteral("Status quo"));
    ASSERT_GE(data.series.size(), 3u);
    const LaidOut wide(data, 1920, 1080, 1.0);
    EXPECT_EQ(wide.chart->legend()->alignment(), Qt::AlignBottom);
    const LaidOut dock(data, 510, 250, 0.55);
    QLegend *legend = dock.chart->legend();
    const double room = dock.chart->size().width() - dock.chart->margins().left() - dock.chart->margins().right();
    if (legend->alignment() == Qt::AlignBottom)
        EXPECT_LE(ChartFit::legendRowWidth(dock.chart, legend->font()), room);
    else
        EXPECT_EQ(legend->alignment(), Qt::AlignRight);
    EXPECT_GT(ChartFit::legendRowWidth(dock.chart, ChartStyle(QStringList(), 0.55).legendFont()) * ChartFit::kLegendShrink, room);
    EXPECT_EQ(legend->alignment(), Qt::AlignRight); // these four entries do not fit one row of a dock
}

TEST(ChartFit, CommitmentYearsAreLabelledNotElided)
{
    const ChartData data = demoChart(ChartKind::CommitmentBurnDown, QStringLiteral("Status quo"));
    ASSERT_GE(data.categories.size(), 8);
    const LaidOut dock(data, 510, 250, 0.55);
    int checked = 0;
    for (QAbstractAxis *axis : dock.chart->axes(Qt::Vertical))
        if (axis->type() == QAbstractAxis::AxisTypeBarCategory) {
            EXPECT_FALSE(axis->labelsTruncated());
            const double pitch = dock.chart->plotArea().height() / double(data.categories.size());
            EXPECT_LE(axis->labelsFont().pixelSize(), std::max(7.0, pitch));
            ++checked;
        }
    EXPECT_EQ(checked, 1);
}

TEST(ChartFit, MarkerLabelsStandAboveTheData)
{
    const ChartData data = demoChart(ChartKind::RevenueShare, QStringLiteral("Status quo"));
    ASSERT_FALSE(data.markers.empty());
    for (const auto &[width, height, scale] : {std::tuple{510, 250, 0.55}, std::tuple{1920, 1080, 1.0}}) {
        const LaidOut laid(data, width, height, scale);
        double labelsBottom = -INFINITY;
        int labels = 0;
        for (QGraphicsItem *child : laid.chart->childItems())
            if (child->zValue() == 100 && child->isVisible()) { // ChartMarkerLabel's items
                labelsBottom = std::max(labelsBottom, child->mapRectToParent(child->boundingRect()).bottom());
                ++labels;
            }
        EXPECT_EQ(labels, int(data.markers.size()));
        for (QAbstractSeries *s : laid.chart->series()) {
            auto *line = qobject_cast<QLineSeries *>(s);
            if (!line || line->property("hpMarker").toBool())
                continue;
            for (const QPointF &p : line->points())
                ASSERT_GT(laid.chart->mapToPosition(p, line).y(), labelsBottom) << s->name().toStdString() << " at " << width;
        }
    }
}
