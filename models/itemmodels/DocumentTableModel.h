#pragma once

#include "document/EditRefusal.h"
#include "document/EntityKind.h"
#include "document/ProjectDocument.h"

#include <QAbstractTableModel>

namespace hp {

/// The part of every entity table that does not depend on the entity type:
/// it follows the document's signals for one kind of entity, so views stay
/// in step with edits, undo and redo.
class DocumentTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    DocumentTableModel(ProjectDocument *document, EntityKind kind, QObject *parent);

    int rowCount(const QModelIndex &parent = {}) const override;
    ProjectDocument *document() const { return m_document; }
    EntityKind kind() const { return m_kind; }
    /// Why the last refused setData was refused (also DocumentRoles::Refusal of its cell).
    const QString &lastError() const { return m_refusal.message(); }

    /// Adds an entity with fresh ids after `row` (-1: at the end); returns its row.
    virtual int addRow(int row = -1) = 0;
    virtual void removeRow(int row) = 0;

protected:
    virtual int entityCount() const = 0;
    EditRefusal &refusal() { return m_refusal; }
    const EditRefusal &refusal() const { return m_refusal; }

private:
    ProjectDocument *m_document;
    EntityKind m_kind;
    EditRefusal m_refusal;
};

} // namespace hp
