#include "postgres/LibPq.h"

#include <libpq-fe.h>

#include <dlfcn.h>

#include <cstdio>
#include <cstdlib>

namespace hp {

namespace {

// Every libpq function Hedgeplan calls; X(name) per function.
#define HP_LIBPQ_FUNCTIONS(X)                                                                                      \
    X(PQclear) X(PQcmdTuples) X(PQconnectdbParams) X(PQconnectionNeedsPassword) X(PQconninfoFree)                  \
    X(PQconninfoParse) X(PQconsumeInput) X(PQerrorMessage) X(PQexec) X(PQexecParams) X(PQfinish) X(PQfreemem)     \
    X(PQgetResult) X(PQgetisnull) X(PQgetlength) X(PQgetvalue) X(PQnfields) X(PQnotifies) X(PQntuples)            \
    X(PQputCopyData) X(PQputCopyEnd) X(PQresultErrorField) X(PQresultStatus) X(PQsocket) X(PQstatus)              \
    X(PQtransactionStatus)

struct Api {
#define HP_LIBPQ_POINTER(name) decltype(&::name) name = nullptr;
    HP_LIBPQ_FUNCTIONS(HP_LIBPQ_POINTER)
#undef HP_LIBPQ_POINTER
    QString error; ///< empty when every function was resolved
};

Api resolve()
{
    Api api;
    void *handle = dlopen(LibPq::kFileName, RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        api.error = QString::fromLocal8Bit(dlerror());
        return api;
    }
#define HP_LIBPQ_RESOLVE(name)                                                                                     \
    api.name = reinterpret_cast<decltype(&::name)>(dlsym(handle, #name));                                          \
    if (!api.name && api.error.isEmpty())                                                                          \
        api.error = QStringLiteral("%1 has no %2").arg(QLatin1String(LibPq::kFileName), QLatin1String(#name));
    HP_LIBPQ_FUNCTIONS(HP_LIBPQ_RESOLVE)
#undef HP_LIBPQ_RESOLVE
    return api;
}

const Api &api()
{
    static const Api loaded = resolve();
    return loaded;
}

/// The functions below are reached only after LibPq::load succeeded (their
/// callers hold a connection or a parsed URI); otherwise say so and stop.
const Api &loaded()
{
    const Api &a = api();
    if (!a.error.isEmpty()) {
        std::fprintf(stderr, "hedgeplan: a libpq function was called without libpq: %s\n", qPrintable(a.error));
        std::abort();
    }
    return a;
}

} // namespace

bool LibPq::load(QString *error)
{
    const Api &a = api();
    if (!a.error.isEmpty() && error)
        *error = QStringLiteral("libpq, the PostgreSQL client library, cannot be loaded (%1)").arg(a.error);
    return a.error.isEmpty();
}

} // namespace hp

// The libpq functions Hedgeplan calls (libpq-fe.h's declarations), each
// forwarding to the library LibPq loaded.
extern "C" {

void PQclear(PGresult *res)
{
    if (res)
        hp::loaded().PQclear(res);
}
char *PQcmdTuples(PGresult *res) { return hp::loaded().PQcmdTuples(res); }
PGconn *PQconnectdbParams(const char *const *keywords, const char *const *values, int expand_dbname)
{
    return hp::loaded().PQconnectdbParams(keywords, values, expand_dbname);
}
int PQconnectionNeedsPassword(const PGconn *conn) { return hp::loaded().PQconnectionNeedsPassword(conn); }
void PQconninfoFree(PQconninfoOption *connOptions) { hp::loaded().PQconninfoFree(connOptions); }
PQconninfoOption *PQconninfoParse(const char *conninfo, char **errmsg) { return hp::loaded().PQconninfoParse(conninfo, errmsg); }
int PQconsumeInput(PGconn *conn) { return hp::loaded().PQconsumeInput(conn); }
char *PQerrorMessage(const PGconn *conn) { return hp::loaded().PQerrorMessage(conn); }
PGresult *PQexec(PGconn *conn, const char *query) { return hp::loaded().PQexec(conn, query); }
PGresult *PQexecParams(PGconn *conn, const char *command, int nParams, const Oid *paramTypes, const char *const *paramValues,
                       const int *paramLengths, const int *paramFormats, int resultFormat)
{
    return hp::loaded().PQexecParams(conn, command, nParams, paramTypes, paramValues, paramLengths, paramFormats, resultFormat);
}
void PQfinish(PGconn *conn)
{
    if (conn) // PgConnection's destructor finishes a connection that never opened
        hp::loaded().PQfinish(conn);
}
void PQfreemem(void *ptr)
{
    if (ptr)
        hp::loaded().PQfreemem(ptr);
}
PGresult *PQgetResult(PGconn *conn) { return hp::loaded().PQgetResult(conn); }
int PQgetisnull(const PGresult *res, int tup_num, int field_num) { return hp::loaded().PQgetisnull(res, tup_num, field_num); }
int PQgetlength(const PGresult *res, int tup_num, int field_num) { return hp::loaded().PQgetlength(res, tup_num, field_num); }
char *PQgetvalue(const PGresult *res, int tup_num, int field_num) { return hp::loaded().PQgetvalue(res, tup_num, field_num); }
int PQnfields(const PGresult *res) { return hp::loaded().PQnfields(res); }
PGnotify *PQnotifies(PGconn *conn) { return hp::loaded().PQnotifies(conn); }
int PQntuples(const PGresult *res) { return hp::loaded().PQntuples(res); }
int PQputCopyData(PGconn *conn, const char *buffer, int nbytes) { return hp::loaded().PQputCopyData(conn, buffer, nbytes); }
int PQputCopyEnd(PGconn *conn, const char *errormsg) { return hp::loaded().PQputCopyEnd(conn, errormsg); }
char *PQresultErrorField(const PGresult *res, int fieldcode) { return hp::loaded().PQresultErrorField(res, fieldcode); }
ExecStatusType PQresultStatus(const PGresult *res) { return hp::loaded().PQresultStatus(res); }
int PQsocket(const PGconn *conn) { return hp::loaded().PQsocket(conn); }
ConnStatusType PQstatus(const PGconn *conn) { return hp::loaded().PQstatus(conn); }
PGTransactionStatusType PQtransactionStatus(const PGconn *conn) { return hp::loaded().PQtransactionStatus(conn); }

} // extern "C"
