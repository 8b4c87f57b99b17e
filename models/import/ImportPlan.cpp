#include "ImportPlan.h"

#include "import/RejectSpool.h"

#include <QHash>

#include <algorithm>
#include <map>
#include <tuple>

namespace hp {

namespace {

template <typename T>
void upsert(std::vector<T> &into, const std::vector<T> &items)
{
    QHash<QString, std::size_t> index;
    index.reserve(qsizetype(into.size() + items.size()));
    for (std::size_t i = 0; i < into.size(); ++i)
        index.insert(into[i].id, i);
    for (const T &item : items) {
        const auto it = index.constFind(item.id);
        if (it == index.constEnd()) {
            index.insert(item.id, into.size());
            into.push_back(item);
        } else {
            into[*it] = item;
        }
    }
}

template <typename T>
std::pair<int, int> addedUpdated(const std::vector<T> &existing, const std::vector<T> &items)
{
    int added = 0, updated = 0;
    for (const T &item : items) {
        const bool known = std::any_of(existing.begin(), existing.end(), [&](const T &x) { return x.id == item.id; });
        (known ? updated : added) += 1;
    }
    return {added, updated};
}

QString plural(int n, const char *noun)
{
    return QStringLiteral("%1 %2%3").arg(n).arg(QString::fromLatin1(noun), n == 1 ? QString() : QStringLiteral("s"));
}

} // namespace

QString CoercionNote::toString() const
{
    return QStringLiteral("%1: column %2: %3 × %4 from line %5, e.g. %6").arg(file, column).arg(count).arg(kind).arg(firstLine).arg(example);
}

void ImportPlan::addReject(ImportError reject)
{
    if (rejectSpool)
        rejectSpool->add(reject);
    if (rejectLimit < 0 || qint64(rejects.size()) < rejectLimit)
        rejects.push_back(std::move(reject));
    else
        ++rejectsNotKept;
}

void ImportPlan::noteCoercion(const QString &file, const QString &column, int line, const Coercion &coercion)
{
    for (CoercionNote &n : coercions)
        if (n.file == file && n.column == column && n.kind == coercion.kind) {
            ++n.count;
            return;
        }
    coercions.push_back({file, column, coercion.kind, 1, line, coercion.detail});
}

QString ImportPlan::matchProvider(const Project &project, const QString &text) const
{
    for (const bool byName : {true, false})
        for (const std::vector<Provider> *list : {&providers, &project.providers})
            for (const Provider &p : *list)
                if ((byName ? p.name : p.id).compare(text, Qt::CaseInsensitive) == 0)
                    return p.id;
    return QString();
}

QString ImportPlan::summary(const Project &before) const
{
    QStringList parts;
    auto add = [&](std::pair<int, int> counts, const char *noun) {
        if (counts.first + counts.second > 0)
            parts << QStringLiteral("%1 added, %2 updated").arg(plural(counts.first, noun)).arg(counts.second);
    };
    add(addedUpdated(before.providers, providers), "provider");
    add(addedUpdated(before.offerings, offerings), "offering");
    add(addedUpdated(before.contracts, contracts), "contract");
    if (!actuals.empty())
        parts << QStringLiteral("%1 (provider × month)").arg(plural(int(actuals.size()), "actual"));
    QString rows = QStringLiteral("%1 read: %2 accepted, %3 rejected (%4)")
                       .arg(plural(rowsRead, "row")).arg(rowsAccepted).arg(rowsRejected()).arg(plural(int(rejectCount()), "reject"));
    if (!skipped.empty())
        rows += skipped.size() == 1 ? QStringLiteral(", 1 entry skipped") : QStringLiteral(", %1 entries skipped").arg(skipped.size());
    if (blankLines > 0)
        rows += QStringLiteral(", %1 skipped").arg(plural(blankLines, "blank line"));
    parts << rows;
    return parts.join(QStringLiteral("; "));
}

Project applied(const Project &project, const ImportPlan &plan)
{
    Project out = project;
    apply(plan, out);
    return out;
}

bool apply(const ImportPlan &plan, Project &project)
{
    if (!plan.canApply())
        return false;
    upsert(project.providers, plan.providers);
    upsert(project.offerings, plan.offerings);
    upsert(project.contracts, plan.contracts);
    std::map<std::tuple<QString, int, QString>, std::size_t> index;
    for (std::size_t i = 0; i < project.actuals.size(); ++i) {
        const Actual &x = project.actuals[i];
        index.emplace(std::tuple{x.provider, x.month.index(), x.currency}, i);
    }
    for (const Actual &a : plan.actuals) {
        const auto [it, added] = index.emplace(std::tuple{a.provider, a.month.index(), a.currency}, project.actuals.size());
        if (added)
            project.actuals.push_back(a);
        else
            project.actuals[it->second] = a;
    }
    return true;
}

} // namespace hp
