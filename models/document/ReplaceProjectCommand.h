#pragma once

#include "domain/Project.h"

#include <QUndoCommand>

#include <memory>

namespace hp {

class ProjectDocument;

/// Replaces the whole project (an import, a rename that touches several
/// lists, project settings): undo brings the previous content back. Both
/// states are shared snapshots (ProjectDocument::snapshot), not copies.
class ReplaceProjectCommand : public QUndoCommand {
public:
    ReplaceProjectCommand(ProjectDocument *document, Project after, const QString &text);
    void redo() override;
    void undo() override;

private:
    ProjectDocument *m_document;
    std::shared_ptr<const Project> m_before;
    std::shared_ptr<const Project> m_after;
};

} // namespace hp
