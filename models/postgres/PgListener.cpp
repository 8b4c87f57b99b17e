#include "postgres/PgListener.h"

#include "postgres/PgConnection.h"
#include "postgres/PgProjectStore.h"
#include "storage/StorageException.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <libpq-fe.h>

namespace hp {

PgListener::PgListener(const ProjectUri &uri, QObject *parent) : QObject(parent), m_uri(uri) {}

PgListener::~PgListener() = default;

bool PgListener::start(QString *error)
{
    try {
        auto connection = std::make_unique<PgConnection>(m_uri);
        connection->exec(QStringLiteral("LISTEN %1").arg(PgProjectStore::kChannel), {}, QStringLiteral("listening for changes"));
        const int socket = PQsocket(connection->handle());
        if (socket < 0)
            throw StorageException(StorageError::Code::Connection, connection->messageFor(QStringLiteral("the connection has no socket")));
        m_connection = std::move(connection);
        m_notifier = new QSocketNotifier(socket, QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &PgListener::readNotifications);
        return true;
    } catch (const StorageException &e) {
        if (error)
            *error = e.error().message;
        return false;
    }
}

void PgListener::readNotifications()
{
    pg_conn *conn = m_connection->handle();
    if (PQconsumeInput(conn) != 1) {
        const QString why = m_uri.scrub(QString::fromUtf8(PQerrorMessage(conn)).simplified());
        m_notifier->setEnabled(false);
        m_notifier->deleteLater();
        m_notifier = nullptr;
        m_connection.reset();
        Q_EMIT lost(QStringLiteral("Cannot use '%1': live updates stopped: %2").arg(m_uri.display(), why));
        return;
    }
    while (PGnotify *n = PQnotifies(conn)) {
        const QJsonObject payload = QJsonDocument::fromJson(QByteArray(n->extra)).object();
        const bool ours = QString::fromUtf8(n->relname) == PgProjectStore::kChannel
            && payload.value(QStringLiteral("project")).toString() == m_uri.project();
        PQfreemem(n);
        if (ours)
            Q_EMIT saved(payload.value(QStringLiteral("role")).toString(), qint64(payload.value(QStringLiteral("rows")).toDouble()));
    }
}

} // namespace hp
