#include "FieldDelegate.h"

#include "CellMessage.h"
#include "document/FieldType.h"

#include <QAbstractItemView>
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

FieldDelegate::FieldDelegate(QAbstractItemView *view)
    : QStyledItemDelegate(view), m_message(new CellMessage(view))
{
}

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
    // No QValidator: every keystroke stays as typed; the model judges the value on commit.
    auto *edit = qobject_cast<QLineEdit *>(QStyledItemDelegate::createEditor(parent, option, index));
    if (!edit)
        edit = new QLineEdit(parent);
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
    QString typed;
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        typed = combo->currentText();
    else if (auto *edit = qobject_cast<QLineEdit *>(editor))
        typed = edit->text();
    else
        return QStyledItemDelegate::setModelData(editor, model, index);
    m_message->dismiss();
    if (model->setData(index, typed, Qt::EditRole))
        return;
    // Refused: nothing changed (no undo step); say why where the user looks.
    QString why = index.data(DocumentRoles::Refusal).toString();
    if (why.isEmpty())
        why = tr("“%1” was refused").arg(typed);
    if (!why.endsWith(u'.') && !why.endsWith(u'?') && !why.endsWith(u')'))
        why += u'.'; // one sentence per line, also when the status bar joins them
    const QString kept = index.data(Qt::DisplayRole).toString();
    m_message->showAt(index, kept.isEmpty() ? tr("%1\nThe cell stays empty.").arg(why) : tr("%1\nThe cell keeps %2.").arg(why, kept));
}

void FieldDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(DocumentRoles::Problem).toString().isEmpty() || !index.data(DocumentRoles::Refusal).toString().isEmpty())
        option->backgroundBrush = QColor(0xB0, 0x00, 0x20, 40);
}

} // namespace hp
