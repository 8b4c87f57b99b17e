#pragma once

#include <QObject>

#include "storage/ProjectUri.h"

class QAction;
class QMenu;
class QWidget;

namespace hp {

class ProjectDocument;
class ProjectSession;

/// The File menu's behaviour over ProjectSession: New (an empty project),
/// Open (read-only when another instance holds the lock), Open Recent, Save,
/// Save As, Revert, the unsaved-changes question, and the offer to restore
/// work left by a session that crashed. Dialogs open over `window`.
class FileController : public QObject {
    Q_OBJECT

public:
    FileController(QWidget *window, ProjectDocument *document, ProjectSession *session);

    QAction *newAction() const { return m_new; }
    QAction *openAction() const { return m_open; }
    QAction *openDatabaseAction() const { return m_openDatabase; }
    QAction *saveAction() const { return m_save; }
    QAction *saveAsAction() const { return m_saveAs; }
    QAction *revertAction() const { return m_revert; }
    QMenu *recentMenu() const { return m_recent; }

    void newProject();
    void open();
    /// A file path or a project URI (postgresql://…, from the recent list or the command line).
    bool openPath(const QString &path);
    /// File > Open from Database…: the DatabaseOpenDialog, then openUri.
    void openDatabase();
    /// Opens a database project (the URI may carry a typed password, kept in memory only).
    bool openUri(const ProjectUri &uri);
    bool save();
    bool saveAs();
    bool saveAsPath(const QString &path);
    void revert();
    /// True when it is fine to discard the document (saved, discarded or unmodified).
    bool maybeSave();
    /// At start without an argument: opens the last project (docs/gui.md),
    /// read-only when another instance holds its lock (*note says so). False
    /// when there is none (first start), when it is gone (*note says so, and
    /// it leaves the recent files) or when it cannot be opened (*note says
    /// why); the caller then shows the demo.
    bool openLastProject(QString *note);
    /// At start: restores a recovery copy if the user wants it.
    void offerRecovery();

Q_SIGNALS:
    void message(const QString &text);

private:
    void updateActions();
    void updateRecent();
    void report(const QString &what);

    QWidget *m_window;
    ProjectDocument *m_document;
    ProjectSession *m_session;
    QAction *m_new;
    QAction *m_open;
    QAction *m_openDatabase;
    QAction *m_save;
    QAction *m_saveAs;
    QAction *m_revert;
    QMenu *m_recent;
};

} // namespace hp
