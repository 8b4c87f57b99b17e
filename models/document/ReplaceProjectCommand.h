#pragma once

#include "domain/Project.h"

#include <QUndoCommand>

namespace hp {

class ProjectDocument;

/// Replaces the whole project (an import, a rename that touches several
/// lists, project settings): undo brings the previous content back.
class ReplaceProjectCommand : public QUndoCommand {
public:
    ReplaceProjectCommand(ProjectDocument *document, Project after, const QString &text);
    void redo() override;
    void undo() override;

private:
    ProjectDocument *m_document;
    Project m_before;
    Project m_after;
};

} // namespace hp
