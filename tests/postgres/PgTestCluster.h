#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace hp::test {

/// A throwaway PostgreSQL cluster for the tests (docs/storage.md, "Team
/// server"): initdb and pg_ctl from Debian's `postgresql` package in a private
/// temporary folder, a Unix socket in that folder (no TCP), so parallel test
/// processes never collide. Running as root (CI), the server runs as the
/// `postgres` user through runuser. One cluster per test process, started on
/// first use and stopped (folder deleted) by PgTestEnvironment at the end,
/// also when tests fail. When HEDGEPLAN_PG_TEMPLATE names an initdb'd folder
/// (ctest makes one per run), it is copied instead of running initdb again.
///
/// Roles: `postgres` (superuser, trust), `hp_password` (needs its password,
/// scram-sha-256) and whatever a test creates.
class PgTestCluster {
public:
    static PgTestCluster &instance();
    /// Stops the cluster (if started) and deletes its folder.
    static void shutdown();

    /// initdb into `dataDir` with the tests' settings (the ctest template).
    static void initialize(const QString &dataDir);

    const QString &socketDir() const { return m_socketDir; }
    /// postgresql:///DB?host=SOCKET&user=USER&project=PROJECT (project= left out when empty).
    QString uri(const QString &database, const QString &project, const QString &user = QStringLiteral("postgres")) const;
    /// Runs SQL as the superuser in `database`; fails the test (throws) on error.
    void sql(const QString &statements, const QString &database = QStringLiteral("postgres")) const;
    /// The first value of a query run as the superuser.
    QString scalar(const QString &query, const QString &database) const;
    /// A new UTF8 database with a unique name owned by `owner` (created with LOGIN when missing).
    QString createDatabase(const QString &owner = QStringLiteral("hp_editor"));

    ~PgTestCluster();

private:
    PgTestCluster();
    void start();
    void stop();

    std::unique_ptr<QTemporaryDir> m_root;
    QString m_socketDir;
    QString m_dataDir;
    bool m_running = false;
    int m_databases = 0;
};

} // namespace hp::test
