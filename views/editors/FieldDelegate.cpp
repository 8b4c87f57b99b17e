#include "FieldDelegate.h"

#include "FieldInputValidator.h"
#include "document/FieldType.h"

#include <QComboBox>
#include <QLineEdit>

namespace hp {

namespace {
FieldType fieldTypeOf(const QModelIndex &index)
{
    const QVariant v = index.data(DocumentRoles::FieldType);
    return v.isValid() ? FieldType(v.toInt()) : FieldType::Text;
}
} // namespace

QWidget *FieldDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const FieldType type = fieldTypeOf(index);
    if (type == FieldType::ReadOnly)
        return nullptr;
    if (type == FieldType::Choice) {
        auto *combo = new QComboBox(parent);
        combo->addItems(index.data(DocumentRoles::Choices).toStringList());
        return combo;
    }
    auto *edit = qobject_cast<QLineEdit *>(QStyledItemDelegate::createEditor(parent, option, index));
    if (!edit)
        edit = new QLineEdit(parent);
    edit->setValidator(new FieldInputValidator(type, edit));
    if (type == FieldType::Month || type == FieldType::OptionalMonth)
        edit->setPlaceholderText(tr("YYYY-MM"));
    return edit;
}

void FieldDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(combo->findText(index.data(Qt::EditRole).toString()));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void FieldDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentText(), Qt::EditRole);
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        // An unfinished value (Intermediate) is refused by the model, which says why.
        model->setData(index, edit->text(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

void FieldDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(DocumentRoles::Problem).toString().isEmpty())
        option->backgroundBrush = QColor(0xB0, 0x00, 0x20, 40);
}

} // namespace hp
