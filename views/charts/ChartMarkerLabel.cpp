#include "charts/ChartMarkerLabel.h"

#include <QAbstractAxis>
#include <QChart>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QValueAxis>

namespace hp {

QGraphicsSimpleTextItem *ChartMarkerLabel::attach(QChart *chart, QLineSeries *line, const QString &text, int row, const ChartStyle &style)
{
    auto *item = new QGraphicsSimpleTextItem(text, chart);
    QFont font = style.legendFont();
    font.setBold(true);
    item->setFont(font);
    item->setBrush(QColor(0x33, 0x33, 0x33));
    item->setZValue(100);
    // A light backing keeps the text readable where it crosses a line.
    const qreal pad = 3 * style.scale();
    auto *backing = new QGraphicsRectItem(item->boundingRect().adjusted(-pad, 0, pad, 0), item);
    backing->setFlag(QGraphicsItem::ItemStacksBehindParent);
    backing->setBrush(QColor(255, 255, 255, 220));
    backing->setPen(Qt::NoPen);
    const qreal gap = 6 * style.scale();
    const qreal down = gap + row * item->boundingRect().height() * 1.1;
    const auto place = [chart, line, item, gap, down] {
        const QRectF area = chart->plotArea();
        const QPointF top = chart->mapToPosition(line->at(1), line);
        const qreal width = item->boundingRect().width();
        const qreal x = top.x() + gap + width <= area.right() ? top.x() + gap : top.x() - gap - width;
        item->setPos(x, area.top() + down);
        item->setVisible(line->isVisible() && top.x() >= area.left() && top.x() <= area.right());
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
    for (QAbstractAxis *axis : line->attachedAxes()) // zoom and pan move the line
        if (auto *values = qobject_cast<QValueAxis *>(axis); values && axis->orientation() == Qt::Horizontal)
            QObject::connect(values, &QValueAxis::rangeChanged, chart, place);
    QObject::connect(line, &QLineSeries::visibleChanged, chart, place);
    place();
    return item;
}

} // namespace hp
