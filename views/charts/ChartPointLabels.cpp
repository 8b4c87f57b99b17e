#include "charts/ChartPointLabels.h"

#include "charts/ChartFactory.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsSimpleTextItem>

#include <cmath>

namespace hp {

QList<QGraphicsSimpleTextItem *> ChartPointLabels::attach(QChart *chart, QAbstractBarSeries *bars, const ChartData &data, bool sideways,
                                                        const ChartStyle &style)
{
    QList<QGraphicsSimpleTextItem *> created;
    const QList<QBarSet *> sets = bars->barSets();
    const qsizetype n = data.categories.size();
    for (qsizetype j = 0; j < sets.size(); ++j) {
        const int k = sets[j]->property(ChartFactory::kSeriesProperty).toInt();
        if (k < 0 || std::size_t(k) >= data.series.size() || data.series[std::size_t(k)].pointLabels.isEmpty())
            continue;
        const ChartSeries &s = data.series[std::size_t(k)];
        // Where set j's bars sit inside a category's slot (grouped bars share the slot's width).
        const qreal width = bars->barWidth();
        const qreal offset = -width / 2 + width * (qreal(j) + 0.5) / qreal(sets.size());
        for (qsizetype i = 0; i < n && i < s.pointLabels.size(); ++i) {
            if (s.pointLabels[i].isEmpty())
                continue;
            auto *item = new QGraphicsSimpleTextItem(s.pointLabels[i], chart);
            item->setFont(style.legendFont());
            item->setZValue(100);
            created << item;
            const qreal slot = qreal(sideways ? n - 1 - i : i) + offset;
            const qreal value = std::size_t(i) < s.values.size() && std::isfinite(s.values[std::size_t(i)]) ? s.values[std::size_t(i)] : 0.0;
            const qreal gap = 6 * style.scale();
            const QColor outside = style.textColour();
            const auto place = [chart, bars, item, slot, value, gap, sideways, outside] {
                const QRectF area = chart->plotArea();
                const QRectF text = item->boundingRect();
                const QPointF end = chart->mapToPosition(sideways ? QPointF(value, slot) : QPointF(slot, value), bars);
                const QPointF base = chart->mapToPosition(sideways ? QPointF(0, slot) : QPointF(slot, 0), bars);
                const bool negative = sideways ? end.x() < base.x() : end.y() > base.y();
                item->setBrush(outside);
                if (sideways) {
                    qreal x = negative ? end.x() - gap - text.width() : end.x() + gap;
                    if (!negative && x + text.width() > area.right() && end.x() - base.x() > text.width() + 2 * gap) {
                        x = end.x() - gap - text.width(); // inside the bar's end
                        item->setBrush(Qt::white);
                    }
                    item->setPos(x, end.y() - text.height() / 2);
                } else {
                    qreal y = negative ? end.y() + gap : end.y() - gap - text.height();
                    if (!negative && y < area.top() && base.y() - end.y() > text.height() + 2 * gap) {
                        y = end.y() + gap;
                        item->setBrush(Qt::white);
                    }
                    item->setPos(end.x() - text.width() / 2, y);
                }
            };
            QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
            place();
            // A set hidden from the legend (ChartView makes its brush transparent) takes its labels along.
            QBarSet *set = sets[j];
            QObject::connect(set, &QBarSet::brushChanged, chart, [item, set] { item->setVisible(set->brush().color().alpha() > 0); });
        }
    }
    return created;
}

} // namespace hp
