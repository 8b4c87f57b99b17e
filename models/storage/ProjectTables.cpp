#include "storage/ProjectTables.h"

#include "storage/ProjectReader.h"
#include "storage/ProjectSchema.h"
#include "storage/WrittenProject.h"
#include "storage/SqlInsert.h"
#include "storage/SqliteConnection.h"
#include "storage/StorageException.h"

#include <sqlite3.h>

#include <cstring>

namespace hp {

namespace {

using Type = ProjectTables::Type;

/// The empty project schema as an SQLite database image, built once: running
/// the migrations (DDL parsing, table rebuilds) on every load and save cost
/// as much as opening the whole file (docs/storage.md, "Benchmark (PostgreSQL)").
const QByteArray &emptyImage()
{
    static const QByteArray image = [] {
        SqliteConnection c(QStringLiteral(":memory:"), SqliteConnection::Mode::ReadWriteCreate);
        ProjectSchema::create(c);
        sqlite3_int64 size = 0;
        unsigned char *data = sqlite3_serialize(c.handle(), "main", &size, 0);
        if (!data)
            c.failNative(SQLITE_NOMEM, QStringLiteral("serializing the empty project schema"));
        QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
        sqlite3_free(data);
        return bytes;
    }();
    return image;
}

} // namespace

std::unique_ptr<SqliteConnection> ProjectTables::memoryProject()
{
    const QByteArray &image = emptyImage();
    auto c = std::make_unique<SqliteConnection>(QStringLiteral(":memory:"), SqliteConnection::Mode::ReadWriteCreate);
    auto *copy = static_cast<unsigned char *>(sqlite3_malloc64(sqlite3_uint64(image.size())));
    if (!copy)
        c->failNative(SQLITE_NOMEM, QStringLiteral("copying the empty project schema"));
    std::memcpy(copy, image.constData(), std::size_t(image.size()));
    const int rc = sqlite3_deserialize(c->handle(), "main", copy, image.size(), image.size(),
                                       SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
    if (rc != SQLITE_OK)
        c->failNative(rc, QStringLiteral("loading the empty project schema"));
    return c;
}

namespace {

std::vector<ProjectTables::Table> readShapes(const SqliteConnection &c)
{
    std::vector<ProjectTables::Table> tables;
    SqliteStatement names = c.select(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid"));
    while (names.next()) {
        ProjectTables::Table t;
        t.name = names.value(0).toString();
        tables.push_back(std::move(t));
    }
    names.finish();
    for (ProjectTables::Table &t : tables) {
        std::vector<std::pair<int, int>> key; // (position in key, column)
        SqliteStatement info = c.select(QStringLiteral("PRAGMA table_info(%1)").arg(t.name));
        while (info.next()) {
            const QString type = info.value(2).toString().toUpper();
            t.types.push_back(type == u"INTEGER" ? Type::Integer : type == u"REAL" ? Type::Real : Type::Text);
            if (const int pk = info.value(5).toInt(); pk > 0)
                key.emplace_back(pk, int(t.columns.size()));
            t.columns << info.value(1).toString();
        }
        std::sort(key.begin(), key.end());
        for (const auto &k : key)
            t.key.push_back(k.second);
    }
    return tables;
}

} // namespace

QString ProjectTables::Table::keyOf(std::size_t r) const
{
    QString out;
    for (int k : key) {
        out += rows[r][std::size_t(k)].value_or(QString());
        out += QChar(0x1f);
    }
    return out;
}

QString ProjectTables::Table::describe(std::size_t r) const
{
    QStringList parts;
    for (int k : key)
        parts << QStringLiteral("%1 '%2'").arg(columns[k], rows[r][std::size_t(k)].value_or(QString()));
    return QStringLiteral("the row %1 of table %2").arg(parts.join(QStringLiteral(", ")), name);
}

const std::vector<ProjectTables::Table> &ProjectTables::shapes()
{
    static const std::vector<Table> tables = [] { return readShapes(*memoryProject()); }();
    return tables;
}

std::vector<ProjectTables::Table> ProjectTables::fromProject(const Project &project)
{
    WrittenProject written;
    written.write(project);
    std::vector<Table> tables;
    tables.reserve(shapes().size());
    for (std::size_t t = 0; t < shapes().size(); ++t)
        tables.push_back(written.table(t));
    return tables;
}

Project ProjectTables::toProject(const std::vector<Table> &tables)
{
    const auto c = memoryProject();
    c->exec(QStringLiteral("BEGIN"));
    c->exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    for (const Table &t : tables) {
        SqlInsert insert(*c, t.name, t.columns);
        std::vector<SqlInsert::Value> values(t.columns.size());
        for (std::size_t r = 0; r < t.rows.size(); ++r) {
            for (std::size_t i = 0; i < values.size(); ++i) {
                const std::optional<QString> &v = t.rows[r][i];
                bool ok = true;
                if (!v)
                    values[i] = SqlInsert::null();
                else if (t.types[i] == Type::Integer)
                    values[i] = v->toLongLong(&ok);
                else if (t.types[i] == Type::Real)
                    values[i] = v->toDouble(&ok);
                else
                    values[i] = *v;
                if (!ok)
                    throw StorageException(StorageError::Code::Corrupt,
                                           QStringLiteral("%1, column %2: '%3' is not a number")
                                               .arg(t.describe(r), t.columns[int(i)], *v));
            }
            insert.row(values, [&] { return t.describe(r); });
        }
    }
    c->exec(QStringLiteral("COMMIT"));
    return ProjectReader::read(*c);
}

} // namespace hp
