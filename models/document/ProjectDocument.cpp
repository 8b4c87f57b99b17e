#include "ProjectDocument.h"

namespace hp {

ProjectDocument::ProjectDocument(QObject *parent)
    : QObject(parent), m_project(std::make_shared<Project>())
{
    m_undo.setUndoLimit(kUndoLimit);
    connect(&m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

Project &ProjectDocument::writable()
{
    // Snapshots are only handed out on this (the document's) thread, so a
    // count of 1 cannot grow behind our back; other threads only let go.
    if (m_project.use_count() > 1)
        m_project = std::make_shared<Project>(*m_project);
    return *m_project;
}

void ProjectDocument::replaceProject(std::shared_ptr<const Project> project)
{
    Q_EMIT aboutToReset();
    // Shared with the undo command (or the caller) that holds it: writable()
    // copies before any change, so their Project never changes.
    m_project = std::const_pointer_cast<Project>(std::move(project));
    Q_EMIT projectReset();
    Q_EMIT changed();
}

void ProjectDocument::load(const Project &project)
{
    load(std::make_shared<const Project>(project));
}

void ProjectDocument::load(std::shared_ptr<const Project> project)
{
    m_undo.clear();
    replaceProject(std::move(project));
    m_undo.setClean();
}

} // namespace hp
