#include "ProjectDocument.h"

namespace hp {

ProjectDocument::ProjectDocument(QObject *parent)
    : QObject(parent)
{
    connect(&m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
}

void ProjectDocument::replaceProject(const Project &project)
{
    emit aboutToReset();
    m_project = project;
    emit projectReset();
    emit changed();
}

void ProjectDocument::load(const Project &project)
{
    m_undo.clear();
    replaceProject(project);
    m_undo.setClean();
}

} // namespace hp
