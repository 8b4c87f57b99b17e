#pragma once

#include "report/ResultTable.h"

#include <QLocale>
#include <QString>

namespace hp {

/// The text of a result cell. Money is rounded half-to-even to cents
/// (docs/rules.md §3); a Percent column holds fractions.
class ResultCellText {
public:
    /// Machine-readable: "-1234.50", "0.35", "2026-01"; empty for no value.
    static QString plain(const ResultCell &cell, ColumnFormat format);
    /// For people (slides), in `locale`'s way of writing numbers (NumberFormat):
    /// "-1,234.50", "35.0 %", "2,500" in the C and English locales.
    static QString display(const ResultCell &cell, ColumnFormat format, const QLocale &locale = QLocale());
    /// True when the cell holds a number (Decimal or a finite double).
    static bool isNumber(const ResultCell &cell);
    static double toDouble(const ResultCell &cell);
    /// The row's i-th cell, or an empty cell past the row's end.
    static const ResultCell &cellAt(const std::vector<ResultCell> &row, std::size_t i);
};

} // namespace hp
