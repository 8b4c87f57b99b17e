#include "LiveUpdates.h"

#include "ProjectSession.h"
#include "dialogs/ServerChangesDialog.h"
#include "document/ProjectDocument.h"
#include "document/ReplaceProjectCommand.h"
#include "postgres/PgListener.h"
#include "postgres/PgMerge.h"
#include "postgres/PgProjectStore.h"
#include "storage/StorageException.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace hp {

namespace {

struct Pulled {
    bool ok = false;
    Project project;
    PgSnapshot snapshot;
    QString error;
};

QString rowCount(int n)
{
    return n == 1 ? LiveUpdates::tr("1 row") : LiveUpdates::tr("%1 rows").arg(n);
}

} // namespace

LiveUpdates::LiveUpdates(QWidget *window, ProjectDocument *document, ProjectSession *session)
    : QObject(window), m_window(window), m_document(document), m_session(session)
{
    connect(session, &ProjectSession::pathChanged, this, &LiveUpdates::restart);
}

LiveUpdates::~LiveUpdates() = default;

bool LiveUpdates::isListening() const { return m_listener && m_listener->isListening(); }

void LiveUpdates::restart()
{
    const auto &uri = m_session->database();
    if (m_listener && uri && m_listener->uri().display() == uri->display())
        return;
    m_listener.reset();
    if (!uri)
        return;
    m_listener = std::make_unique<PgListener>(*uri);
    QString error;
    if (!m_listener->start(&error)) {
        m_listener.reset();
        Q_EMIT message(tr("No live updates: %1").arg(error));
        return;
    }
    connect(m_listener.get(), &PgListener::saved, this, [this](const QString &role, qint64) { pull(role); });
    connect(m_listener.get(), &PgListener::lost, this, [this](const QString &why) { Q_EMIT message(why); });
}

void LiveUpdates::pull(const QString &role)
{
    if (!m_session->database())
        return;
    if (m_pulling) {
        m_pendingRole = role;
        return;
    }
    m_pulling = true;
    const ProjectUri uri = *m_session->database();
    auto *watcher = new QFutureWatcher<Pulled>(this);
    connect(watcher, &QFutureWatcher<Pulled>::finished, this, [this, watcher, uri, role] {
        const Pulled read = watcher->result();
        watcher->deleteLater();
        m_pulling = false;
        const auto &open = m_session->database();
        if (open && open->display() == uri.display()) { // still the same project
            if (!read.ok) {
                Q_EMIT message(tr("Could not read others' changes: %1").arg(read.error));
            } else {
                const PgSnapshot base = m_session->databaseBase();
                std::vector<ProjectTables::Table> mine = base.tables;
                QString unmergeable;
                try {
                    if (m_document->isModified())
                        mine = ProjectTables::fromProject(m_document->project());
                } catch (const StorageException &e) {
                    unmergeable = e.error().message; // the edits break a rule a save would refuse too
                }
                PgMerge::Result merged = PgMerge::merge(base, read.snapshot, mine);
                const int changed = int(merged.changedByThem.size());
                if (changed > 0 && !unmergeable.isEmpty()) {
                    Q_EMIT message(tr("%1 saved %2; yours cannot be merged with them (%3)").arg(role, rowCount(changed), unmergeable));
                } else if (changed > 0 && !m_document->isModified()) {
                    m_session->rebase(read.snapshot, &read.project);
                    Q_EMIT message(tr("Updated from the server: %1 changed by %2").arg(rowCount(changed), role));
                } else if (changed > 0) {
                    const int conflicts = int(merged.conflicts.size());
                    if (conflicts > 0) {
                        ServerChangesDialog dialog(role, merged.conflicts, m_window);
                        dialog.exec();
                        merged = PgMerge::merge(base, read.snapshot, mine, dialog.takeTheirs());
                    }
                    try {
                        const Project project = ProjectTables::toProject(merged.tables);
                        m_session->rebase(read.snapshot);
                        m_document->push(new ReplaceProjectCommand(m_document, project, tr("Changes from the server (%1)").arg(role)));
                        Q_EMIT message(tr("Merged from the server: %1 changed by %2; your unsaved changes are kept")
                                         .arg(rowCount(changed), role));
                    } catch (const StorageException &e) {
                        Q_EMIT message(tr("%1 saved changes that do not fit your unsaved ones (%2): Save will be refused; "
                                        "File > Revert to Saved takes theirs")
                                         .arg(role, e.error().message));
                    }
                }
            }
        }
        Q_EMIT pulled();
        if (!m_pendingRole.isEmpty())
            pull(std::exchange(m_pendingRole, QString()));
    });
    watcher->setFuture(QtConcurrent::run([uri] {
        Pulled out;
        StorageError error;
        out.ok = PgProjectStore::load(uri, &out.project, &error, &out.snapshot);
        out.error = error.message;
        return out;
    }));
}

} // namespace hp
