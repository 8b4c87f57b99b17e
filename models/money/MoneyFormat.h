#pragma once

#include "money/Decimal.h"

#include <QLocale>
#include <QString>

namespace hp {

/// How the views show money: half-even to cents with thousands separators
/// ("1,234,567.50"), or compact for tight places ("$1.23B"). The digits are
/// written the way `locale` writes numbers (NumberFormat; "1.234.567,50" in
/// German); the default is the application's default locale.
class MoneyFormat {
public:
    static QString full(Decimal value, const QLocale &locale = QLocale());
    static QString compact(Decimal value, const QString &symbol = QStringLiteral("$"), const QLocale &locale = QLocale());
};

} // namespace hp
