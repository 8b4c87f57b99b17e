#pragma once

#include "money/Decimal.h"

#include <QLocale>
#include <QString>

namespace hp {

/// The one formatter of figures for people (docs/architecture.md): money,
/// percentages and counts, with the digits grouped by three and the group
/// separator, decimal point and minus sign of `locale` — "1,234,567.50" in
/// the C and English locales, "1.234.567,50" in German. Money comes from the
/// exact value, rounded once half-even to cents (docs/rules.md §3).
/// Machine formats (CSV, JSON, the XLSX cells' values) never come here: they
/// keep Decimal's own text ("-1234567.50") whatever the locale.
class NumberFormat {
public:
    /// The default locale (QLocale(), set by the app or the system).
    NumberFormat();
    explicit NumberFormat(const QLocale &locale);

    /// Money to the cent: "-1,234,567.12".
    QString money(Decimal value) const;
    /// A double with `decimals` fraction digits: counts (0), ratios (2), percentage points (1).
    QString number(double value, int decimals) const;
    /// A machine number ("-1234567.89", "2500", as Decimal and QString::number
    /// write them) in the locale's way; `group` false leaves the digits ungrouped.
    QString localized(const QString &plain, bool group = true) const;

    const QLocale &locale() const { return m_locale; }

private:
    QLocale m_locale;
};

} // namespace hp
