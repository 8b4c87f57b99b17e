#include "charts/ChartAxisTitles.h"

#include <QAbstractAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>

#include <algorithm>

namespace hp {

namespace {
constexpr const char *kAxisTitle = "hpAxisTitle";
}

int ChartAxisTitles::attach(QChart *chart, const ChartStyle &style)
{
    int moved = 0;
    for (QAbstractAxis *axis : chart->axes(Qt::Vertical)) {
        const QString text = axis->titleText();
        if (text.isEmpty())
            continue;
        axis->setTitleVisible(false);
        const bool right = axis->alignment() == Qt::AlignRight;
        auto *item = new QGraphicsSimpleTextItem(chart);
        item->setFont(style.axisTitleFont());
        item->setBrush(style.mutedTextColour());
        item->setData(0, QString::fromLatin1(kAxisTitle));
        item->setData(1, right ? int(Qt::AlignRight) : int(Qt::AlignLeft));
        const qreal inset = style.margin() / 2.0;
        const qreal gap = 4 * style.scale();
        const auto place = [chart, item, text, right, inset, gap] {
            const QRectF area = chart->plotArea();
            const qreal room = chart->size().width() / 2 - inset;
            const QString shown = QFontMetricsF(item->font()).elidedText(text, Qt::ElideRight, room);
            item->setText(shown);
            item->setToolTip(shown == text ? QString() : text);
            const qreal x = right ? chart->size().width() - inset - item->boundingRect().width() : inset;
            item->setPos(x, area.top() - item->boundingRect().height() - gap);
        };
        QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
        place();
        ++moved;
    }
    return moved;
}

QString ChartAxisTitles::shownText(const QChart *chart, Qt::Alignment side)
{
    for (QGraphicsItem *child : chart->childItems())
        if (child->data(0).toString() == QLatin1String(kAxisTitle) && child->data(1).toInt() == int(side))
            return static_cast<QGraphicsSimpleTextItem *>(child)->text();
    return {};
}

} // namespace hp
