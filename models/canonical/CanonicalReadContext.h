#pragma once

#include "canonical/CanonicalCsvReader.h"
#include "csv/CsvTable.h"
#include "import/ImportInput.h"

#include <QByteArray>
#include <QHash>

#include <map>
#include <memory>

namespace hp {

/// Shared state while reading one folder of canonical files: the files, the
/// result being built, and look-ups by id into the project read so far.
class CanonicalReadContext {
public:
    /// The files by canonical name ("providers.csv"): bytes in memory or files on
    /// disk, each read as a stream by open().
    CanonicalReadContext(std::map<QString, ImportInput> files, CsvReadResult &result)
        : m_files(std::move(files)), m_result(result)
    {
    }
    CanonicalReadContext(const std::map<QString, QByteArray> &files, CsvReadResult &result);

    Project &project() { return m_result.project; }
    CsvReadResult &result() { return m_result; }

    /// The table of `fileName` with its header read, or nullptr when the file is
    /// absent; its rows() are read from the file as a reader iterates them (once).
    std::unique_ptr<CsvTable> open(const QString &fileName);
    /// Moves a table's errors and warnings into the result (after reading any rows left).
    void collect(CsvTable &table);
    /// Records an error that concerns several rows of a file.
    void error(ImportError error) { m_result.errors.push_back(std::move(error)); }

    // Hash look-ups (a large file reads in linear time); they see every item
    // added to the project so far, so they also detect duplicates while reading.
    Provider *provider(const QString &id) { return find(project().providers, m_providers, id); }
    Offering *offering(const QString &id) { return find(project().offerings, m_offerings, id); }
    Workload *workload(const QString &id) { return find(project().workloads, m_workloads, id); }
    Contract *contract(const QString &id) { return find(project().contracts, m_contracts, id); }
    Scenario *scenario(const QString &name) { return find(project().scenarios, m_scenarios, name); }

private:
    /// Position of each key; `covered` items of the list are indexed.
    struct Index {
        QHash<QString, std::size_t> position;
        std::size_t covered = 0;
    };
    template <typename T>
    static T *find(std::vector<T> &items, Index &index, const QString &key);

    std::map<QString, ImportInput> m_files;
    CsvReadResult &m_result;
    Index m_providers, m_offerings, m_workloads, m_contracts, m_scenarios;
};

} // namespace hp
