#include "postgres/PgMerge.h"

#include <map>
#include <optional>

namespace hp {

namespace {

using Table = ProjectTables::Table;
using Values = std::vector<std::optional<QString>>;

struct Side {
    const Values *values = nullptr;
    qint64 version = 0;
};

/// Key → row (and version) of one table; `versions` may be null (the editor's rows have none).
std::map<QString, Side> byKey(const Table &t, const std::vector<qint64> *versions)
{
    std::map<QString, Side> out;
    for (std::size_t r = 0; r < t.rows.size(); ++r)
        out[t.keyOf(r)] = Side{&t.rows[r], versions && r < versions->size() ? (*versions)[r] : 0};
    return out;
}

const Side *find(const std::map<QString, Side> &m, const QString &key)
{
    const auto it = m.find(key);
    return it == m.end() ? nullptr : &it->second;
}

bool sameValues(const Side *a, const Side *b)
{
    if (!a || !b)
        return !a && !b;
    return *a->values == *b->values;
}

QString shown(const std::optional<QString> &v) { return v ? QStringLiteral("'%1'").arg(*v) : QStringLiteral("empty"); }

/// "name: yours 'A', theirs 'B'; …" for the columns where the two sides differ.
QString differenceOf(const Table &t, const Side *mine, const Side *theirs)
{
    if (!mine || !theirs)
        return mine ? QStringLiteral("they deleted it; you changed it") : QStringLiteral("you deleted it; they changed it");
    QStringList parts;
    for (qsizetype c = 0; c < t.columns.size(); ++c) {
        const auto &a = (*mine->values)[std::size_t(c)];
        const auto &b = (*theirs->values)[std::size_t(c)];
        if (a != b)
            parts << QStringLiteral("%1: yours %2, theirs %3").arg(t.columns[c], shown(a), shown(b));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

PgMerge::Result PgMerge::merge(const PgSnapshot &base, const PgSnapshot &theirs, const std::vector<Table> &mine,
                               const QSet<QString> &takeTheirs)
{
    Result result;
    for (std::size_t t = 0; t < mine.size(); ++t) {
        const Table &table = mine[t];
        const std::vector<qint64> *baseVersions = t < base.versions.size() ? &base.versions[t] : nullptr;
        const std::vector<qint64> *theirVersions = t < theirs.versions.size() ? &theirs.versions[t] : nullptr;
        const auto b = t < base.tables.size() ? byKey(base.tables[t], baseVersions) : std::map<QString, Side>();
        const auto th = t < theirs.tables.size() ? byKey(theirs.tables[t], theirVersions) : std::map<QString, Side>();
        const auto m = byKey(table, nullptr);
        std::map<QString, bool> keys;
        for (const auto *side : {&b, &th, &m})
            for (const auto &entry : *side)
                keys[entry.first] = true;
        Table merged = table;
        merged.rows.clear();
        for (const auto &entry : keys) {
            const QString &key = entry.first;
            const Side *bs = find(b, key), *ts = find(th, key), *ms = find(m, key);
            // Theirs changed: inserted, deleted, or a new version (also a bump by another tool).
            const bool theyChanged = (bs == nullptr) != (ts == nullptr) || (bs && ts && (bs->version != ts->version || !sameValues(bs, ts)));
            const bool iChanged = !sameValues(bs, ms);
            const Side *chosen = ms;
            QString description;
            if (theyChanged) {
                Table one; // just this row, for its description
                one.name = table.name;
                one.columns = table.columns;
                one.key = table.key;
                one.rows = {ts ? *ts->values : bs ? *bs->values : *ms->values};
                description = one.describe(0);
                Row row{table.name + QChar(0x1e) + key, description, QString()};
                result.changedByThem.push_back(row);
                if (!iChanged || sameValues(ts, ms))
                    chosen = ts;
                else {
                    row.difference = differenceOf(table, ms, ts);
                    result.conflicts.push_back(row);
                    if (takeTheirs.contains(row.id))
                        chosen = ts;
                }
            }
            if (chosen)
                merged.rows.push_back(*chosen->values);
        }
        result.tables.push_back(std::move(merged));
    }
    return result;
}

} // namespace hp
