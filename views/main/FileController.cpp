#include "FileController.h"

#include "DatabaseCredentials.h"
#include "ProjectSession.h"
#include "dialogs/DatabaseOpenDialog.h"
#include "document/ProjectDocument.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>

namespace hp {

namespace {
const QString kFilter = QStringLiteral("Hedgeplan projects (*.hedgeplan)");
}

FileController::FileController(QWidget *window, ProjectDocument *document, ProjectSession *session)
    : QObject(window), m_window(window), m_document(document), m_session(session)
{
    m_new = new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New"), this);
    m_new->setShortcut(QKeySequence::New);
    m_new->setStatusTip(tr("Start an empty project"));
    m_open = new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open…"), this);
    m_open->setShortcut(QKeySequence::Open);
    m_openDatabase = new QAction(QIcon::fromTheme(QStringLiteral("network-server-database")), tr("Open from &Database…"), this);
    m_openDatabase->setObjectName(QStringLiteral("openDatabase"));
    m_openDatabase->setStatusTip(tr("Open a team project kept in a PostgreSQL database"));
    m_save = new QAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save"), this);
    m_save->setShortcut(QKeySequence::Save);
    m_saveAs = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save &As…"), this);
    // QKeySequence::SaveAs is empty on some platforms (X11 without a desktop, Windows): set the keys docs/gui.md promises.
    QList<QKeySequence> saveAsKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)};
    for (const QKeySequence &k : QKeySequence::keyBindings(QKeySequence::SaveAs))
        if (!saveAsKeys.contains(k))
            saveAsKeys << k;
    m_saveAs->setShortcuts(saveAsKeys);
    m_revert = new QAction(QIcon::fromTheme(QStringLiteral("document-revert")), tr("&Revert to Saved"), this);
    m_recent = new QMenu(tr("Open &Recent"), window);

    connect(m_new, &QAction::triggered, this, &FileController::newProject);
    connect(m_open, &QAction::triggered, this, &FileController::open);
    connect(m_openDatabase, &QAction::triggered, this, &FileController::openDatabase);
    connect(m_save, &QAction::triggered, this, &FileController::save);
    connect(m_saveAs, &QAction::triggered, this, &FileController::saveAs);
    connect(m_revert, &QAction::triggered, this, &FileController::revert);
    connect(session, &ProjectSession::recentFilesChanged, this, &FileController::updateRecent);
    connect(session, &ProjectSession::pathChanged, this, &FileController::updateActions);
    connect(session, &ProjectSession::projectLoaded, this, &FileController::updateActions);
    connect(document, &ProjectDocument::modifiedChanged, this, &FileController::updateActions);
    updateRecent();
    updateActions();
}

void FileController::updateActions()
{
    m_save->setEnabled(!m_session->isReadOnly());
    m_revert->setEnabled(!m_session->path().isEmpty() && m_document->isModified());
}

void FileController::updateRecent()
{
    m_recent->clear();
    const QStringList files = m_session->recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        // A database project shows as its URI (ProjectUri::display(): never a password).
        const QString name = ProjectUri::isUri(path) ? path : QFileInfo(path).fileName();
        QAction *a = m_recent->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(name));
        a->setToolTip(path);
        connect(a, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                openPath(path);
        });
    }
    m_recent->setEnabled(!files.isEmpty());
}

void FileController::report(const QString &what)
{
    QMessageBox::warning(m_window, tr("Hedgeplan"), tr("%1: %2").arg(what, m_session->lastError()));
}

void FileController::newProject()
{
    if (!maybeSave())
        return;
    Project empty;
    empty.title = tr("Untitled");
    m_session->newProject(empty);
    Q_EMIT message(tr("New project: start with providers and their offerings, then workloads, contracts and a scenario."));
}

void FileController::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open project"), QString(), kFilter);
    if (!path.isEmpty())
        openPath(path);
}

void FileController::openDatabase()
{
    if (!maybeSave())
        return;
    DatabaseOpenDialog dialog(
        [this](const ProjectUri &uri, QString *error) {
            QString note;
            auto completed = DatabaseCredentials::complete(m_window, uri, DatabaseCredentials::Prompt::Allowed, error, &note);
            if (!note.isEmpty())
                Q_EMIT message(note);
            return completed;
        },
        m_window);
    if (dialog.exec() == QDialog::Accepted && dialog.chosen())
        openUri(*dialog.chosen());
}

bool FileController::openUri(const ProjectUri &uri)
{
    if (!m_session->openDatabase(uri)) {
        report(tr("Cannot open %1").arg(uri.display()));
        return false;
    }
    Q_EMIT message(m_session->isReadOnly()
                     ? tr("Opened %1 read-only: your database role may only read it").arg(uri.display())
                     : tr("Opened %1").arg(uri.display()));
    return true;
}

bool FileController::openPath(const QString &path)
{
    if (ProjectUri::isUri(path)) {
        QString error;
        std::optional<ProjectUri> uri = ProjectUri::parse(path, &error);
        if (uri) {
            QString note;
            uri = DatabaseCredentials::complete(m_window, *uri, DatabaseCredentials::Prompt::Allowed, &error, &note);
            if (!note.isEmpty())
                Q_EMIT message(note);
        }
        if (!uri) {
            if (!error.isEmpty())
                QMessageBox::warning(m_window, tr("Hedgeplan"), tr("Cannot open %1: %2").arg(ProjectUri::masked(path), error));
            return false;
        }
        return openUri(*uri);
    }
    switch (m_session->open(path)) {
    case ProjectSession::OpenResult::Opened:
        Q_EMIT message(tr("Opened %1").arg(path));
        return true;
    case ProjectSession::OpenResult::Locked:
        if (QMessageBox::question(m_window, tr("Project in use"),
                                  tr("%1\n\nOpen it read-only? You can still Save As elsewhere.").arg(m_session->lastError()))
            != QMessageBox::Yes)
            return false;
        if (m_session->openReadOnly(path))
            return true;
        report(tr("Cannot open %1").arg(path));
        return false;
    case ProjectSession::OpenResult::Failed:
        break;
    }
    report(tr("Cannot open %1").arg(path));
    return false;
}

bool FileController::openLastProject(QString *note)
{
    const QString last = m_session->lastProject();
    if (last.isEmpty())
        return false;
    if (ProjectUri::isUri(last)) { // a database project: reopen it unless that needs a prompt
        QString error;
        std::optional<ProjectUri> uri = ProjectUri::parse(last, &error);
        if (uri)
            uri = DatabaseCredentials::complete(m_window, *uri, DatabaseCredentials::Prompt::Never, &error);
        if (uri && m_session->openDatabase(*uri)) {
            Q_EMIT message(tr("Opened %1, the last project").arg(last));
            return true;
        }
        *note = tr("The last project, %1, cannot be opened: %2. Showing the demo portfolio instead.")
                    .arg(last, uri ? m_session->lastError() : error);
        return false;
    }
    if (!QFileInfo::exists(last)) {
        *note = tr("The last project, %1, is no longer there (moved or deleted): showing the demo portfolio. "
                   "Use File > Open to find it.").arg(QDir::toNativeSeparators(last));
        m_session->forget(last);
        return false;
    }
    switch (m_session->open(last)) {
    case ProjectSession::OpenResult::Opened:
        Q_EMIT message(tr("Opened %1, the last project").arg(last));
        return true;
    case ProjectSession::OpenResult::Locked: // another instance edits it: look, but do not touch
        if (const QString who = m_session->lastError(); m_session->openReadOnly(last)) {
            *note = tr("%1\n\nThe last project is open read-only here; Save As keeps your changes elsewhere.").arg(who);
            return true;
        }
        break;
    case ProjectSession::OpenResult::Failed:
        break;
    }
    *note = tr("The last project, %1, cannot be opened: %2. Showing the demo portfolio instead.")
                .arg(QDir::toNativeSeparators(last), m_session->lastError());
    return false;
}

bool FileController::save()
{
    if (m_session->path().isEmpty() || m_session->isReadOnly())
        return saveAs();
    if (m_session->save())
        return true;
    report(tr("Cannot save"));
    return false;
}

bool FileController::saveAs()
{
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save project as"), m_session->path(), kFilter);
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QStringLiteral(".hedgeplan")))
        path += QStringLiteral(".hedgeplan");
    return saveAsPath(path);
}

bool FileController::saveAsPath(const QString &path)
{
    if (m_session->saveAs(path)) {
        Q_EMIT message(tr("Saved %1").arg(path));
        return true;
    }
    report(tr("Cannot save %1").arg(path));
    return false;
}

void FileController::revert()
{
    if (QMessageBox::question(m_window, tr("Revert"), tr("Discard your changes and read the file again?")) != QMessageBox::Yes)
        return;
    if (!m_session->revert())
        report(tr("Cannot revert"));
}

bool FileController::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(m_window, tr("Unsaved changes"), tr("The project has unsaved changes. Save them?"),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void FileController::offerRecovery()
{
    const std::vector<RecoveryEntry> orphans = m_session->orphans();
    if (orphans.empty())
        return;
    const RecoveryEntry &newest = orphans.front();
    const auto answer = QMessageBox::question(
        m_window, tr("Restore unsaved work?"),
        tr("Hedgeplan did not close properly last time. Restore the unsaved work on “%1” kept at %2?\n\n"
           "No keeps the copy for the next start; Discard deletes it.")
            .arg(newest.title, QLocale().toString(newest.savedAt.toLocalTime(), QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::No | QMessageBox::Discard, QMessageBox::Yes);
    if (answer == QMessageBox::Yes) {
        if (!m_session->restore(newest))
            report(tr("Cannot restore"));
    } else if (answer == QMessageBox::Discard) {
        for (const RecoveryEntry &e : orphans)
            m_session->discard(e);
    }
}

} // namespace hp
