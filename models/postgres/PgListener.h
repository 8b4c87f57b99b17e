#pragma once

#include "storage/ProjectUri.h"

#include <QObject>

#include <memory>

class QSocketNotifier;
class QTimer;

namespace hp {

class PgConnection;

/// Listens for other clients' saves of one project (docs/storage.md, "Team
/// server", live updates): its own connection runs `LISTEN hedgeplan`, the
/// connection's socket sits in a QSocketNotifier (no polling), and every
/// notification for this project (PgProjectStore::kChannel) comes out as
/// saved(). The store sends them on commit, so a notification means the rows
/// are there to read. Runs in the thread that owns it and never blocks long:
/// reading a notification is PQconsumeInput on a socket that has data.
class PgListener : public QObject {
    Q_OBJECT

public:
    explicit PgListener(const ProjectUri &uri, QObject *parent = nullptr);
    ~PgListener() override;

    /// Connects and starts listening; false with *error on failure.
    bool start(QString *error);
    bool isListening() const { return m_connection != nullptr; }
    const ProjectUri &uri() const { return m_uri; }

Q_SIGNALS:
    /// Someone (role `role`) committed a save or copy of this project touching `rows` rows.
    void saved(const QString &role, qint64 rows);
    /// The listening connection broke (the server went away); nothing more comes.
    void lost(const QString &message);

private:
    void readNotifications();

    ProjectUri m_uri;
    std::unique_ptr<PgConnection> m_connection;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace hp
