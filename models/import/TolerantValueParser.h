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

    /// ISO code a currency symbol or code stands for (`€` → EUR, `US$` → USD,
    /// `usd` → USD); `$` alone is any dollar and yields an empty string.
    static std::optional<QString> currencyOf(QStringView symbol);
    /// True when a cell's currency mark agrees with the ISO code of the currency column.
    static bool currencyAgrees(const QString &mark, const QString &iso);

private:
    ImportDialect m_dialect;
};

} // namespace hp
