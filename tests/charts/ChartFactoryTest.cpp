// ChartData → QChart: decimation, the waterfall's floating bars, axes; pictures for the exporters.
#include "charts/ChartFactory.h"
#include "charts/QtChartPictureRenderer.h"
#include "report/WaterfallLayout.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QImage>
#include <QLineSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QStackedBarSeries>

#include <gtest/gtest.h>

#include <memory>

using namespace hp;

TEST(ChartFactory, LongSeriesAreDecimated)
{
    ChartData c;
    c.kind = ChartKind::UnitCost;
    ChartSeries s{QStringLiteral("long"), QStringLiteral("scenario:A"), SeriesStyle::Line, {}, {}, false, {}};
    for (int i = 0; i < 6000; ++i) {
        c.categories << YearMonth(1800, 1).plusMonths(i).toString();
        s.values.push_back(i % 97);
    }
    c.series.push_back(s);
    const std::unique_ptr<QChart> chart(ChartFactory(ChartStyle()).create(c));
    auto *line = qobject_cast<QLineSeries *>(chart->series().front());
    ASSERT_NE(line, nullptr);
    EXPECT_LE(line->count(), 2000);
    EXPECT_GT(line->count(), 100);
    EXPECT_EQ(line->at(0).x(), 0);
    EXPECT_EQ(line->at(line->count() - 1).x(), 5999); // months since the first
}

TEST(ChartFactory, WaterfallStepsFloatOnTheRunningTotal)
{
    ChartData c;
    c.kind = ChartKind::SwitchingWaterfall;
    c.categoriesAreMonths = false;
    c.categories = {QStringLiteral("m1"), QStringLiteral("m2"), QStringLiteral("Total")};
    // Steps 15 and 20, then the total of 35 from zero, as the builder laid them out.
    c.series.push_back({QStringLiteral("Egress"), QStringLiteral("component:egress"), SeriesStyle::Waterfall, {10, 20, 30}, {}, false, {}});
    c.series.push_back({QStringLiteral("Dual run"), QStringLiteral("component:dual-run"), SeriesStyle::Waterfall, {5, 0, 5}, {}, false, {}});
    c.waterfall = WaterfallLayout::withTotal({Decimal::fromInt(15), Decimal::fromInt(20)});
    const std::unique_ptr<QChart> chart(ChartFactory(ChartStyle()).create(c));
    auto *bars = qobject_cast<QStackedBarSeries *>(chart->series().front());
    ASSERT_NE(bars, nullptr);
    ASSERT_EQ(bars->count(), 3); // invisible base + two layers
    QBarSet *base = bars->barSets().front();
    EXPECT_TRUE(base->property("hpBase").toBool());
    EXPECT_EQ(base->at(0), 0);
    EXPECT_EQ(base->at(1), 15);
    EXPECT_EQ(base->at(2), 0);
    EXPECT_EQ(bars->barSets()[1]->at(1), 20);
    // The value axis reaches the 35 of the last step and of the total: 0 … 40.
    auto *values = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Vertical).front());
    ASSERT_NE(values, nullptr);
    EXPECT_EQ(values->max(), 40);
    EXPECT_EQ(values->categoriesLabels().last(), QStringLiteral("40"));
}

TEST(ChartFactory, WaterfallDrawsTheBarsItIsGivenWithoutGuessingATotal)
{
    // Two steps whose second equals the first: no tolerance may take it for a
    // total. The bars say which one is the total, and here none is.
    ChartData c;
    c.kind = ChartKind::SwitchingWaterfall;
    c.categoriesAreMonths = false;
    c.categories = {QStringLiteral("a"), QStringLiteral("b")};
    c.series.push_back({QStringLiteral("Egress"), QStringLiteral("component:egress"), SeriesStyle::Waterfall, {10, 10}, {}, false, {}});
    c.waterfall = {{0, 10, false}, {10, 10, false}};
    const std::unique_ptr<QChart> chart(ChartFactory(ChartStyle()).create(c));
    auto *bars = qobject_cast<QStackedBarSeries *>(chart->series().front());
    ASSERT_NE(bars, nullptr);
    EXPECT_EQ(bars->barSets().front()->at(1), 10); // floats on the first step
    // Without bars (a chart built by hand), every stack stands on zero.
    c.waterfall.clear();
    const std::unique_ptr<QChart> plain(ChartFactory(ChartStyle()).create(c));
    auto *plainBars = qobject_cast<QStackedBarSeries *>(plain->series().front());
    ASSERT_NE(plainBars, nullptr);
    EXPECT_EQ(plainBars->barSets().front()->at(1), 0);
}

TEST(QtChartPictureRenderer, DrawsPngAndSvgForTheExporters)
{
    ChartData c;
    c.title = QStringLiteral("Picture for a slide");
    c.categories = {QStringLiteral("2026-01"), QStringLiteral("2026-02")};
    c.series.push_back({QStringLiteral("P10–P90"), QStringLiteral("fan:band"), SeriesStyle::Band, {1, 2}, {3, 5}, false, {}});
    const QtChartPictureRenderer renderer;
    const ChartPicture picture = renderer.render(c, QSize(1280, 720));
    EXPECT_EQ(QImage::fromData(picture.png, "PNG").size(), QSize(1280, 720));
    EXPECT_TRUE(picture.svg.contains("Picture for a slide"));
    EXPECT_TRUE(picture.svg.contains("viewBox=\"0 0 1280 720\""));
    EXPECT_TRUE(renderer.render(c, QSize(8, 8)).png.isEmpty());
}

namespace {

/// The silicon audit's shape: three workloads, largest premium first, payback labels.
ChartData premiums(bool sideways)
{
    ChartData c;
    c.kind = ChartKind::CostByComponent; // the kind no longer decides the direction
    c.categoriesAreMonths = false;
    c.horizontalBars = sideways;
    c.categories = {QStringLiteral("Chat"), QStringLiteral("Agent"), QStringLiteral("Batch")};
    c.series.push_back({QStringLiteral("Premium per month"), QStringLiteral("silicon:premium"), SeriesStyle::Bar, {400, 40, 0}, {}, false,
                        {QStringLiteral("pays back in 51 months"), QStringLiteral("pays back at once"), QStringLiteral("no cheaper silicon")}});
    return c;
}

QStringList texts(QChart *chart)
{
    QStringList out;
    for (QGraphicsItem *item : chart->childItems())
        if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            out << text->text();
    return out;
}

} // namespace

TEST(ChartFactory, HorizontalBarsFollowTheDataWithTheFirstCategoryOnTop)
{
    const std::unique_ptr<QChart> chart(ChartFactory(ChartStyle()).create(premiums(true)));
    chart->resize(1200, 700);
    auto *bars = qobject_cast<QHorizontalBarSeries *>(chart->series().front());
    ASSERT_NE(bars, nullptr);
    // A vertical category axis runs bottom-up: Chat (400) goes in the last slot, on top.
    QBarSet *set = bars->barSets().front();
    EXPECT_EQ(set->at(2), 400);
    EXPECT_EQ(set->at(0), 0);
    auto *categories = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).front());
    ASSERT_NE(categories, nullptr);
    EXPECT_EQ(categories->categories().last(), QStringLiteral("Chat"));
    EXPECT_TRUE(ChartFactory::horizontal(premiums(true)));

    const std::unique_ptr<QChart> upright(ChartFactory(ChartStyle()).create(premiums(false)));
    EXPECT_NE(qobject_cast<QBarSeries *>(upright->series().front()), nullptr);
    EXPECT_FALSE(ChartFactory::horizontal(premiums(false)));
    // A line chart never runs sideways, whatever the flag says.
    ChartData lines = premiums(true);
    lines.series[0].style = SeriesStyle::Line;
    EXPECT_FALSE(ChartFactory::horizontal(lines));
}

TEST(ChartFactory, PointLabelsAreWrittenAtTheBarEnds)
{
    const std::unique_ptr<QChart> chart(ChartFactory(ChartStyle()).create(premiums(true)));
    chart->resize(1200, 700);
    const QStringList labels = texts(chart.get());
    EXPECT_TRUE(labels.contains(QStringLiteral("pays back in 51 months")));
    EXPECT_TRUE(labels.contains(QStringLiteral("pays back at once")));
    EXPECT_TRUE(labels.contains(QStringLiteral("no cheaper silicon")));
    // Agent's label starts right of its bar's end (40 on a 0–400+ axis) and inside the plot.
    auto *bars = qobject_cast<QHorizontalBarSeries *>(chart->series().front());
    const QPointF end = chart->mapToPosition(QPointF(40, 1), bars);
    for (QGraphicsItem *item : chart->childItems())
        if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item); text && text->text() == QStringLiteral("pays back at once")) {
            EXPECT_GT(text->pos().x(), end.x());
            EXPECT_LT(std::abs(text->pos().y() + text->boundingRect().height() / 2 - end.y()), 2.0);
            EXPECT_LE(text->pos().x() + text->boundingRect().width(), chart->plotArea().right());
        }
    // Hiding the set (ChartView makes its brush transparent) hides its labels.
    QBarSet *set = bars->barSets().front();
    QBrush brush = set->brush();
    QColor clear = brush.color();
    clear.setAlphaF(0.0);
    brush.setColor(clear);
    set->setBrush(brush);
    for (QGraphicsItem *item : chart->childItems()) {
        if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item); text && text->text() == QStringLiteral("pays back at once")) {
            EXPECT_FALSE(text->isVisible());
        }
    }
    // Without labels, no such text items.
    ChartData plain = premiums(true);
    plain.series[0].pointLabels.clear();
    const std::unique_ptr<QChart> bare(ChartFactory(ChartStyle()).create(plain));
    EXPECT_FALSE(texts(bare.get()).contains(QStringLiteral("pays back at once")));
}
