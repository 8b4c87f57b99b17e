#pragma once

#include <QString>

#include <vector>

namespace hp {

/// One rejected input: where (file, 1-based line counting the header, 1-based
/// column) and why, with the raw text (docs/rules.md §6.1). `column` is 0 when the
/// problem concerns the whole line or file.
struct ImportError {
    QString file;
    int line = 0;
    int column = 0;
    QString reason;
    QString raw;

    /// "file:line:column: reason (raw: …)"
    QString toString() const;
};

using ImportErrors = std::vector<ImportError>;

} // namespace hp
