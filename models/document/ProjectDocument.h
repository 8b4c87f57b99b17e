#pragma once

#include "document/EntityKind.h"
#include "domain/Project.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace hp {

template <class T>
class SetEntityCommand;
template <class T>
class InsertEntityCommand;
template <class T>
class RemoveEntityCommand;
class ReplaceProjectCommand;

/// The open project as the desktop app edits it: the Project and the undo
/// stack every edit goes through. Only the undo commands change the project
/// (they are friends); everyone else reads project() and listens to the
/// signals, which say precisely what changed.
///
/// Snapshots are shared, not copied (docs/architecture.md, "Cheap
/// snapshots"): snapshot() hands out the current Project as an immutable
/// shared pointer — to a background evaluation, an autosave, an undo command —
/// and the document copies it only when it is about to change a Project that
/// somebody else still holds (copy on write). A recompute or an undo step thus
/// costs no copy of the project.
class ProjectDocument : public QObject {
    Q_OBJECT

public:
    explicit ProjectDocument(QObject *parent = nullptr);

    /// At most this many steps are kept for undo (the oldest go first).
    static constexpr int kUndoLimit = 200;

    const Project &project() const { return *m_project; }
    /// The current project, shared: it never changes after it is handed out.
    std::shared_ptr<const Project> snapshot() const { return m_project; }
    QUndoStack *undoStack() { return &m_undo; }
    bool isModified() const { return !m_undo.isClean(); }

    /// Replaces the content outside the undo history (new, open, revert,
    /// restore): clears the stack and marks the document clean.
    void load(const Project &project);
    void load(std::shared_ptr<const Project> project);
    /// The current state is what the file holds (after a save).
    void markSaved() { m_undo.setClean(); }

    /// Row of the entity whose key (id; a scenario's name) is `key`, or -1.
    template <class T>
    int rowOf(const QString &key) const
    {
        const auto &list = EntityTraits<T>::list(*m_project);
        for (int r = 0; r < int(list.size()); ++r)
            if (EntityTraits<T>::key(list[std::size_t(r)]) == key)
                return r;
        return -1;
    }

    /// Pushes an edit; the one way to change the project.
    void push(QUndoCommand *command) { m_undo.push(command); }

Q_SIGNALS:
    void entityAboutToBeInserted(hp::EntityKind kind, int row);
    void entityInserted(hp::EntityKind kind, int row);
    void entityAboutToBeRemoved(hp::EntityKind kind, int row);
    void entityRemoved(hp::EntityKind kind, int row);
    void entityChanged(hp::EntityKind kind, int row);
    void aboutToReset();
    void projectReset();
    /// After any change of content (edit, undo, redo, load).
    void changed();
    void modifiedChanged(bool modified);

private:
    template <class T>
    friend class SetEntityCommand;
    template <class T>
    friend class InsertEntityCommand;
    template <class T>
    friend class RemoveEntityCommand;
    friend class ReplaceProjectCommand;

    template <class T>
    void replaceEntity(int row, const T &entity)
    {
        EntityTraits<T>::list(writable())[std::size_t(row)] = entity;
        Q_EMIT entityChanged(EntityTraits<T>::kind, row);
        Q_EMIT changed();
    }
    template <class T>
    void insertEntity(int row, const T &entity)
    {
        auto &list = EntityTraits<T>::list(writable());
        Q_EMIT entityAboutToBeInserted(EntityTraits<T>::kind, row);
        list.insert(list.begin() + row, entity);
        Q_EMIT entityInserted(EntityTraits<T>::kind, row);
        Q_EMIT changed();
    }
    template <class T>
    void removeEntity(int row)
    {
        auto &list = EntityTraits<T>::list(writable());
        Q_EMIT entityAboutToBeRemoved(EntityTraits<T>::kind, row);
        list.erase(list.begin() + row);
        Q_EMIT entityRemoved(EntityTraits<T>::kind, row);
        Q_EMIT changed();
    }
    void replaceProject(std::shared_ptr<const Project> project);
    /// The project to change in place: a copy first when a snapshot of it is
    /// held elsewhere.
    Project &writable();

    /// Never null. Shared with snapshot holders; changed in place only while
    /// nobody else holds it (writable()).
    std::shared_ptr<Project> m_project;
    QUndoStack m_undo;
};

} // namespace hp
