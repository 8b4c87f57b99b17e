#include "CanonicalReadContext.h"

#include "canonical/CanonicalFiles.h"

namespace hp {

namespace {
const QString &keyOf(const Provider &p) { return p.id; }
const QString &keyOf(const Offering &o) { return o.id; }
const QString &keyOf(const Workload &w) { return w.id; }
const QString &keyOf(const Contract &c) { return c.id; }
const QString &keyOf(const Scenario &s) { return s.name; }
} // namespace

template <typename T>
T *CanonicalReadContext::find(std::vector<T> &items, Index &index, const QString &key)
{
    if (index.covered > items.size()) { // the list shrank (never while reading): start over
        index.position.clear();
        index.covered = 0;
    }
    for (; index.covered < items.size(); ++index.covered)
        if (const QString &k = keyOf(items[index.covered]); !index.position.contains(k))
            index.position.insert(k, index.covered); // the first of a key wins
    const auto it = index.position.constFind(key);
    return it == index.position.cend() ? nullptr : &items[*it];
}

CanonicalReadContext::CanonicalReadContext(const std::map<QString, QByteArray> &files, CsvReadResult &result)
    : m_result(result)
{
    for (const auto &[name, bytes] : files)
        m_files.emplace(name, ImportInput::fromBytes(name, bytes)); // shared, not copied
}

std::unique_ptr<CsvTable> CanonicalReadContext::open(const QString &fileName)
{
    auto it = m_files.find(fileName);
    if (it == m_files.end())
        return nullptr;
    const CanonicalColumns &cols = CanonicalFiles::columns(fileName);
    return std::make_unique<CsvTable>(it->second, cols.required, cols.optional);
}

void CanonicalReadContext::collect(CsvTable &table)
{
    table.readToEnd(); // no-op after a complete rows() loop
    for (ImportError &e : table.errors())
        m_result.errors.push_back(std::move(e));
    table.errors().clear();
    m_result.warnings << table.warnings();
}

template Provider *CanonicalReadContext::find(std::vector<Provider> &, Index &, const QString &);
template Offering *CanonicalReadContext::find(std::vector<Offering> &, Index &, const QString &);
template Workload *CanonicalReadContext::find(std::vector<Workload> &, Index &, const QString &);
template Contract *CanonicalReadContext::find(std::vector<Contract> &, Index &, const QString &);
template Scenario *CanonicalReadContext::find(std::vector<Scenario> &, Index &, const QString &);

} // namespace hp
