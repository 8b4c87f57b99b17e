#include "charts/ChartFootnote.h"

#include <QChart>
#include <QGraphicsSimpleTextItem>

namespace hp {

namespace {
constexpr const char *kFootnote = "hpFootnote";
}

QGraphicsSimpleTextItem *ChartFootnote::attach(QChart *chart, const QString &text, const ChartStyle &style)
{
    if (text.isEmpty())
        return nullptr;
    auto *item = new QGraphicsSimpleTextItem(text, chart);
    item->setFont(style.footnoteFont());
    item->setBrush(style.mutedTextColour());
    item->setData(0, QString::fromLatin1(kFootnote));
    const qreal height = item->boundingRect().height();
    QMargins margins = chart->margins();
    margins.setBottom(margins.bottom() + static_cast<int>(height));
    chart->setMargins(margins);
    const int inset = style.margin();
    const auto place = [chart, item, inset] {
        item->setPos(inset, chart->size().height() - item->boundingRect().height() - inset / 2.0);
    };
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart, place);
    place();
    return item;
}

QGraphicsSimpleTextItem *ChartFootnote::of(const QChart *chart)
{
    for (QGraphicsItem *child : chart->childItems())
        if (child->data(0).toString() == QLatin1String(kFootnote))
            return static_cast<QGraphicsSimpleTextItem *>(child);
    return nullptr;
}

} // namespace hp
