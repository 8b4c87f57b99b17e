#include "ProjectSession.h"

#include "postgres/PgProjectStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QSettings>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace hp {

namespace {
const QString kRecentKey = QStringLiteral("recentFiles");
const QString kAutosaveKey = QStringLiteral("autosaveMinutes");
} // namespace

ProjectSession::ProjectSession(Snapshot snapshot, const QString &recoveryDirectory, QObject *parent)
    : QObject(parent)
    , m_snapshot(std::move(snapshot))
    , m_store(recoveryDirectory)
    , m_recovery(std::make_unique<RecoverySession>(recoveryDirectory, QString()))
{
    m_autosaveMinutes = QSettings().value(kAutosaveKey, 5).toInt();
    m_autosaveTimer.setSingleShot(false);
    connect(&m_autosaveTimer, &QTimer::timeout, this, [this] { autosaveInBackground(); });
}

ProjectSession::~ProjectSession()
{
    waitForAutosave();
    // A clean close leaves no recovery copy behind.
    if (m_recovery)
        m_recovery->discard();
}

bool ProjectSession::fail(const StorageError &error)
{
    m_lastError = error.message;
    return false;
}

void ProjectSession::setPath(const QString &path)
{
    m_path = path;
    waitForAutosave();
    m_recovery->setOriginalPath(path);
    Q_EMIT pathChanged(path);
}

void ProjectSession::closeDatabase()
{
    m_database.reset();
    m_base = PgSnapshot();
}

void ProjectSession::newProject(const Project &project)
{
    m_file.close();
    closeDatabase();
    discardRecovery();
    setPath(QString());
    Q_EMIT projectLoaded(project, QString(), false);
    setModified(false);
}

ProjectSession::OpenResult ProjectSession::open(const QString &path)
{
    ProjectFile file;
    Project project;
    StorageError error;
    if (!m_file.open(path, ProjectFile::Access::ReadWrite, &project, &error)) {
        m_lastError = error.message;
        return error.code == StorageError::Code::Locked ? OpenResult::Locked : OpenResult::Failed;
    }
    closeDatabase();
    discardRecovery();
    setPath(m_file.path());
    remember(m_file.path());
    Q_EMIT projectLoaded(project, m_file.path(), false);
    setModified(false);
    return OpenResult::Opened;
}

bool ProjectSession::openReadOnly(const QString &path)
{
    Project project;
    StorageError error;
    if (!m_file.open(path, ProjectFile::Access::ReadOnly, &project, &error))
        return fail(error);
    closeDatabase();
    discardRecovery();
    setPath(m_file.path());
    remember(m_file.path());
    Q_EMIT projectLoaded(project, m_file.path(), true);
    setModified(false);
    return true;
}

bool ProjectSession::openDatabase(const ProjectUri &uri)
{
    Project project;
    PgSnapshot base;
    StorageError error;
    if (!PgProjectStore::load(uri, &project, &error, &base))
        return fail(error);
    m_file.close();
    m_database = uri;
    m_base = std::move(base);
    discardRecovery();
    setPath(uri.display());
    remember(uri.display());
    Q_EMIT projectLoaded(project, uri.display(), isReadOnly());
    setModified(false);
    return true;
}

void ProjectSession::rebase(const PgSnapshot &theirs, const Project *reload)
{
    m_base = theirs;
    if (!reload)
        return;
    Q_EMIT projectLoaded(*reload, m_path, isReadOnly());
    setModified(false);
}

bool ProjectSession::save()
{
    if (m_database) {
        if (isReadOnly()) {
            m_lastError = tr("the role may only read this project: use Save As to keep your changes in a file");
            return false;
        }
        StorageError error;
        if (!PgProjectStore::save(*m_database, *m_snapshot(), &m_base, &error))
            return fail(error);
        discardRecovery();
        Q_EMIT saved(m_path);
        setModified(false);
        return true;
    }
    if (!m_file.isOpen()) {
        m_lastError = tr("the project has no file yet: use Save As");
        return false;
    }
    StorageError error;
    if (!m_file.save(*m_snapshot(), &error))
        return fail(error);
    discardRecovery();
    Q_EMIT saved(m_file.path());
    setModified(false);
    return true;
}

bool ProjectSession::saveAs(const QString &path)
{
    StorageError error;
    if (!m_file.saveAs(*m_snapshot(), path, &error))
        return fail(error);
    closeDatabase();
    discardRecovery();
    setPath(m_file.path());
    remember(m_file.path());
    Q_EMIT saved(m_file.path());
    setModified(false);
    return true;
}

bool ProjectSession::revert()
{
    Project project;
    StorageError error;
    if (m_database) {
        PgSnapshot base;
        if (!PgProjectStore::load(*m_database, &project, &error, &base))
            return fail(error);
        m_base = std::move(base);
        discardRecovery();
        Q_EMIT projectLoaded(project, m_path, isReadOnly());
        setModified(false);
        return true;
    }
    if (!m_file.isOpen() || !m_file.revert(&project, &error))
        return m_file.isOpen() ? fail(error) : (m_lastError = tr("the project has no file to revert to"), false);
    discardRecovery();
    Q_EMIT projectLoaded(project, m_file.path(), m_file.isReadOnly());
    setModified(false);
    return true;
}

void ProjectSession::setModified(bool modified)
{
    m_modified = modified;
    if (modified && m_autosaveMinutes > 0) {
        if (!m_autosaveTimer.isActive())
            m_autosaveTimer.start(m_autosaveMinutes * 60 * 1000);
    } else {
        m_autosaveTimer.stop();
    }
}

void ProjectSession::setAutosaveMinutes(int minutes)
{
    m_autosaveMinutes = std::max(0, minutes);
    QSettings().setValue(kAutosaveKey, m_autosaveMinutes);
    m_autosaveTimer.stop();
    setModified(m_modified);
}

bool ProjectSession::autosave()
{
    waitForAutosave();
    if (!m_modified)
        return true;
    StorageError error;
    if (!m_recovery->write(*m_snapshot(), &error))
        return fail(error);
    return true;
}

void ProjectSession::autosaveInBackground()
{
    if (!m_modified || m_autosaveJob.isRunning())
        return;
    // The snapshot is shared, not copied; the worker is the only user of the
    // recovery session until waitForAutosave() returns.
    auto *watcher = new QFutureWatcher<StorageError>(this);
    connect(watcher, &QFutureWatcher<StorageError>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const StorageError error = watcher->result();
        if (error.isError()) {
            m_lastError = error.message;
            Q_EMIT autosaveFailed(error.message);
        } else {
            Q_EMIT autosaved();
        }
    });
    m_autosaveJob = QtConcurrent::run([recovery = m_recovery.get(), project = m_snapshot(), offGui = &m_autosaveOffGuiThread] {
        *offGui = QThread::currentThread() != QCoreApplication::instance()->thread();
        StorageError error;
        recovery->write(*project, &error);
        return error;
    });
    watcher->setFuture(m_autosaveJob);
}

void ProjectSession::discardRecovery()
{
    waitForAutosave();
    m_recovery->discard();
}

void ProjectSession::waitForAutosave()
{
    m_autosaveJob.waitForFinished();
}

bool ProjectSession::restore(const RecoveryEntry &entry)
{
    Project project;
    StorageError error;
    if (!m_store.restore(entry, &project, &error))
        return fail(error);
    m_file.close();
    closeDatabase();
    // The restored content is unsaved work: it belongs to its original file
    // (saved there on the next Save As) and stays modified.
    setPath(QString());
    Q_EMIT projectLoaded(project, QString(), false);
    m_store.discard(entry);
    setModified(true);
    autosave();
    return true;
}

QStringList ProjectSession::recentFiles() const
{
    QStringList files = QSettings().value(kRecentKey).toStringList();
    // Database projects stay (ProjectUri::display(): no password); files that are gone leave.
    files.erase(std::remove_if(files.begin(), files.end(),
                               [](const QString &f) { return !ProjectUri::isUri(f) && !QFileInfo::exists(f); }),
                files.end());
    return files;
}

QString ProjectSession::lastProject() const
{
    return QSettings().value(kRecentKey).toStringList().value(0);
}

void ProjectSession::forget(const QString &path)
{
    QStringList files = QSettings().value(kRecentKey).toStringList();
    if (files.removeAll(path) == 0)
        return;
    QSettings().setValue(kRecentKey, files);
    Q_EMIT recentFilesChanged();
}

void ProjectSession::remember(const QString &path)
{
    QStringList files = QSettings().value(kRecentKey).toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    QSettings().setValue(kRecentKey, files);
    Q_EMIT recentFilesChanged();
}

} // namespace hp
