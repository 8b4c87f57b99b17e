#pragma once

#include "csv/CsvTokenizer.h"
#include "csv/TextEncoding.h"

#include <QString>

#include <optional>

namespace hp {

/// Order of day and month in a date written with slashes (`5/1/25`). Dates
/// with dots are always day.month.year, ISO dates year-month-day (docs/rules.md §6.1).
enum class DateOrder { MonthDayYear, DayMonthYear };

QString toString(DateOrder order); ///< `mdy` or `dmy`
std::optional<DateOrder> parseDateOrder(QStringView text);

/// Everything the import wizard shows about how a file is read: the CSV
/// dialect proper (delimiter, quote), whether the first row is a header, the
/// text encoding and the number and date conventions. The tokenizer only uses
/// `csv`; the TolerantValueParser uses the decimal comma and the date order.
struct ImportDialect {
    CsvDialect csv;
    TextEncoding encoding = TextEncoding::Utf8;
    bool hasHeader = true;
    bool decimalComma = false;
    DateOrder dateOrder = DateOrder::MonthDayYear;

    /// One line for a wizard page or the CLI, e.g.
    /// "delimiter ';', quote '\"', header row, utf-8, decimal comma, dates m/d/y".
    QString describe() const;
    friend bool operator==(const ImportDialect &a, const ImportDialect &b);
};

} // namespace hp
