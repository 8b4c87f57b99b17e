#include "DocumentTableModel.h"

namespace hp {

DocumentTableModel::DocumentTableModel(ProjectDocument *document, EntityKind kind, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_kind(kind)
{
    connect(document, &ProjectDocument::entityAboutToBeInserted, this, [this](EntityKind k, int row) {
        if (k == m_kind)
            beginInsertRows({}, row, row);
    });
    connect(document, &ProjectDocument::entityInserted, this, [this](EntityKind k) {
        if (k == m_kind)
            endInsertRows();
    });
    connect(document, &ProjectDocument::entityAboutToBeRemoved, this, [this](EntityKind k, int row) {
        if (k == m_kind)
            beginRemoveRows({}, row, row);
    });
    connect(document, &ProjectDocument::entityRemoved, this, [this](EntityKind k) {
        if (k == m_kind)
            endRemoveRows();
    });
    connect(document, &ProjectDocument::entityChanged, this, [this](EntityKind k, int row) {
        if (k == m_kind)
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    });
    connect(document, &ProjectDocument::aboutToReset, this, [this] { beginResetModel(); });
    connect(document, &ProjectDocument::projectReset, this, [this] { endResetModel(); });
}

int DocumentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : entityCount();
}

} // namespace hp
