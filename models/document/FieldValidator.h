#pragma once

#include "document/FieldType.h"
#include "domain/YearMonth.h"
#include "money/Decimal.h"

#include <QString>

#include <optional>

namespace hp {

/// Reads a committed cell's text for its FieldType (docs/rules.md §7 rev 2): the
/// editors accept every keystroke, and on commit a value either parses and
/// keeps the rules of its type — stored exactly as typed — or is refused with
/// a reason the user can act on. Nothing is rounded, clamped or dropped.
/// The models' setData and the clause forms use the same rules.
class FieldValidator {
public:
    /// Most digits after the decimal point (the exact scale of Decimal).
    static constexpr int kMaxFractionDigits = 9;

    /// Money, Number, Percent, SignedPercent: the value, or nullopt with *error.
    static std::optional<Decimal> parseNumber(FieldType type, QStringView text, QString *error);
    static std::optional<int> parseInteger(QStringView text, QString *error);
    /// Month: required; OptionalMonth: empty → an invalid (default) YearMonth.
    static std::optional<std::optional<YearMonth>> parseMonth(FieldType type, QStringView text, QString *error);
};

} // namespace hp
