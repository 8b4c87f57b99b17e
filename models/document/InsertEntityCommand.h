#pragma once

#include "document/ProjectDocument.h"

#include <QUndoCommand>

namespace hp {

/// Adds an entity at a row of its list.
template <class T>
class InsertEntityCommand : public QUndoCommand {
public:
    InsertEntityCommand(ProjectDocument *document, int row, T entity, const QString &text)
        : QUndoCommand(text), m_document(document), m_row(row), m_entity(std::move(entity))
    {
    }
    void redo() override { m_document->insertEntity(m_row, m_entity); }
    void undo() override { m_document->template removeEntity<T>(m_row); }

private:
    ProjectDocument *m_document;
    int m_row;
    T m_entity;
};

} // namespace hp
