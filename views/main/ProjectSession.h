#pragma once

#include "domain/Project.h"
#include "postgres/PgSnapshot.h"
#include "storage/ProjectFile.h"
#include "storage/ProjectUri.h"
#include "storage/RecoverySession.h"
#include "storage/RecoveryStore.h"

#include <QFuture>

#include <atomic>

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace hp {

/// The file side of the desktop app (docs/rules.md §7): New, Open (read-write
/// under the file's lock, or read-only when another instance holds it), Save,
/// Save As, Revert, recent files, autosave to a recovery copy every N minutes
/// of editing, and recovery after a crash. A project may also live in a
/// PostgreSQL database (§13, docs/storage.md "Team server"): openDatabase,
/// then Save writes what changed since it was read (PgProjectStore::save),
/// refusing to overwrite a row someone else changed; path() is then the URI
/// as ProjectUri::display() shows it (never a password). It holds no project of its own:
/// `snapshot` reads the document's current project and loads go out through
/// the projectLoaded signal, so the document stays the one source of truth.
class ProjectSession : public QObject {
    Q_OBJECT

public:
    /// The document's current project, shared (ProjectDocument::snapshot).
    using Snapshot = std::function<std::shared_ptr<const Project>()>;

    /// `recoveryDirectory`: where recovery copies live (tests pass a temporary folder).
    ProjectSession(Snapshot snapshot, const QString &recoveryDirectory, QObject *parent = nullptr);
    ~ProjectSession() override;

    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_database ? !m_base.writable : m_file.isOpen() && m_file.isReadOnly(); }
    bool isModified() const { return m_modified; }
    /// The database project being edited (with the password typed for it, in memory only), if any.
    const std::optional<ProjectUri> &database() const { return m_database; }
    /// The rows and versions the database project was read (or last saved) with.
    const PgSnapshot &databaseBase() const { return m_base; }

    /// A fresh document: no file, nothing to save yet.
    void newProject(const Project &project);
    enum class OpenResult { Opened, Locked, Failed };
    /// Opens `path` read-write; Locked when another instance edits it (the
    /// caller may then call openReadOnly); errors in lastError().
    OpenResult open(const QString &path);
    bool openReadOnly(const QString &path);
    /// Reads a project from PostgreSQL; read-only when the role may only read.
    bool openDatabase(const ProjectUri &uri);
    /// Others saved: the database now holds `theirs`; the next save starts
    /// from it (the document merged their rows in). With `reload`, the
    /// document had no unsaved changes and takes `*reload` (their project) as it is.
    void rebase(const PgSnapshot &theirs, const Project *reload = nullptr);
    bool save();
    bool saveAs(const QString &path);
    bool revert();
    QString lastError() const { return m_lastError; }

    /// Called by the document whenever its content changes (or is saved back to clean).
    void setModified(bool modified);

    QStringList recentFiles() const;
    /// The project opened or saved last (the newest recent file), whether or
    /// not it still exists; empty before the first Open or Save.
    QString lastProject() const;
    /// Drops `path` from the recent files (it is gone).
    void forget(const QString &path);
    void setAutosaveMinutes(int minutes);
    int autosaveMinutes() const { return m_autosaveMinutes; }
    /// Writes the recovery copy now and waits for it (after a restore; tests).
    bool autosave();
    /// The timer's autosave: writes the recovery copy of the current snapshot
    /// on a worker thread (still atomic: RecoverySession writes a temporary
    /// file and renames it); a failure is reported by autosaveFailed. Does
    /// nothing while the previous one is still being written.
    void autosaveInBackground();
    /// Blocks until a background autosave has finished (every other use of
    /// the recovery copy waits for it first).
    void waitForAutosave();
    /// Whether the last background autosave ran off the GUI thread (tests).
    bool lastAutosaveWasOffGuiThread() const { return m_autosaveOffGuiThread; }
    /// Recovery copies left by sessions that ended without saving, newest first.
    std::vector<RecoveryEntry> orphans() const { return m_store.orphans(); }
    bool restore(const RecoveryEntry &entry);
    bool discard(const RecoveryEntry &entry) { return m_store.discard(entry); }

    static constexpr int kMaxRecentFiles = 8;

Q_SIGNALS:
    /// A project was read (open, revert, restore): the document replaces its content.
    void projectLoaded(const hp::Project &project, const QString &path, bool readOnly);
    void pathChanged(const QString &path);
    void saved(const QString &path);
    void recentFilesChanged();
    /// A background autosave could not write the recovery copy.
    void autosaveFailed(const QString &message);
    /// A background autosave has written the recovery copy.
    void autosaved();

private:
    void remember(const QString &path);
    /// Drops the recovery copy once a running autosave has finished writing it.
    void discardRecovery();
    void closeDatabase();
    void setPath(const QString &path);
    bool fail(const StorageError &error);

    Snapshot m_snapshot;
    ProjectFile m_file;
    std::optional<ProjectUri> m_database;
    PgSnapshot m_base;
    RecoveryStore m_store;
    std::unique_ptr<RecoverySession> m_recovery;
    QTimer m_autosaveTimer;
    QFuture<StorageError> m_autosaveJob;
    std::atomic<bool> m_autosaveOffGuiThread = false;
    QString m_path;
    QString m_lastError;
    bool m_modified = false;
    int m_autosaveMinutes = 5;
};

} // namespace hp
