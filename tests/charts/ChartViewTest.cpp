// The chart widget: exact values in tooltips, legend toggling, zoom, copy.
#include "charts/ChartView.h"

#include <QApplication>
#include <QBarSet>
#include <QClipboard>
#include <QImage>
#include <QKeyEvent>
#include <QWheelEvent>
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
    c.series.push_back({QStringLiteral("Spend"), QStringLiteral("component:spend"), SeriesStyle::StackedArea, {1234567.5, 2e6, 3e6}, {}, false, {}});
    c.series.push_back({QStringLiteral("Shortfall"), QStringLiteral("component:shortfall"), SeriesStyle::StackedArea, {0, 0, 250000}, {}, false, {}});
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
    Q_EMIT shortfall->clicked();
    EXPECT_FALSE(view.isSeriesVisible(1));
    EXPECT_TRUE(shortfall->isVisible()); // the entry stays, dimmed, to click again
    Q_EMIT shortfall->clicked();
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

TEST(ChartView, WheelZoomsAndArrowsPanTheMonthAxisEscapeResets)
{
    ChartData c = threeMonths();
    for (int i = 4; i <= 12; ++i)
        c.categories << QStringLiteral("2026-%1").arg(i, 2, 10, QLatin1Char('0'));
    for (ChartSeries &s : c.series)
        s.values.resize(12, 1000.0);
    ChartView view;
    view.resize(800, 500);
    view.setChartData(c, ChartStyle(QStringList(), 0.5));
    view.show();
    QApplication::processEvents();
    auto *x = qobject_cast<QValueAxis *>(view.chart()->axes(Qt::Horizontal).front());
    ASSERT_NE(x, nullptr);
    EXPECT_DOUBLE_EQ(x->min(), 0);
    EXPECT_DOUBLE_EQ(x->max(), 11);
    const QPointF centre = view.chart()->plotArea().center();
    QWheelEvent wheel(centre, view.mapToGlobal(centre.toPoint()), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(view.viewport(), &wheel);
    EXPECT_LT(x->max() - x->min(), 11); // zoomed in around the pointer
    const double zoomedMin = x->min();
    QKeyEvent right(QEvent::KeyPress, Qt::Key_Right, Qt::NoModifier);
    QApplication::sendEvent(&view, &right);
    EXPECT_GT(x->min(), zoomedMin); // panned later in time
    QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
    QApplication::sendEvent(&view, &escape);
    EXPECT_DOUBLE_EQ(x->min(), 0);
    EXPECT_DOUBLE_EQ(x->max(), 11);

    QApplication::clipboard()->clear();
    QKeyEvent copy(QEvent::KeyPress, Qt::Key_C, Qt::ControlModifier);
    QApplication::sendEvent(&view, &copy);
    EXPECT_FALSE(QApplication::clipboard()->image().isNull());
}
