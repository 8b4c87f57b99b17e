#pragma once

#include "document/ProjectDocument.h"

#include <QUndoCommand>

namespace hp {

/// Removes the entity at a row of its list (undo puts it back in place).
template <class T>
class RemoveEntityCommand : public QUndoCommand {
public:
    RemoveEntityCommand(ProjectDocument *document, int row, const QString &text)
        : QUndoCommand(text)
        , m_document(document)
        , m_row(row)
        , m_entity(EntityTraits<T>::list(document->project())[std::size_t(row)])
    {
    }
    void redo() override { m_document->template removeEntity<T>(m_row); }
    void undo() override { m_document->insertEntity(m_row, m_entity); }

private:
    ProjectDocument *m_document;
    int m_row;
    T m_entity;
};

} // namespace hp
