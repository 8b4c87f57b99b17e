#pragma once

#include "domain/Project.h"
#include "csv/ImportError.h"

#include <QString>

namespace hp {

struct CsvReadResult {
    Project project;
    ImportErrors errors;    ///< empty when the folder was read completely
    QStringList warnings;   ///< e.g. unknown columns (reported and ignored)
    bool ok() const { return errors.empty(); }
};

/// Reads a folder of canonical CSV files (docs/rules.md §9, plus the extension
/// files described in docs/csv-formats.md): strict RFC 4180, UTF-8 with or
/// without BOM, comma delimiter. Every problem names file, line and column.
class CanonicalCsvReader {
public:
    static CsvReadResult readFolder(const QString &dir);
    /// The same from in-memory file contents keyed by file name ("providers.csv" → bytes).
    static CsvReadResult readFiles(const std::map<QString, QByteArray> &files);
};

} // namespace hp
