#include "postgres/PgTableIo.h"

#include "postgres/PgConnection.h"
#include "storage/StorageException.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hp {

using Table = ProjectTables::Table;

namespace {

QString keyOrder(const Table &t)
{
    QStringList order;
    for (int k : t.key)
        order << t.columns[k];
    return order.join(QStringLiteral(", "));
}

/// One value in COPY's text format.
void appendCopyValue(QByteArray &out, const std::optional<QString> &value)
{
    if (!value) {
        out += "\\N";
        return;
    }
    auto append = [&out](char ch) {
        switch (ch) {
        case '\\': out += "\\\\"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        default: out += ch;
        }
    };
    // Most values are ASCII: appended directly, without a UTF-8 copy of each value.
    for (const QChar ch : *value) {
        if (ch.unicode() >= 0x80) {
            for (const char byte : value->toUtf8())
                append(byte);
            return;
        }
    }
    for (const QChar ch : *value)
        append(char(ch.unicode()));
}

QString tableArray()
{
    QStringList names;
    for (const Table &t : ProjectTables::shapes())
        names << t.name;
    return QStringLiteral("{%1}").arg(names.join(u','));
}

} // namespace

QString PgTableIo::qualified(const QString &table) { return QStringLiteral("hedgeplan.") + table; }

PgSnapshot PgTableIo::read(const PgConnection &c, qint64 projectId)
{
    PgSnapshot snapshot;
    snapshot.projectId = projectId;
    snapshot.tables = ProjectTables::shapes();
    const QString id = QString::number(projectId);
    for (Table &t : snapshot.tables) {
        const PgResult r = c.exec(QStringLiteral("SELECT %1, version FROM %2 WHERE project_id = $1 ORDER BY %3")
                                      .arg(t.columns.join(QStringLiteral(", ")), qualified(t.name), keyOrder(t)),
                                  {id}, QStringLiteral("reading table %1").arg(t.name));
        const int n = int(t.columns.size());
        std::vector<qint64> versions;
        t.rows.reserve(std::size_t(r.rows()));
        versions.reserve(std::size_t(r.rows()));
        for (int row = 0; row < r.rows(); ++row) {
            std::vector<std::optional<QString>> values;
            values.reserve(std::size_t(n));
            for (int col = 0; col < n; ++col)
                values.push_back(r.value(row, col));
            t.rows.push_back(std::move(values));
            versions.push_back(r.text(row, n).toLongLong());
        }
        snapshot.versions.push_back(std::move(versions));
    }
    snapshot.writable = writable(c);
    return snapshot;
}

void PgTableIo::copy(const PgConnection &c, qint64 projectId, const std::vector<Table> &tables)
{
    for (const Table &t : tables)
        copyTable(c, projectId, t);
}

void PgTableIo::copyTable(const PgConnection &c, qint64 projectId, const Table &t, const std::vector<std::size_t> *rows)
{
    const std::size_t count = rows ? rows->size() : t.rows.size();
    if (count == 0)
        return;
    const QByteArray id = QByteArray::number(projectId);
    // Sent in pieces as they are made: the server inserts one piece while the next is written.
    std::size_t next = 0;
    c.copyIn(qualified(t.name), QStringList{QStringLiteral("project_id")} + t.columns, [&](QByteArray &data) {
        data.clear();
        next = appendCopyRows(data, id, t, rows, next);
        return !data.isEmpty();
    });
}

std::size_t PgTableIo::appendCopyRows(QByteArray &data, const QByteArray &projectId, const Table &t,
                                      const std::vector<std::size_t> *rows, std::size_t from)
{
    const std::size_t count = rows ? rows->size() : t.rows.size();
    std::size_t next = from;
    for (; next < count && data.size() < kCopyPiece; ++next) {
        data += projectId;
        for (const auto &value : t.rows[rows ? (*rows)[next] : next]) {
            data += '\t';
            appendCopyValue(data, value);
        }
        data += '\n';
    }
    return next;
}

void PgTableIo::copyPieces(const PgConnection &c, const Table &t, const std::vector<QByteArray> &pieces)
{
    if (pieces.empty())
        return;
    std::size_t next = 0;
    c.copyIn(qualified(t.name), QStringList{QStringLiteral("project_id")} + t.columns, [&](QByteArray &data) {
        if (next == pieces.size())
            return false;
        data = pieces[next++];
        return true;
    });
}

void PgTableIo::clear(const PgConnection &c, qint64 projectId)
{
    const auto &tables = ProjectTables::shapes();
    for (auto t = tables.rbegin(); t != tables.rend(); ++t)
        c.exec(QStringLiteral("DELETE FROM %1 WHERE project_id = $1").arg(qualified(t->name)),
               {QString::number(projectId)}, QStringLiteral("deleting the rows of table %1").arg(t->name));
}

bool PgTableIo::writable(const PgConnection &c)
{
    // One privilege per call: has_table_privilege('…', 'INSERT, UPDATE') is true when either is held.
    return c.scalar(QStringLiteral("SELECT bool_and(has_table_privilege(n, 'INSERT') AND has_table_privilege(n, 'UPDATE') "
                                   "AND has_table_privilege(n, 'DELETE')) AND has_table_privilege('hedgeplan.changes', 'INSERT') "
                                   "AND has_table_privilege('hedgeplan.projects', 'INSERT') "
                                   "FROM (SELECT 'hedgeplan.' || quote_ident(t) AS n FROM unnest($1::text[]) AS t) AS tables"),
                    {tableArray()})
        == u"t";
}

void PgTableIo::checkWritable(const PgConnection &c)
{
    if (!writable(c))
        throw StorageException(StorageError::Code::ReadOnly,
                               c.messageFor(QStringLiteral("the role '%1' may only read Hedgeplan projects in this database "
                                                           "(it lacks INSERT, UPDATE or DELETE on the tables of schema "
                                                           "hedgeplan); nothing was written")
                                                .arg(c.role())));
}

QJsonValue PgTableIo::rowKey(const Table &table, std::size_t r)
{
    auto value = [&](int k) -> QJsonValue {
        const QString text = table.rows[r][std::size_t(k)].value_or(QString());
        if (table.types[std::size_t(k)] == ProjectTables::Type::Integer)
            return QJsonValue(text.toLongLong());
        return QJsonValue(text);
    };
    if (table.key.size() == 1)
        return value(table.key.front());
    QJsonObject o;
    for (int k : table.key)
        o.insert(table.columns[k], value(k));
    return o;
}

QString PgTableIo::lastChange(const PgConnection &c, qint64 projectId, const QString &table, const QJsonValue &key)
{
    const QByteArray json = QJsonDocument(QJsonArray{key}).toJson(QJsonDocument::Compact);
    // The row's last own entry (index changes_by_row), or a later bulk entry (a statement of several rows,
    // schema version 4) that holds the row: its elements are whole rows (insert, delete) or [key, old, new].
    const PgResult r = c.exec(
        QStringLiteral(
            "WITH own AS (SELECT id, who, at FROM hedgeplan.changes WHERE project_id = $1 AND entity = $2 "
            "AND row_key = ($3::jsonb -> 0) ORDER BY id DESC LIMIT 1), "
            "bulk AS (SELECT c.id, c.who, c.at FROM hedgeplan.changes AS c WHERE c.project_id = $1 AND c.entity = $2 "
            "AND c.bulk_op IS NOT NULL AND c.id > COALESCE((SELECT id FROM own), 0) AND EXISTS (SELECT FROM "
            "json_array_elements(c.bulk_rows) AS e WHERE CASE WHEN c.bulk_op = 'update' THEN e.value::jsonb -> 0 = $3::jsonb -> 0 "
            "WHEN cardinality(c.bulk_keys) = 1 THEN e.value::jsonb -> c.bulk_keys[1] = $3::jsonb -> 0 "
            "ELSE e.value::jsonb @> ($3::jsonb -> 0) END) ORDER BY c.id DESC LIMIT 1) "
            "SELECT who, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM "
            "(SELECT * FROM own UNION ALL SELECT * FROM bulk) AS last ORDER BY id DESC LIMIT 1"),
        {QString::number(projectId), table, QString::fromUtf8(json)});
    if (r.rows() == 0)
        return {};
    return QStringLiteral("%1 at %2").arg(r.text(0, 0), r.text(0, 1));
}

} // namespace hp
