#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace hp {

class CellMessage;

/// The editors' delegate: picks the editor from the cell's
/// DocumentRoles::FieldType — a combo box for choices (classes, providers,
/// kinds), a plain line edit for money, percentages, months and numbers that
/// takes every keystroke — and hands the value to the model on commit. A
/// value the model refuses changes nothing: the cell keeps its value and the
/// reason (DocumentRoles::Refusal) shows at the cell in a CellMessage. Cells
/// with a problem or a refused edit are marked in red.
class FieldDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit FieldDelegate(QAbstractItemView *view);

    /// The message at the view's cells (also for the status bar: CellMessage::shown).
    CellMessage *cellMessage() const { return m_message; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    CellMessage *m_message;
};

} // namespace hp
