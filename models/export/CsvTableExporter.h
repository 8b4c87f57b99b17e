#pragma once

#include "report/ResultTable.h"

#include <QByteArray>
#include <QString>

namespace hp {

/// Any result table to CSV (docs/rules.md §6.4): UTF-8 without byte-order mark,
/// RFC 4180 (CRLF record ends, fields quoted when they hold a comma, quote or
/// line break, quotes doubled), a header record of the column titles.
///
/// Formula injection: a *text* cell that begins with `=`, `+`, `-`, `@`, tab
/// or CR gets a leading `'` so a spreadsheet shows it instead of running it.
/// Numbers (money, shares, counts) are written as plain numbers and never
/// prefixed: `-12.50` stays `-12.50`.
class CsvTableExporter {
public:
    static QByteArray toCsv(const ResultTable &table);
    /// Writes atomically (temporary file, then rename); false with *error.
    static bool write(const ResultTable &table, const QString &path, QString *error);
    /// The formula-injection guard for one text cell.
    static QString protectText(const QString &text);
};

} // namespace hp
