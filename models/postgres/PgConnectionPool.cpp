#include "postgres/PgConnectionPool.h"

#include "storage/StorageException.h"

#include <QMutex>
#include <QMutexLocker>

#include <libpq-fe.h>

#include <exception>
#include <map>
#include <vector>

namespace hp {

namespace {

QMutex g_mutex;
std::map<QString, std::vector<std::unique_ptr<PgConnection>>> g_idle; ///< key → idle connections

/// The pool's key: everything that decides where and as whom a connection logs in (memory only).
QString keyOf(const ProjectUri &uri) { return uri.connectionString() + QChar(0x1f) + uri.suppliedPassword(); }

std::unique_ptr<PgConnection> takeIdle(const QString &key)
{
    QMutexLocker lock(&g_mutex);
    auto it = g_idle.find(key);
    if (it == g_idle.end() || it->second.empty())
        return nullptr;
    std::unique_ptr<PgConnection> c = std::move(it->second.back());
    it->second.pop_back();
    return c;
}

} // namespace

PgPooledConnection::PgPooledConnection(const ProjectUri &uri) : m_key(keyOf(uri)), m_exceptions(std::uncaught_exceptions())
{
    while (std::unique_ptr<PgConnection> idle = takeIdle(m_key)) {
        try {
            idle->exec(QStringLiteral("SELECT 1")); // the server may have closed it meanwhile
            m_connection = std::move(idle);
            return;
        } catch (const StorageException &) {
            // gone: try the next idle one, or open a new one
        }
    }
    m_connection = std::make_unique<PgConnection>(uri);
}

PgPooledConnection::~PgPooledConnection()
{
    if (!m_connection || std::uncaught_exceptions() > m_exceptions || PQstatus(m_connection->handle()) != CONNECTION_OK
        || PQtransactionStatus(m_connection->handle()) != PQTRANS_IDLE)
        return;
    QMutexLocker lock(&g_mutex);
    auto &idle = g_idle[m_key];
    if (int(idle.size()) < kIdlePerDatabase)
        idle.push_back(std::move(m_connection));
}

void PgPooledConnection::clear()
{
    std::map<QString, std::vector<std::unique_ptr<PgConnection>>> closing;
    {
        QMutexLocker lock(&g_mutex);
        closing.swap(g_idle);
    }
}

} // namespace hp
