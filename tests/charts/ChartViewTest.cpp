// The chart widget: exact values in tooltips, legend toggling, zoom, copy.
#include "charts/ChartView.h"

#include <QApplication>
#include <QBarSet>
#include <QClipboard>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <gtest/gtest.h>

using namespace hp;

namespace {

ChartData threeMonths()
{
    ChartData c;
    c.kind = ChartKind::CostByComponent;
    c.title = QStringLiteral("Test");
    c.currency = QStringLiteral("USD");
    c.categories = {QStringLiteral("2026-01"), QStringLiteral("2026-02"), QStringLiteral("2026-03")};
    c.series.push_back({QStringLiteral("Spend"), QStringLiteral("component:spend"), SeriesStyle::StackedArea, {1234567.5, 2e6, 3e6}, {}, false});
    c.series.push_back({QStringLiteral("Shortfall"), QStringLiteral("component:shortfall"), SeriesStyle::StackedArea, {0, 0, 250000}, {}, false});
    return c;
}

} // namespace

TEST(ChartView, TooltipShowsTheExactValueOfTheSeriesNotTheStack)
{
    ChartView view;
    view.setChartData(threeMonths(), ChartStyle());
    EXPECT_EQ(view.tooltipText(0, 0), QStringLiteral("2026-01\nSpend: $1,234,567.50"));
    EXPECT_EQ(view.tooltipText(1, 2), QStringLiteral("2026-03\nShortfall: $250,000.00"));
    EXPECT_EQ(view.categoryAt(1.4), 1);
    EXPECT_EQ(view.categoryAt(7), 2);
    EXPECT_TRUE(view.tooltipText(5, 0).isEmpty());
}

TEST(ChartView, LegendClickHidesAndShowsASeries)
{
    ChartView view;
    view.setChartData(threeMonths(), ChartStyle());
    ASSERT_TRUE(view.isSeriesVisible(1));
    QLegendMarker *shortfall = nullptr;
    for (QLegendMarker *m : view.chart()->legend()->markers())
        if (m->label() == QStringLiteral("Shortfall"))
            shortfall = m;
    ASSERT_NE(shortfall, nullptr);
    emit shortfall->clicked();
    EXPECT_FALSE(view.isSeriesVisible(1));
    EXPECT_TRUE(shortfall->isVisible()); // the entry stays, dimmed, to click again
    emit shortfall->clicked();
    EXPECT_TRUE(view.isSeriesVisible(1));

    ChartData bars = threeMonths();
    for (ChartSeries &s : bars.series)
        s.style = SeriesStyle::StackedBar;
    view.setChartData(bars, ChartStyle());
    EXPECT_TRUE(view.zoomable()); // monthly bars keep the numeric month axis
    EXPECT_EQ(view.tooltipText(1, 2), QStringLiteral("2026-03\nShortfall: $250,000.00"));
    view.toggleSeries(0);
    EXPECT_FALSE(view.isSeriesVisible(0));
    EXPECT_TRUE(view.isSeriesVisible(1));

    bars.categoriesAreMonths = false; // named categories: a bar category axis, no zoom
    view.setChartData(bars, ChartStyle());
    EXPECT_FALSE(view.zoomable());
}

TEST(ChartView, ZoomsTheTimeAxisAndCopiesToTheClipboard)
{
    ChartView view;
    view.resize(800, 500);
    view.setChartData(threeMonths(), ChartStyle(QStringList(), 0.5));
    EXPECT_TRUE(view.zoomable());
    EXPECT_EQ(view.rubberBand(), QChartView::HorizontalRubberBand);
    auto *x = qobject_cast<QValueAxis *>(view.chart()->axes(Qt::Horizontal).front());
    ASSERT_NE(x, nullptr);
    const double before = x->max() - x->min();
    view.chart()->zoom(2.0);
    EXPECT_LT(x->max() - x->min(), before);
    view.chart()->zoomReset();
    EXPECT_DOUBLE_EQ(x->max() - x->min(), before);

    QApplication::clipboard()->clear();
    view.copyToClipboard();
    const QImage copied = QApplication::clipboard()->image();
    EXPECT_EQ(copied.size(), view.size() * view.devicePixelRatio());
}
