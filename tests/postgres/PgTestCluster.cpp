#include "PgTestCluster.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <libpq-fe.h>

#include <pwd.h>
#include <unistd.h>

#include <stdexcept>

namespace hp::test {

namespace {

std::unique_ptr<PgTestCluster> g_cluster;

QString binDir()
{
    const QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QStringList found = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(found.begin(), found.end(), [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    for (auto it = found.rbegin(); it != found.rend(); ++it)
        if (QFile::exists(versions.filePath(*it + QStringLiteral("/bin/initdb"))))
            return versions.filePath(*it + QStringLiteral("/bin"));
    throw std::runtime_error("PostgreSQL's initdb is not installed (apt-get install postgresql; scripts/setup.sh does)");
}

bool asRoot() { return geteuid() == 0; }

/// Runs a PostgreSQL program, as the `postgres` user when we are root.
void runServerTool(const QString &tool, const QStringList &arguments)
{
    QProcess p;
    const QString program = binDir() + u'/' + tool;
    if (asRoot())
        p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} + arguments);
    else
        p.start(program, arguments);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        throw std::runtime_error(QString(tool + QStringLiteral(" failed: ")
                                         + QString::fromLocal8Bit(p.readAllStandardError() + p.readAllStandardOutput()))
                                     .toStdString());
}

void giveToServer(const QString &path)
{
    if (!asRoot())
        return;
    const passwd *pw = getpwnam("postgres");
    if (!pw || chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) != 0)
        throw std::runtime_error("cannot hand the test cluster's folder to the postgres user");
}

void writeFile(const QString &path, const QByteArray &text, bool append)
{
    QFile f(path);
    if (!f.open(append ? QIODevice::Append : QIODevice::WriteOnly))
        throw std::runtime_error("cannot write " + path.toStdString());
    f.write(text);
}

QString encode(const QString &value) { return QString::fromUtf8(QUrl::toPercentEncoding(value)); }

} // namespace

PgTestCluster &PgTestCluster::instance()
{
    if (!g_cluster) {
        g_cluster.reset(new PgTestCluster());
        g_cluster->start();
    }
    return *g_cluster;
}

void PgTestCluster::shutdown() { g_cluster.reset(); }

PgTestCluster::PgTestCluster() = default;

PgTestCluster::~PgTestCluster() { stop(); }

void PgTestCluster::initialize(const QString &dataDir)
{
    runServerTool(QStringLiteral("initdb"), {QStringLiteral("-D"), dataDir, QStringLiteral("--auth=trust"),
                                             QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-E"),
                                             QStringLiteral("UTF8"), QStringLiteral("--locale=C"), QStringLiteral("-N")});
    writeFile(dataDir + QStringLiteral("/pg_hba.conf"),
              "local all hp_password scram-sha-256\nlocal all all trust\n", false);
    // A throwaway server: no durability, little memory, quick start.
    writeFile(dataDir + QStringLiteral("/postgresql.conf"),
              "\nfsync = off\nsynchronous_commit = off\nfull_page_writes = off\nshared_buffers = 16MB\n"
              "max_connections = 30\nlisten_addresses = ''\n",
              true);
}

void PgTestCluster::start()
{
    m_root = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/hedgeplan-pg-XXXXXX"));
    if (!m_root->isValid())
        throw std::runtime_error("cannot create the test cluster's folder");
    m_socketDir = m_root->path();
    m_dataDir = m_root->filePath(QStringLiteral("data"));
    giveToServer(m_socketDir);
    const QString templateDir = qEnvironmentVariable("HEDGEPLAN_PG_TEMPLATE");
    if (!templateDir.isEmpty() && QFile::exists(templateDir + QStringLiteral("/PG_VERSION"))) {
        QProcess cp;
        cp.start(QStringLiteral("cp"), {QStringLiteral("-a"), templateDir, m_dataDir});
        if (!cp.waitForFinished(60000) || cp.exitCode() != 0)
            throw std::runtime_error("cannot copy the cluster template");
    } else {
        initialize(m_dataDir);
    }
    runServerTool(QStringLiteral("pg_ctl"),
                  {QStringLiteral("-D"), m_dataDir, QStringLiteral("-l"), m_root->filePath(QStringLiteral("server.log")),
                   QStringLiteral("-o"), QStringLiteral("-k %1 -c listen_addresses=''").arg(m_socketDir), QStringLiteral("-w"),
                   QStringLiteral("start")});
    m_running = true;
    sql(QStringLiteral("CREATE ROLE hp_password LOGIN PASSWORD 'right-password'; CREATE ROLE hp_editor LOGIN;"));
}

void PgTestCluster::stop()
{
    if (m_running) {
        m_running = false;
        try {
            runServerTool(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_dataDir, QStringLiteral("-m"),
                                                     QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")});
        } catch (const std::exception &) {
            // The folder is removed below either way.
        }
    }
    m_root.reset(); // removes the folder
}

QString PgTestCluster::uri(const QString &database, const QString &project, const QString &user) const
{
    QString text = QStringLiteral("postgresql:///%1?host=%2&user=%3").arg(database, encode(m_socketDir), encode(user));
    if (!project.isEmpty())
        text += QStringLiteral("&project=") + encode(project);
    return text;
}

namespace {

PGconn *superuser(const QString &socketDir, const QString &database)
{
    const QByteArray host = socketDir.toUtf8(), db = database.toUtf8();
    const char *keys[] = {"host", "dbname", "user", nullptr};
    const char *values[] = {host.constData(), db.constData(), "postgres", nullptr};
    PGconn *c = PQconnectdbParams(keys, values, 0);
    if (PQstatus(c) != CONNECTION_OK) {
        const std::string why = PQerrorMessage(c);
        PQfinish(c);
        throw std::runtime_error("test cluster: " + why);
    }
    return c;
}

} // namespace

void PgTestCluster::sql(const QString &statements, const QString &database) const
{
    PGconn *c = superuser(m_socketDir, database);
    PGresult *r = PQexec(c, statements.toUtf8().constData());
    const ExecStatusType status = PQresultStatus(r);
    const std::string why = PQresultErrorMessage(r);
    PQclear(r);
    PQfinish(c);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        throw std::runtime_error("test cluster SQL failed: " + why + " in: " + statements.toStdString());
}

QString PgTestCluster::scalar(const QString &query, const QString &database) const
{
    PGconn *c = superuser(m_socketDir, database);
    PGresult *r = PQexec(c, query.toUtf8().constData());
    const bool ok = PQresultStatus(r) == PGRES_TUPLES_OK;
    const std::string why = PQresultErrorMessage(r);
    const QString value = ok && PQntuples(r) > 0 ? QString::fromUtf8(PQgetvalue(r, 0, 0)) : QString();
    PQclear(r);
    PQfinish(c);
    if (!ok)
        throw std::runtime_error("test cluster query failed: " + why);
    return value;
}

QString PgTestCluster::createDatabase(const QString &owner)
{
    const QString name = QStringLiteral("hp_test_%1").arg(++m_databases);
    if (scalar(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = '%1'").arg(owner), QStringLiteral("postgres")) == u"0")
        sql(QStringLiteral("CREATE ROLE %1 LOGIN").arg(owner));
    sql(QStringLiteral("CREATE DATABASE %1 OWNER %2 ENCODING 'UTF8' TEMPLATE template0").arg(name, owner));
    return name;
}

} // namespace hp::test
