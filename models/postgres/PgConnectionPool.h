#pragma once

#include "postgres/PgConnection.h"

#include <memory>

namespace hp {

/// A connection to a project's database, taken from the process's pool of
/// idle connections when one to the same server, database, role and password
/// is there (after a one-statement liveness check), else opened. Starting a
/// PostgreSQL backend costs more than reading the demo project (docs/storage.md,
/// "Benchmark (PostgreSQL)"), so the desktop app's reopen, save, revert, live
/// updates and History reuse one. Given back when this goes out of scope
/// normally with no transaction open; dropped (closed) when an exception is
/// unwinding. At most kIdlePerDatabase idle connections per key are kept.
class PgPooledConnection {
public:
    explicit PgPooledConnection(const ProjectUri &uri);
    ~PgPooledConnection();
    PgPooledConnection(const PgPooledConnection &) = delete;
    PgPooledConnection &operator=(const PgPooledConnection &) = delete;

    const PgConnection &operator*() const { return *m_connection; }
    const PgConnection *operator->() const { return m_connection.get(); }

    /// Closes every idle connection (tests and benchmarks measure a cold open with it).
    static void clear();
    static constexpr int kIdlePerDatabase = 2;

private:
    std::unique_ptr<PgConnection> m_connection;
    QString m_key;
    int m_exceptions = 0;
};

} // namespace hp
