#include "charts/ChartView.h"

#include "charts/ChartFactory.h"
#include "report/AxisLabelFormat.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QCursor>
#include <QKeyEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QMenu>
#include <QToolTip>
#include <QXYSeries>
#include <QAreaSeries>

#include <cmath>

namespace hp {

namespace {
constexpr const char *kSeries = ChartFactory::kSeriesProperty;
}

ChartView::ChartView(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
}

void ChartView::setChartData(const ChartData &chartData, const ChartStyle &style)
{
    QChart *old = chart();
    setChart(ChartFactory(style).create(chartData, &m_drawn));
    delete old;
    setRubberBand(zoomable() ? QChartView::HorizontalRubberBand : QChartView::NoRubberBand);
    connectSeries();
}

bool ChartView::zoomable() const
{
    return ChartFactory::hasMonthAxis(m_drawn);
}

void ChartView::connectSeries()
{
    for (QAbstractSeries *s : chart()->series()) {
        const int index = s->property(kSeries).isValid() ? s->property(kSeries).toInt() : -1;
        const auto hover = [this, index](const QPointF &p, bool on) { showTooltip(index, categoryAt(p.x()), on); };
        if (auto *xy = qobject_cast<QXYSeries *>(s); xy && index >= 0)
            connect(xy, &QXYSeries::hovered, this, hover);
        if (auto *area = qobject_cast<QAreaSeries *>(s); area && index >= 0)
            connect(area, &QAreaSeries::hovered, this, hover);
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s))
            connect(bars, &QAbstractBarSeries::hovered, this, [this](bool on, int i, QBarSet *set) {
                if (set->property(kSeries).isValid())
                    showTooltip(set->property(kSeries).toInt(), ChartFactory::horizontal(m_drawn) ? int(m_drawn.categories.size()) - 1 - i : i, on);
            });
    }
    for (QLegendMarker *marker : chart()->legend()->markers()) {
        connect(marker, &QLegendMarker::clicked, this, [this, marker] {
            const QVariant index = marker->type() == QLegendMarker::LegendMarkerTypeBar
                                       ? static_cast<QBarLegendMarker *>(marker)->barset()->property(kSeries)
                                       : marker->series()->property(kSeries);
            if (index.isValid())
                toggleSeries(index.toInt());
        });
    }
}

int ChartView::categoryAt(double x) const
{
    int best = 0;
    double distance = INFINITY;
    for (int i = 0; i < m_drawn.categories.size(); ++i) {
        const double d = std::fabs(ChartFactory::xOf(m_drawn, i) - x);
        if (d < distance) {
            distance = d;
            best = i;
        }
    }
    return best;
}

QString ChartView::tooltipText(int series, int category) const
{
    if (series < 0 || series >= static_cast<int>(m_drawn.series.size()) || category < 0 || category >= m_drawn.categories.size())
        return {};
    const ChartSeries &s = m_drawn.series[static_cast<std::size_t>(series)];
    const std::size_t i = static_cast<std::size_t>(category);
    const ValueUnit unit = s.secondaryAxis ? m_drawn.secondaryUnit : m_drawn.unit;
    const auto text = [&](const std::vector<double> &v) {
        return AxisLabelFormat::full(i < v.size() ? v[i] : NAN, unit, m_drawn.currency);
    };
    QString value = text(s.values);
    if (s.style == SeriesStyle::Band)
        value += QStringLiteral(" – ") + text(s.upper);
    return QStringLiteral("%1\n%2: %3").arg(m_drawn.categories[category], s.name, value);
}

void ChartView::showTooltip(int series, int category, bool show)
{
    if (show)
        QToolTip::showText(QCursor::pos(), tooltipText(series, category), this);
    else
        QToolTip::hideText();
}

void ChartView::toggleSeries(int series)
{
    const auto apply = [&](QLegendMarker *marker, bool visible) {
        QBrush label = marker->labelBrush();
        QColor colour = label.color();
        colour.setAlphaF(visible ? 1.0 : 0.35);
        label.setColor(colour);
        marker->setLabelBrush(label);
    };
    for (QAbstractSeries *s : chart()->series()) {
        if (s->property(kSeries).isValid() && s->property(kSeries).toInt() == series) {
            s->setVisible(!s->isVisible());
            for (QLegendMarker *m : chart()->legend()->markers(s)) {
                m->setVisible(true);
                apply(m, s->isVisible());
            }
        }
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            for (QBarSet *set : bars->barSets()) {
                if (!set->property(kSeries).isValid() || set->property(kSeries).toInt() != series)
                    continue;
                const bool hidden = !set->property("hpHidden").toBool();
                set->setProperty("hpHidden", hidden);
                QColor fill = set->brush().color();
                fill.setAlphaF(hidden ? 0.0 : 1.0);
                QBrush brush = set->brush();
                brush.setColor(fill);
                set->setBrush(brush);
                for (QLegendMarker *m : chart()->legend()->markers(bars))
                    if (static_cast<QBarLegendMarker *>(m)->barset() == set)
                        apply(m, !hidden);
            }
        }
    }
}

bool ChartView::isSeriesVisible(int series) const
{
    for (QAbstractSeries *s : chart()->series()) {
        if (s->property(kSeries).isValid() && s->property(kSeries).toInt() == series)
            return s->isVisible();
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s))
            for (QBarSet *set : bars->barSets())
                if (set->property(kSeries).isValid() && set->property(kSeries).toInt() == series)
                    return !set->property("hpHidden").toBool();
    }
    return false;
}

void ChartView::copyToClipboard()
{
    QApplication::clipboard()->setImage(grab().toImage());
}

void ChartView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copyToClipboard();
        return;
    }
    if (zoomable()) {
        const qreal step = chart()->plotArea().width() / 10;
        switch (event->key()) {
        case Qt::Key_Left:
            chart()->scroll(-step, 0);
            return;
        case Qt::Key_Right:
            chart()->scroll(step, 0);
            return;
        case Qt::Key_Escape:
            chart()->zoomReset();
            return;
        default:
            break;
        }
    }
    QChartView::keyPressEvent(event);
}

void ChartView::wheelEvent(QWheelEvent *event)
{
    if (!zoomable())
        return QChartView::wheelEvent(event);
    const QRectF area = chart()->plotArea();
    const qreal factor = event->angleDelta().y() > 0 ? 0.8 : 1.25;
    const qreal x = std::clamp(event->position().x(), area.left(), area.right());
    QRectF zoomed = area;
    zoomed.setLeft(x - (x - area.left()) * factor);
    zoomed.setRight(x + (area.right() - x) * factor);
    chart()->zoomIn(zoomed);
    event->accept();
}

void ChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (zoomable())
        chart()->zoomReset();
    QChartView::mouseDoubleClickEvent(event);
}

void ChartView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Copy chart"), this, &ChartView::copyToClipboard);
    if (zoomable())
        menu.addAction(tr("Reset zoom"), this, [this] { chart()->zoomReset(); });
    menu.exec(event->globalPos());
}

} // namespace hp
