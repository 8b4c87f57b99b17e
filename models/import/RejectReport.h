#pragma once

#include "csv/ImportError.h"

#include <QByteArray>
#include <QString>

namespace hp {

/// The reject list as CSV (docs/rules.md §6.1, §10): columns `file, line, column,
/// reason, raw`, RFC 4180, UTF-8. A cell that begins with `=`, `+`, `-`, `@`,
/// tab or CR is prefixed with `'` (§6.4), so a spreadsheet never runs raw
/// input as a formula.
class RejectReport {
public:
    static QByteArray toCsv(const ImportErrors &rejects);
    /// Writes atomically (temporary file, then rename); false with *error on failure.
    static bool write(const ImportErrors &rejects, const QString &path, QString *error);
    static QString defused(const QString &cell);
};

} // namespace hp
