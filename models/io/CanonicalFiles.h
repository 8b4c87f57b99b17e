#pragma once

#include "io/CsvTable.h"
#include "io/CanonicalCsvReader.h"

#include <QByteArray>

#include <map>
#include <memory>

namespace hp {

/// Column lists of every canonical file (DOMAIN.md §9 plus the extension
/// files of docs/csv-formats.md), required columns first.
struct CanonicalColumns {
    QStringList required;
    QStringList optional;
    QStringList all() const { return required + optional; }
};

class CanonicalFiles {
public:
    /// File names in reading order (providers first, placements after scenarios…).
    static const QStringList &fileNames();
    static const CanonicalColumns &columns(const QString &fileName);
};

/// Shared state while reading one folder.
struct CanonicalReadContext {
    const std::map<QString, QByteArray> &files;
    CsvReadResult &result;

    /// The table of `fileName`, or nullptr when the file is absent.
    std::unique_ptr<CsvTable> open(const QString &fileName);
    /// Moves a table's errors and warnings into the result.
    void collect(CsvTable &table);
};

/// Readers of the contract file and its clause files.
class ContractCsvReader {
public:
    static void read(CanonicalReadContext &ctx);
};

/// Readers of scenarios, placements and uncertainty ranges.
class ScenarioCsvReader {
public:
    static void read(CanonicalReadContext &ctx);
};

} // namespace hp
