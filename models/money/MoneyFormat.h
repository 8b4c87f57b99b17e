#pragma once

#include "money/Decimal.h"

#include <QLocale>
#include <QString>

namespace hp {

/// How a table shows money (issue #17): compact where people read (the
/// dashboard, the overview, the Monte Carlo dialog), exact to the cent in
/// editors, CSV and JSON. The exact figure is always on hover and on copy.
enum class MoneyStyle { Compact, Exact };

/// How the views show money: half-even to cents with thousands separators
/// ("1,234,567.50"), or compact for tight places ("$1.23B"). The digits are
/// written the way `locale` writes numbers (NumberFormat; "1.234.567,50" in
/// German); the default is the application's default locale.
class MoneyFormat {
public:
    static QString full(Decimal value, const QLocale &locale = QLocale());
    static QString compact(Decimal value, const QString &symbol = QStringLiteral("$"), const QLocale &locale = QLocale());
    /// Exact: `full`. Compact: `compact` with the currency's symbol from 1,000 on,
    /// the symbol and the cents below ("$2.00", "-$0.50").
    static QString display(Decimal value, MoneyStyle style, const QString &currency, const QLocale &locale = QLocale());
    /// The full figure behind the currency's symbol, the sign first ("$11,400.00", "-€0.50").
    static QString fullWithSymbol(Decimal value, const QString &currency, const QLocale &locale = QLocale());
    /// The full figure with its currency code ("184,762,869,601.93 USD"): the tooltip of a compact cell.
    static QString exactWithCurrency(Decimal value, const QString &currency, const QLocale &locale = QLocale());
    /// "$" for USD, "€" for EUR, "£" for GBP, "¥" for JPY, else the code and a space.
    static QString currencySymbol(const QString &currency);
};

} // namespace hp
