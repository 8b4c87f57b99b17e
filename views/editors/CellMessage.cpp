#include "CellMessage.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QScrollBar>

namespace hp {

CellMessage::CellMessage(QAbstractItemView *view)
    : QLabel(view->viewport()), m_view(view)
{
    setObjectName(QStringLiteral("cellMessage"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setStyleSheet(QStringLiteral("QLabel { background: #B00020; color: white; border-radius: 4px; padding: 4px 8px; }"));
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Click to dismiss"));
    hide();
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, &CellMessage::place);
    connect(view->horizontalScrollBar(), &QScrollBar::valueChanged, this, &CellMessage::place);
    view->viewport()->installEventFilter(this);
    // Rows that move or go away take the message with them (a persistent index follows them).
    if (QAbstractItemModel *model = view->model()) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &CellMessage::place);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &CellMessage::place);
        connect(model, &QAbstractItemModel::layoutChanged, this, &CellMessage::place);
        connect(model, &QAbstractItemModel::modelReset, this, &CellMessage::place);
    }
}

void CellMessage::showAt(const QModelIndex &index, const QString &text)
{
    m_index = index;
    setText(text);
    setAccessibleName(text);
    place();
    Q_EMIT shown(text);
}

void CellMessage::dismiss()
{
    m_index = QPersistentModelIndex();
    hide();
}

void CellMessage::mousePressEvent(QMouseEvent *)
{
    dismiss();
}

bool CellMessage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest)
        place();
    return QLabel::eventFilter(watched, event);
}

void CellMessage::place()
{
    if (isHidden() && !m_index.isValid())
        return;
    const QRect cell = m_index.isValid() ? m_view->visualRect(m_index) : QRect();
    if (cell.isEmpty()) {
        hide();
        return;
    }
    const QRect area = m_view->viewport()->rect();
    setMaximumWidth(std::max(160, std::min(440, area.width() - 8)));
    adjustSize();
    QPoint at(cell.left(), cell.bottom() + 3);
    if (at.y() + height() > area.bottom() && cell.top() - height() - 3 >= 0)
        at.setY(cell.top() - height() - 3);
    at.setX(std::max(0, std::min(at.x(), area.right() - width())));
    move(at);
    raise();
    show();
}

} // namespace hp
