#pragma once

#include <QLabel>
#include <QPersistentModelIndex>

class QAbstractItemView;

namespace hp {

/// A refused edit shown at its cell (docs/rules.md §7 rev 2): a red bubble on
/// the view's viewport just below the cell (above it at the bottom edge)
/// that says what was typed, why it was refused and the value the cell
/// keeps. It follows the cell as the view scrolls, and stays until the next
/// commit in the view, a click on it, or the cell's row goes away.
class CellMessage : public QLabel {
    Q_OBJECT

public:
    explicit CellMessage(QAbstractItemView *view);

    void showAt(const QModelIndex &index, const QString &text);
    /// The cell the message is about (invalid while hidden).
    const QPersistentModelIndex &index() const { return m_index; }
    void dismiss();

Q_SIGNALS:
    /// A message was shown (for the status bar as well).
    void shown(const QString &text);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();

    QAbstractItemView *m_view;
    QPersistentModelIndex m_index;
};

} // namespace hp
