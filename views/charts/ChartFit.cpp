#include "charts/ChartFit.h"

#include "charts/ChartFactory.h"

#include <QAbstractAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace hp {

namespace {

constexpr const char *kTickMax = "hpTickMax";

/// Bottom row or right column, font size: from the chart's width alone, so a relayout never flips it back.
void fitLegend(QChart *chart, const QFont &base)
{
    QLegend *legend = chart->legend();
    const QMargins m = chart->margins();
    const double room = chart->size().width() - m.left() - m.right();
    QFont small = base;
    small.setPixelSize(std::max(8, int(std::floor(base.pixelSize() * ChartFit::kLegendShrink))));
    Qt::Alignment side = Qt::AlignBottom;
    QFont font = base;
    if (ChartFit::legendRowWidth(chart, base) > room) {
        font = small;
        if (ChartFit::legendRowWidth(chart, small) > room)
            side = Qt::AlignRight;
    }
    if (legend->alignment() != side)
        legend->setAlignment(side);
    if (legend->font() != font)
        legend->setFont(font);
}

/// Sideways bars: the category labels' line height fits one category.
void fitCategoryLabels(QChart *chart, qsizetype n, const QFont &base)
{
    if (n == 0)
        return;
    const double pitch = chart->plotArea().height() / double(n);
    for (QAbstractAxis *axis : chart->axes(Qt::Vertical)) {
        if (axis->type() != QAbstractAxis::AxisTypeBarCategory)
            continue;
        QFont font = base;
        font.setPixelSize(std::clamp(int(std::floor(pitch / 1.25)), 7, base.pixelSize()));
        axis->setTruncateLabels(false);
        if (axis->labelsFont() != font)
            axis->setLabelsFont(font);
    }
}

/// Room above the data for `rows` marker labels (ChartMarkerLabel stacks them from the top of the plot).
void markerHeadroom(QChart *chart, int rows, const ChartStyle &style)
{
    const double plot = chart->plotArea().height();
    if (rows == 0 || plot <= 0)
        return;
    QFont font = style.legendFont();
    font.setBold(true);
    const double need = rows * QFontMetricsF(font).height() * 1.1 + 12 * style.scale();
    const double f = std::min(0.5, need / plot);
    double primaryMax = 0;
    for (QAbstractAxis *axis : chart->axes(Qt::Vertical)) {
        auto *values = qobject_cast<QValueAxis *>(axis);
        if (!values)
            continue;
        if (!values->property(kTickMax).isValid())
            values->setProperty(kTickMax, values->max());
        const double top = values->property(kTickMax).toDouble();
        const double max = top + (top - values->min()) * f / (1 - f);
        values->setMax(max);
        if (axis->alignment() == Qt::AlignLeft)
            primaryMax = max;
    }
    for (QAbstractSeries *s : chart->series()) // the marker lines reach up to their labels
        if (auto *line = qobject_cast<QLineSeries *>(s); line && line->property("hpMarker").toBool() && line->count() == 2)
            line->replace(1, QPointF(line->at(1).x(), primaryMax));
}

} // namespace

double ChartFit::legendRowWidth(const QChart *chart, const QFont &font)
{
    const QFontMetricsF metrics(font);
    double width = 0;
    for (QLegendMarker *marker : chart->legend()->markers())
        if (marker->isVisible())
            width += metrics.horizontalAdvance(marker->label()) + metrics.height() * 2;
    return width;
}

void ChartFit::attach(QChart *chart, const ChartData &data, const ChartStyle &style)
{
    const QFont legendFont = style.legendFont();
    const QFont labelFont = style.axisLabelFont();
    const bool sideways = ChartFactory::horizontal(data);
    const int rows = ChartFactory::usesBars(data) ? 0 : int(data.markers.size());
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart, [chart, legendFont] { fitLegend(chart, legendFont); });
    const qsizetype categories = data.categories.size();
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [chart, categories, labelFont, sideways, rows, style] {
        if (sideways)
            fitCategoryLabels(chart, categories, labelFont);
        markerHeadroom(chart, rows, style);
    });
}

} // namespace hp
