#pragma once

#include "csv/ImportDialect.h"
#include "money/Decimal.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace hp {

/// One change of a cell's text that a reader could get wrong, reported so the
/// wizard and the CLI can show it before importing (nothing is guessed silently).
struct Coercion {
    QString kind;   ///< stable key: decimal-comma, thousands-separator, accounting-negative,
                    ///< currency-symbol, rounded, percent-fraction, date-order, two-digit-year,
                    ///< month-only, time-dropped
    QString detail; ///< e.g. "'05/01/25' read as 2025-05-01 (m/d/y)"
};

/// A number read from a cell: the value (nullopt for an empty or NULL cell),
/// or an error, and the coercions applied.
struct ParsedNumber {
    std::optional<Decimal> value;
    QString error;
    QString currency; ///< ISO code or symbol the cell carried (`USD`, `$`, `€`), empty when none
    std::vector<Coercion> coercions;
    bool ok() const { return error.isEmpty(); }
};

struct ParsedDate {
    std::optional<QDate> value;
    QString error;
    bool monthOnly = false; ///< `YYYY-MM`: the caller picks the first or the last day
    std::vector<Coercion> coercions;
    bool ok() const { return error.isEmpty(); }
};

/// A cell read straight from its UTF-8 bytes (see TolerantValueParser::plainNumber).
struct PlainNumber {
    std::optional<Decimal> value; ///< nullopt for an empty or NULL cell
    bool rounded = false;         ///< a non-zero digit past the ninth decimal was rounded away
};

/// Reads the cells of procurement's files (docs/rules.md §6.1, §9): amounts with a
/// currency symbol or code, thousands separators, accounting negatives and a
/// decimal comma when the dialect says so; percentages (`20`, `20%`, or a
/// fraction `0.2` when the caller reads the column as fractions); dates
/// `YYYY-MM-DD` (with an optional time, `T` and `Z`), `YYYY-MM`, slashes in the
/// dialect's date order, dots as day.month.year, two-digit years as 20xx. An
/// impossible date is an error, never rolled over.
class TolerantValueParser {
public:
    explicit TolerantValueParser(const ImportDialect &dialect) : m_dialect(dialect) {}

    /// Empty, blank, `NULL` or `null`.
    static bool isNull(QStringView text);
    ParsedNumber number(QStringView text) const;
    /// `20`, `20%` → 20 percentage points; with `asFraction` `0.2` → 20 (reported).
    ParsedNumber percent(QStringView text, bool asFraction = false) const;
    ParsedDate date(QStringView text) const;

    /// Issue 16, the streamed imports: the common forms read straight from a cell's
    /// UTF-8 bytes with the value number() gives them — empty/`NULL`, and
    /// `[-]digits[.digits]` (rounded half-even past nine decimals; a `rounded`
    /// coercion, roundedCoercion(), is due when `rounded` is set). nullopt for any
    /// other text: the caller then reads it with number(), which knows every rule.
    std::optional<PlainNumber> plainNumber(QByteArrayView cell) const;
    /// The same for date(): an ISO date (with an optional time) that date() reads
    /// without coercion; nullopt otherwise (also for an empty cell).
    std::optional<QDate> plainDate(QByteArrayView cell) const;
    /// The coercion number() reports for a value rounded to nine decimals.
    static Coercion roundedCoercion(QStringView raw);
    /// Trims ASCII white space as QString::trimmed does; false when an end is not ASCII
    /// (then only QString::trimmed knows what is white space).
    static bool trimmedAscii(QByteArrayView &cell);

    /// ISO code a currency symbol or code stands for (`€` → EUR, `US$` → USD,
    /// `usd` → USD); `$` alone is any dollar and yields an empty string.
    static std::optional<QString> currencyOf(QStringView symbol);
    /// True when a cell's currency mark agrees with the ISO code of the currency column.
    static bool currencyAgrees(const QString &mark, const QString &iso);

private:
    ImportDialect m_dialect;
};

} // namespace hp
