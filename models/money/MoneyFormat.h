#pragma once

#include "money/Decimal.h"

#include <QString>

namespace hp {

/// How the views show money: half-even to cents with thousands separators
/// ("1,234,567.50"), or compact for tight places ("$1.23B").
class MoneyFormat {
public:
    static QString full(Decimal value);
    static QString compact(Decimal value, const QString &symbol = QStringLiteral("$"));
};

} // namespace hp
