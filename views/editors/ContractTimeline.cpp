#include "ContractTimeline.h"

#include "itemmodels/ClausesModel.h"

#include <QPainter>

namespace hp {

namespace {
constexpr int kRowHeight = 22;
constexpr int kLabelWidth = 170;
constexpr int kAxisHeight = 20;
} // namespace

ContractTimeline::ContractTimeline(ClausesModel *model, QWidget *parent)
    : QWidget(parent), m_model(model)
{
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        updateGeometry();
        update();
    });
    connect(model, &QAbstractItemModel::dataChanged, this, [this] { update(); });
    setMinimumHeight(kAxisHeight + kRowHeight);
}

QSize ContractTimeline::sizeHint() const
{
    return {600, kAxisHeight + kRowHeight * std::max(1, m_model->rowCount()) + 6};
}

void ContractTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int rows = m_model->rowCount();
    if (rows == 0) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No clauses: add one with the Add clause button."));
        return;
    }
    YearMonth first = m_model->clauseSpan(0).first;
    YearMonth last = m_model->clauseSpan(0).second;
    for (int r = 1; r < rows; ++r) {
        const auto [s, e] = m_model->clauseSpan(r);
        first = std::min(first, s);
        last = std::max(last, e);
    }
    first = YearMonth(first.year(), 1);
    last = YearMonth(last.year(), 12);
    const int months = std::max(1, last.monthsSince(first) + 1);
    const double plotWidth = std::max(50, width() - kLabelWidth - 10);
    auto x = [&](YearMonth m) { return kLabelWidth + plotWidth * m.monthsSince(first) / months; };

    const QColor text = palette().color(QPalette::WindowText);
    const QColor grid = palette().color(QPalette::Mid);
    p.setPen(grid);
    const int yearStep = std::max(1, (last.year() - first.year() + 1) / 12);
    for (int y = first.year(); y <= last.year() + 1; y += yearStep) {
        const double gx = x(YearMonth(y, 1));
        p.setPen(grid);
        p.drawLine(QPointF(gx, kAxisHeight - 4), QPointF(gx, height()));
        if (y <= last.year()) {
            p.setPen(text);
            p.drawText(QPointF(gx + 3, kAxisHeight - 6), QString::number(y));
        }
    }
    const QColor palette6[] = {QColor(0x1F, 0x77, 0xB4), QColor(0xFF, 0x7F, 0x0E), QColor(0x2C, 0xA0, 0x2C),
                               QColor(0xD6, 0x27, 0x28), QColor(0x94, 0x67, 0xBD), QColor(0x8C, 0x56, 0x4B)};
    for (int r = 0; r < rows; ++r) {
        const auto [s, e] = m_model->clauseSpan(r);
        const double top = kAxisHeight + r * kRowHeight + 3;
        p.setPen(text);
        p.drawText(QRectF(4, top, kLabelWidth - 8, kRowHeight - 6), Qt::AlignVCenter | Qt::AlignLeft,
                   fontMetrics().elidedText(m_model->kindName(r), Qt::ElideRight, kLabelWidth - 8));
        const QRectF bar(x(s), top, std::max(2.0, x(e.plusMonths(1)) - x(s)), kRowHeight - 6);
        QColor fill = palette6[r % 6];
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawRoundedRect(bar, 3, 3);
        p.setPen(Qt::white);
        p.drawText(bar.adjusted(4, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft,
                   fontMetrics().elidedText(QStringLiteral("%1 – %2").arg(s.toString(), e.toString()), Qt::ElideRight, int(bar.width()) - 6));
    }
}

} // namespace hp
