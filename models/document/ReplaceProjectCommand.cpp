#include "ReplaceProjectCommand.h"

#include "document/ProjectDocument.h"

namespace hp {

ReplaceProjectCommand::ReplaceProjectCommand(ProjectDocument *document, Project after, const QString &text)
    : QUndoCommand(text), m_document(document), m_before(document->snapshot()), m_after(std::make_shared<const Project>(std::move(after)))
{
}

void ReplaceProjectCommand::redo()
{
    m_document->replaceProject(m_after);
}

void ReplaceProjectCommand::undo()
{
    m_document->replaceProject(m_before);
}

} // namespace hp
