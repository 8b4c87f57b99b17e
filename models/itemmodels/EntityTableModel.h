#pragma once

#include "itemmodels/DocumentTableModel.h"
#include "document/EntityColumn.h"
#include "document/IdRenamer.h"
#include "document/InsertEntityCommand.h"
#include "document/RemoveEntityCommand.h"
#include "document/ReplaceProjectCommand.h"
#include "document/SetEntityCommand.h"
#include "document/UndoText.h"

#include <QCoreApplication>

#include <vector>

namespace hp {

/// A table of one entity list, one row per entity and one column per
/// EntityColumn. Every accepted edit is one SetEntityCommand on the
/// document's undo stack; a refused one changes nothing and says why.
template <class T>
class EntityTableModel : public DocumentTableModel {
public:
    EntityTableModel(ProjectDocument *document, std::vector<EntityColumn<T>> columns, QObject *parent)
        : DocumentTableModel(document, EntityTraits<T>::kind, parent), m_columns(std::move(columns))
    {
    }

    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_columns.size()); }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < columnCount())
            return m_columns[std::size_t(section)].title;
        return DocumentTableModel::headerData(section, orientation, role);
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const EntityColumn<T> &column = m_columns[std::size_t(index.column())];
        switch (role) {
        case Qt::DisplayRole:
            return column.display ? column.display(entity(index.row())) : column.text(entity(index.row()));
        case Qt::EditRole:
            return column.text(entity(index.row()));
        case Qt::TextAlignmentRole:
            return isNumeric(column.type) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
        case DocumentRoles::FieldType:
            return int(column.set ? column.type : FieldType::ReadOnly);
        case DocumentRoles::Choices:
            return column.choices ? column.choices(document()->project()) : QStringList();
        case DocumentRoles::Refusal:
            return refusal().at(index);
        default:
            return {};
        }
    }

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        Qt::ItemFlags f = DocumentTableModel::flags(index);
        if (index.isValid() && m_columns[std::size_t(index.column())].set)
            f |= Qt::ItemIsEditable;
        return f;
    }

    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override
    {
        if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return false;
        const EntityColumn<T> &column = m_columns[std::size_t(index.column())];
        if (!column.set)
            return false;
        refusal().clear();
        const T &before = entity(index.row());
        T edited = before;
        QString error;
        const QString text = value.toString();
        if (!column.set(edited, text, &error))
            return refusal().refuse(index, column.title, text, error);
        if (edited == before)
            return true;
        if constexpr (requires { edited.id; }) {
            if (edited.id != before.id)
                return renameId(index, before.id, edited.id);
        }
        // The step names the entity as it was, the field and the value as stored.
        const QString stored = column.display ? column.display(edited) : column.text(edited);
        document()->push(new SetEntityCommand<T>(
            document(), index.row(), edited,
            UndoText::set(UndoText::fieldName(column.title), UndoText::quoted(EntityTraits<T>::label(before)), stored), column.key));
        return true;
    }

    int addRow(int row = -1) override
    {
        const int at = row < 0 ? entityCount() : row + 1;
        document()->push(new InsertEntityCommand<T>(document(), at, newEntity(), tr("Add %1").arg(entityName())));
        return at;
    }

    void removeRow(int row) override
    {
        if (row >= 0 && row < entityCount())
            document()->push(new RemoveEntityCommand<T>(document(), row, tr("Remove %1").arg(entityName())));
    }

    const T &entity(int row) const { return EntityTraits<T>::list(document()->project())[std::size_t(row)]; }
    const EntityColumn<T> &column(int c) const { return m_columns[std::size_t(c)]; }

protected:
    int entityCount() const override { return int(EntityTraits<T>::list(document()->project()).size()); }
    virtual T newEntity() const = 0;
    virtual QString entityName() const = 0;

    static QString tr(const char *text) { return QCoreApplication::translate("hp::EntityTableModel", text); }

    /// An id of the form `prefix_N` not used yet in the list.
    QString freshId(const QString &prefix) const
    {
        const auto &list = EntityTraits<T>::list(document()->project());
        for (int n = int(list.size()) + 1;; ++n) {
            const QString id = QStringLiteral("%1_%2").arg(prefix).arg(n);
            if (std::none_of(list.begin(), list.end(), [&](const T &e) { return e.id == id; }))
                return id;
        }
    }

private:
    /// An id edit renames the references too (one undo step), and refuses a taken id.
    bool renameId(const QModelIndex &index, const QString &from, const QString &to)
    {
        const auto &list = EntityTraits<T>::list(document()->project());
        if (std::any_of(list.begin(), list.end(), [&](const T &e) { return e.id == to; }))
            return refusal().refuse(index, column(index.column()).title, to, tr("%1 is already used").arg(to));
        document()->push(new ReplaceProjectCommand(document(), IdRenamer::renamed(document()->project(), EntityTraits<T>::kind, from, to),
                                                   tr("Rename %1 %2 to %3").arg(entityName(), from, to)));
        return true;
    }

    static bool isNumeric(FieldType t)
    {
        return t == FieldType::Money || t == FieldType::Number || t == FieldType::Percent
            || t == FieldType::SignedPercent || t == FieldType::Integer;
    }

    std::vector<EntityColumn<T>> m_columns;
};

} // namespace hp
