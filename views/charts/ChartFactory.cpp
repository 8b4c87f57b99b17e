#include "charts/ChartFactory.h"

#include "charts/ChartAxisFactory.h"
#include "charts/ChartAxisTitles.h"
#include "charts/ChartFit.h"
#include "charts/ChartFootnote.h"
#include "charts/ChartMarkerLabel.h"
#include "charts/ChartPointLabels.h"
#include "report/ChartDecimation.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace hp {

namespace {

/// Lowest and highest value a set of series reaches on one axis.
struct Extent {
    double low = 0, high = 0;
    void add(double v)
    {
        if (std::isfinite(v)) {
            low = std::min(low, v);
            high = std::max(high, v);
        }
    }
};

double at(const std::vector<double> &v, std::size_t i)
{
    return i < v.size() && std::isfinite(v[i]) ? v[i] : 0.0;
}

bool isBarStyle(SeriesStyle s)
{
    return s == SeriesStyle::Bar || s == SeriesStyle::StackedBar || s == SeriesStyle::Waterfall;
}

QPen pen(const QColor &colour, qreal width, bool dashed)
{
    QPen p(colour, width);
    p.setStyle(dashed ? Qt::DashLine : Qt::SolidLine);
    p.setCapStyle(Qt::FlatCap);
    return p;
}

/// Per category: where the waterfall's floating bar starts, as its builder
/// decided (ChartData::waterfall); without bars every stack starts at zero.
std::vector<double> waterfallBase(const ChartData &data, Extent *extent)
{
    const std::size_t n = static_cast<std::size_t>(data.categories.size());
    std::vector<double> base(n);
    if (data.waterfall.size() != n) {
        for (std::size_t i = 0; i < n; ++i) {
            double height = 0;
            for (const ChartSeries &s : data.series)
                if (s.style == SeriesStyle::Waterfall)
                    height += std::fabs(at(s.values, i));
            extent->add(height);
        }
        return base;
    }
    for (std::size_t i = 0; i < n; ++i) {
        const WaterfallBar &bar = data.waterfall[i];
        base[i] = bar.low();
        extent->add(bar.low());
        extent->add(bar.high());
    }
    return base;
}

} // namespace

double ChartFactory::xOf(const ChartData &data, int i)
{
    if (data.categoriesAreMonths && !data.categories.isEmpty() && i < data.categories.size())
        return ChartAxisFactory::monthsBetween(data.categories.front(), data.categories[i]);
    return i;
}

bool ChartFactory::horizontal(const ChartData &data)
{
    return data.horizontalBars && usesBars(data);
}

bool ChartFactory::hasMonthAxis(const ChartData &data)
{
    return data.categoriesAreMonths && !horizontal(data)
        && std::none_of(data.series.begin(), data.series.end(), [](const ChartSeries &s) { return s.style == SeriesStyle::Waterfall; });
}

bool ChartFactory::usesBars(const ChartData &data)
{
    return data.kind == ChartKind::Tornado
        || std::any_of(data.series.begin(), data.series.end(), [](const ChartSeries &s) { return isBarStyle(s.style); });
}

QChart *ChartFactory::create(const ChartData &input, ChartData *drawn) const
{
    const ChartData data = ChartDecimation::decimate(input);
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setBackgroundBrush(Qt::white);
    if (usesBars(data))
        addBars(chart, data);
    else
        addLines(chart, data);
    addMarkers(chart, data);
    decorate(chart, data);
    ChartFit::attach(chart, data, m_style);
    if (drawn)
        *drawn = data;
    return chart;
}

void ChartFactory::addLines(QChart *chart, const ChartData &data) const
{
    const ChartAxisFactory axes(m_style);
    Extent primary, secondary;
    std::vector<double> stack(static_cast<std::size_t>(data.categories.size()));
    std::vector<QAbstractSeries *> created;
    QLineSeries *previousTop = nullptr;
    for (std::size_t k = 0; k < data.series.size(); ++k) {
        const ChartSeries &s = data.series[k];
        Extent &extent = s.secondaryAxis ? secondary : primary;
        const QColor colour = m_style.colour(s.colourKey);
        QAbstractSeries *series = nullptr;
        if (s.style == SeriesStyle::StackedArea || s.style == SeriesStyle::Band) {
            auto *top = new QLineSeries;
            QLineSeries *bottom = nullptr;
            if (s.style == SeriesStyle::Band)
                bottom = new QLineSeries;
            else if (previousTop)
                bottom = new QLineSeries;
            for (int i = 0; i < data.categories.size(); ++i) {
                const std::size_t u = static_cast<std::size_t>(i);
                const double low = s.style == SeriesStyle::Band ? at(s.values, u) : stack[u];
                const double high = s.style == SeriesStyle::Band ? at(s.upper, u) : stack[u] + at(s.values, u);
                top->append(xOf(data, i), high);
                if (bottom)
                    bottom->append(xOf(data, i), low);
                extent.add(low);
                extent.add(high);
                if (s.style == SeriesStyle::StackedArea)
                    stack[u] = high;
            }
            auto *area = new QAreaSeries(top, bottom);
            QColor fill = colour;
            fill.setAlpha(s.style == SeriesStyle::Band ? 80 : 230);
            area->setBrush(fill);
            area->setPen(Qt::NoPen); // a border would draw zero-height layers as lines on top
            if (s.style == SeriesStyle::StackedArea)
                previousTop = top;
            series = area;
        } else {
            auto *line = new QLineSeries;
            const auto finite = [&s](int i) { return i >= 0 && static_cast<std::size_t>(i) < s.values.size() && std::isfinite(s.values[static_cast<std::size_t>(i)]); };
            // A gap inside the line (the line would bridge it) or a lone value shows the points;
            // values that merely start late or end early (a capacity from its month on) do not.
            bool gaps = false, seen = false, open = false;
            for (int i = 0; i < data.categories.size(); ++i) {
                const std::size_t u = static_cast<std::size_t>(i);
                if (finite(i)) {
                    line->append(xOf(data, i), s.values[u]);
                    extent.add(s.values[u]);
                    gaps = gaps || open || (!finite(i - 1) && !finite(i + 1));
                    seen = true;
                    open = false;
                } else {
                    open = seen;
                }
            }
            line->setPen(pen(colour, m_style.lineWidth(), s.style == SeriesStyle::DashedLine));
            line->setPointsVisible(gaps);
            series = line;
        }
        series->setName(s.name);
        series->setProperty(kSeriesProperty, static_cast<int>(k));
        chart->addSeries(series);
        created.push_back(series);
    }
    QAbstractAxis *x = data.categoriesAreMonths ? static_cast<QAbstractAxis *>(axes.monthAxis(data.categories, data.categoryTitle))
                                                : nullptr;
    if (!x && data.categories.size() > 12) // many named points on a line (commitment sizes): every k-th labelled
        x = axes.sparseCategoryAxis(data.categories, data.categoryTitle);
    if (!x) {
        auto *categories = new QBarCategoryAxis;
        categories->append(data.categories);
        axes.decorate(categories, data.categoryTitle);
        x = categories;
    }
    chart->addAxis(x, Qt::AlignBottom);
    QAbstractAxis *y = axes.valueAxis(primary.low, primary.high, data.unit, data.currency, data.valueTitle);
    chart->addAxis(y, Qt::AlignLeft);
    QAbstractAxis *y2 = nullptr;
    const bool anySecondary = std::any_of(data.series.begin(), data.series.end(), [](const ChartSeries &s) { return s.secondaryAxis; });
    if (anySecondary) {
        y2 = axes.valueAxis(secondary.low, secondary.high, data.secondaryUnit, data.currency, data.secondaryTitle);
        y2->setGridLineVisible(false);
        chart->addAxis(y2, Qt::AlignRight);
    }
    for (std::size_t k = 0; k < created.size(); ++k) {
        created[k]->attachAxis(x);
        created[k]->attachAxis(data.series[k].secondaryAxis && y2 ? y2 : y);
    }
}

void ChartFactory::addBars(QChart *chart, const ChartData &data) const
{
    const ChartAxisFactory axes(m_style);
    const bool sideways = horizontal(data);
    const std::size_t n = static_cast<std::size_t>(data.categories.size());
    // Sideways, the first category goes on top: a vertical category axis runs bottom-up.
    const auto slot = [&](std::size_t i) { return sideways ? n - 1 - i : i; };
    Extent extent;
    QAbstractBarSeries *grouped = sideways ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries) : new QBarSeries;
    QAbstractBarSeries *stacked = sideways ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries) : new QStackedBarSeries;
    std::vector<double> positive(n), negative(n);
    const bool waterfall = std::any_of(data.series.begin(), data.series.end(), [](const ChartSeries &s) { return s.style == SeriesStyle::Waterfall; });
    if (waterfall) {
        auto *base = new QBarSet(QString());
        for (const double b : waterfallBase(data, &extent))
            base->append(b);
        base->setBrush(Qt::NoBrush);
        base->setPen(Qt::NoPen);
        base->setProperty(kBaseProperty, true);
        stacked->append(base);
    }
    std::vector<QLineSeries *> lines;
    for (std::size_t k = 0; k < data.series.size(); ++k) {
        const ChartSeries &s = data.series[k];
        const QColor colour = m_style.colour(s.colourKey);
        auto *set = new QBarSet(s.name);
        set->setProperty(kSeriesProperty, static_cast<int>(k));
        set->setBrush(colour);
        set->setPen(QPen(Qt::white, m_style.lineWidth() * 0.3));
        std::vector<double> values(n);
        for (std::size_t i = 0; i < n; ++i)
            values[slot(i)] = at(s.values, i);
        if (s.style == SeriesStyle::Waterfall) {
            for (double &v : values)
                v = std::fabs(v);
            set->append(QList<qreal>(values.begin(), values.end()));
            stacked->append(set);
            continue;
        }
        set->append(QList<qreal>(values.begin(), values.end()));
        if (s.style == SeriesStyle::StackedBar) {
            for (std::size_t i = 0; i < n; ++i)
                (values[i] >= 0 ? positive[i] : negative[i]) += values[i];
            stacked->append(set);
            continue;
        }
        if (s.style == SeriesStyle::DashedLine) { // projected values: hatched bar with a dashed outline
            set->setBrush(QBrush(colour, Qt::BDiagPattern));
            set->setPen(pen(colour, m_style.lineWidth() * 0.7, true));
        }
        for (const double v : values)
            extent.add(v);
        grouped->append(set);
    }
    for (std::size_t i = 0; i < n; ++i) {
        extent.add(positive[i]);
        extent.add(negative[i]);
    }
    const bool labelled = grouped->count() > 0
        && std::any_of(data.series.begin(), data.series.end(), [](const ChartSeries &s) { return !s.pointLabels.isEmpty(); });
    // Monthly bars keep the month axis (labels every few months); bar i sits at x = i.
    if (hasMonthAxis(data)) {
        QCategoryAxis *months = axes.monthAxis(data.categories, data.categoryTitle);
        months->setRange(-0.5, static_cast<double>(n) - 0.5);
        months->setGridLineVisible(false);
        attachBars(chart, {grouped, stacked}, months, axes.valueAxis(extent.low, extent.high, data.unit, data.currency, data.valueTitle), false);
        if (labelled)
            ChartPointLabels::attach(chart, grouped, data, false, m_style);
        return;
    }
    auto *categories = new QBarCategoryAxis;
    QStringList labels;
    for (std::size_t i = 0; i < n; ++i) // a line break in a name becomes one in the label
    {
        QString label = data.categories[static_cast<qsizetype>(slot(i))].toHtmlEscaped();
        labels << (label.contains(u'\n') ? QStringLiteral("<div align=\"center\">%1</div>").arg(label.replace(u'\n', QStringLiteral("<br>"))) : label);
    }
    categories->append(labels);
    axes.decorate(categories, data.categoryTitle);
    categories->setGridLineVisible(false);
    attachBars(chart, {grouped, stacked}, categories, axes.valueAxis(extent.low, extent.high, data.unit, data.currency, data.valueTitle),
               sideways);
    if (labelled)
        ChartPointLabels::attach(chart, grouped, data, sideways, m_style);
}

void ChartFactory::attachBars(QChart *chart, std::initializer_list<QAbstractBarSeries *> series, QAbstractAxis *categories,
                              QAbstractAxis *values, bool sideways)
{
    chart->addAxis(categories, sideways ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, sideways ? Qt::AlignBottom : Qt::AlignLeft);
    for (QAbstractBarSeries *bars : series) {
        if (bars->count() == 0) {
            delete bars;
            continue;
        }
        bars->setBarWidth(0.8);
        chart->addSeries(bars);
        bars->attachAxis(categories);
        bars->attachAxis(values);
    }
    for (QLegendMarker *marker : chart->legend()->markers())
        if (auto *bar = qobject_cast<QBarLegendMarker *>(marker); bar && bar->barset()->property(kBaseProperty).toBool())
            marker->setVisible(false);
}

void ChartFactory::addMarkers(QChart *chart, const ChartData &data) const
{
    const auto axesY = chart->axes(Qt::Vertical);
    const auto axesX = chart->axes(Qt::Horizontal);
    if (data.markers.empty() || axesY.isEmpty() || axesX.isEmpty() || usesBars(data))
        return;
    auto *y = qobject_cast<QValueAxis *>(axesY.front());
    int row = 0;
    for (const ChartMarker &m : data.markers) {
        auto *line = new QLineSeries;
        const double x = xOf(data, m.category);
        line->append(x, y ? y->min() : 0);
        line->append(x, y ? y->max() : 1);
        line->setName(m.label);
        QPen p = pen(QColor(0x44, 0x44, 0x44), m_style.lineWidth() * 0.6, false);
        p.setStyle(Qt::DashDotLine);
        line->setPen(p);
        line->setProperty("hpMarker", true);
        chart->addSeries(line);
        line->attachAxis(axesX.front());
        line->attachAxis(axesY.front());
        for (QLegendMarker *entry : chart->legend()->markers(line)) // the label sits on the line itself
            entry->setVisible(false);
        ChartMarkerLabel::attach(chart, line, m.label, row++, m_style);
    }
}

void ChartFactory::decorate(QChart *chart, const ChartData &data) const
{
    chart->setTitleFont(m_style.titleFont());
    chart->setTitleBrush(m_style.textColour());
    QString subtitle = data.subtitle;
    if (data.illustrative)
        subtitle = QStringLiteral("Illustrative data · ") + subtitle;
    // Vertical axes' titles go across the top of the plot (ChartAxisTitles): an empty line under the subtitle holds them.
    const auto vertical = chart->axes(Qt::Vertical);
    const bool axisTitles = std::any_of(vertical.begin(), vertical.end(), [](const QAbstractAxis *a) { return !a->titleText().isEmpty(); });
    const QString spacer = axisTitles ? QStringLiteral("<br><span style=\"font-size:%1px\">&nbsp;</span>").arg(m_style.axisTitleFont().pixelSize())
                                      : QString();
    chart->setTitle(QStringLiteral("<p align=\"center\">%1<br><span style=\"font-size:%2px; font-weight:normal; color:%3\">%4</span>%5</p>")
                        .arg(data.title.toHtmlEscaped())
                        .arg(m_style.subtitleFont().pixelSize())
                        .arg(m_style.mutedTextColour().name(), subtitle.toHtmlEscaped(), spacer));
    QLegend *legend = chart->legend();
    legend->setAlignment(Qt::AlignBottom);
    legend->setFont(m_style.legendFont());
    legend->setLabelColor(m_style.textColour());
    legend->setMarkerShape(QLegend::MarkerShapeRectangle);
    for (QLegendMarker *marker : legend->markers()) // lines show as lines, dashed as dashed
        if (marker->type() == QLegendMarker::LegendMarkerTypeXY)
            marker->setShape(QLegend::MarkerShapeFromSeries);
    const int margin = m_style.margin();
    chart->setMargins(QMargins(margin, margin / 2, margin * 2, margin)); // room for the last axis label
    ChartFootnote::attach(chart, data.footnote, m_style);
    ChartAxisTitles::attach(chart, m_style);
}

} // namespace hp
