#pragma once

#include <QStyledItemDelegate>

namespace hp {

/// The editors' delegate: picks the editor from the cell's
/// DocumentRoles::FieldType — a combo box for choices (classes, providers,
/// kinds), a line edit that validates as you type for money, percentages,
/// months and numbers — and marks cells with a problem in red.
class FieldDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace hp
