#pragma once

#include "money/Decimal.h"

#include <QString>

#include <variant>
#include <vector>

namespace hp {

/// How a column's values are shown: money (two decimals), a share shown as a
/// percentage (the value is a fraction, 0.35 = 35 %), a plain number, an
/// integer, a month (`YYYY-MM`) or text.
enum class ColumnFormat { Text, Month, Money, Percent, Number, Integer };

struct ResultColumn {
    QString header;
    ColumnFormat format = ColumnFormat::Text;
};

/// One cell: empty, text, an exact decimal (engine figures) or a double
/// (Monte Carlo statistics). Text is never treated as a number by exporters.
using ResultCell = std::variant<std::monostate, QString, Decimal, double>;

/// A typed table of results, independent of the output format: the CSV and
/// XLSX exporters and the deck's summary slide read it.
struct ResultTable {
    QString name;  ///< short, used as sheet and file name ("Monthly", "Totals")
    QString title; ///< one line shown above the table
    std::vector<ResultColumn> columns;
    std::vector<std::vector<ResultCell>> rows;
};

} // namespace hp
