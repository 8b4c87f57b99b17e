#include "postgres/PgChangeSet.h"

#include "postgres/PgConnection.h"
#include "postgres/PgSavePipeline.h"
#include "postgres/PgTableIo.h"
#include "storage/StorageException.h"

namespace hp {

using Table = ProjectTables::Table;
using Row = std::vector<std::optional<QString>>;

namespace {

/// "WHERE project_id = $1 AND k1 = $2 AND …", parameters from $2 on.
QString keyCondition(const Table &t, int firstParameter)
{
    QString sql = QStringLiteral("project_id = $1");
    int p = firstParameter;
    for (int k : t.key)
        sql += QStringLiteral(" AND %1 = $%2").arg(t.columns[k]).arg(p++);
    return sql;
}

std::vector<std::optional<QString>> keyValues(const Table &t, const Row &row)
{
    std::vector<std::optional<QString>> values;
    for (int k : t.key)
        values.push_back(row[std::size_t(k)]);
    return values;
}

class TableDiff {
public:
    TableDiff(const PgConnection &c, qint64 projectId, const Table &before, const std::vector<qint64> &versions,
              PgSavePipeline::Prepared prepared)
        : m_c(c), m_projectId(projectId), m_before(before), m_versions(versions), m_prepared(std::move(prepared))
    {
    }

    /// Updates, then inserts (prepared by PgSavePipeline). The deletes wait for deleteRemoved(),
    /// after every table's inserts and updates.
    void apply(PgChangeSet::Counts &counts)
    {
        for (const auto &changed : m_prepared.updates)
            update(changed.first, m_prepared.table.rows[changed.second]);
        counts.updated += qint64(m_prepared.updates.size());
        PgTableIo::copyPieces(m_c, m_prepared.table, m_prepared.copy);
        m_prepared.copy.clear();
        counts.inserted += m_prepared.inserted;
    }

    /// Deletes the rows of `before` that the new table no longer has.
    void deleteRemoved(PgChangeSet::Counts &counts)
    {
        for (std::size_t r = 0; r < m_before.rows.size(); ++r)
            if (!m_prepared.kept[r] && remove(r))
                ++counts.deleted;
    }

    /// The new rows and their versions, for the snapshot after the save.
    PgSavePipeline::Prepared &prepared() { return m_prepared; }

private:
    std::vector<std::optional<QString>> parameters(std::size_t r) const
    {
        std::vector<std::optional<QString>> values{QString::number(m_projectId)};
        for (auto &v : keyValues(m_before, m_before.rows[r]))
            values.push_back(std::move(v));
        return values;
    }

    void update(std::size_t r, const Row &next)
    {
        std::vector<std::optional<QString>> values = parameters(r);
        QStringList assignments;
        const Table &after = m_prepared.table;
        for (qsizetype i = 0; i < after.columns.size(); ++i) {
            if (next[std::size_t(i)] == m_before.rows[r][std::size_t(i)])
                continue;
            values.push_back(next[std::size_t(i)]);
            assignments << QStringLiteral("%1 = $%2").arg(after.columns[i]).arg(values.size());
        }
        values.push_back(QString::number(m_versions[r]));
        const PgResult result = m_c.execValues(
            QStringLiteral("UPDATE %1 SET %2 WHERE %3 AND version = $%4")
                .arg(PgTableIo::qualified(after.name), assignments.join(QStringLiteral(", ")),
                     keyCondition(after, 2))
                .arg(values.size()),
            values, QStringLiteral("saving %1").arg(m_before.describe(r)));
        if (result.affected() != 1)
            conflict(r, exists(r));
    }

    /// False when the row is gone already (someone else deleted it too: nothing is lost).
    bool remove(std::size_t r)
    {
        std::vector<std::optional<QString>> values = parameters(r);
        values.push_back(QString::number(m_versions[r]));
        const PgResult result = m_c.execValues(
            QStringLiteral("DELETE FROM %1 WHERE %2 AND version = $%3")
                .arg(PgTableIo::qualified(m_before.name), keyCondition(m_before, 2))
                .arg(values.size()),
            values, QStringLiteral("deleting %1").arg(m_before.describe(r)));
        if (result.affected() == 1)
            return true;
        if (exists(r))
            conflict(r, true);
        return false;
    }

    bool exists(std::size_t r) const
    {
        return m_c.execValues(QStringLiteral("SELECT 1 FROM %1 WHERE %2")
                                  .arg(PgTableIo::qualified(m_before.name), keyCondition(m_before, 2)),
                              parameters(r))
                   .rows()
            == 1;
    }

    [[noreturn]] void conflict(std::size_t r, bool stillThere) const
    {
        const QString who = PgTableIo::lastChange(m_c, m_projectId, m_before.name, PgTableIo::rowKey(m_before, r));
        const QString what = stillThere ? QStringLiteral("changed") : QStringLiteral("deleted");
        throw StorageException(
            StorageError::Code::Conflict,
            m_c.messageFor(QStringLiteral("%1 was %2 by %3 since the project was read; nothing was saved (read the "
                                          "project again and redo the change)")
                               .arg(m_before.describe(r), what,
                                    who.isEmpty() ? QStringLiteral("someone else") : who)));
    }

    const PgConnection &m_c;
    qint64 m_projectId;
    const Table &m_before;
    const std::vector<qint64> &m_versions;
    PgSavePipeline::Prepared m_prepared;
};

} // namespace

PgChangeSet::Counts PgChangeSet::apply(const PgConnection &c, const PgSnapshot &base, PgSavePipeline &pipeline,
                                       PgSnapshot *after)
{
    // Schema version 4 checks the foreign keys between tables at the end of each statement: parents are
    // inserted (and updated) before their children, and children deleted before their parents. The
    // tables come parents first (ProjectTables::shapes(), PgSchemaVersion4.TablesComeParentsFirst).
    // The pipeline's thread writes and prepares the tables after t while the server inserts table t.
    pipeline.start(base);
    // However this ends, the thread stops here, before `base` (the caller's) can go away.
    struct Stop {
        PgSavePipeline &pipeline;
        ~Stop() { pipeline.stop(); }
    } const stop{pipeline};
    Counts counts;
    std::vector<TableDiff> diffs;
    diffs.reserve(base.tables.size());
    for (std::size_t t = 0; t < base.tables.size(); ++t) {
        diffs.emplace_back(c, base.projectId, base.tables[t], base.versions[t], pipeline.next());
        diffs.back().apply(counts);
    }
    for (auto diff = diffs.rbegin(); diff != diffs.rend(); ++diff)
        diff->deleteRemoved(counts);
    if (after) {
        after->projectId = base.projectId;
        after->writable = true;
        after->tables.clear();
        after->versions.clear();
        for (TableDiff &diff : diffs) {
            after->tables.push_back(std::move(diff.prepared().table));
            after->versions.push_back(std::move(diff.prepared().versions));
        }
    }
    return counts;
}

} // namespace hp
