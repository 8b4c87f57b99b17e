#pragma once

#include "document/FieldType.h"
#include "domain/YearMonth.h"
#include "money/Decimal.h"

#include <QString>

#include <optional>

namespace hp {

/// Checks a cell's text for its FieldType, both while typing (check: a
/// prefix of a valid value is Intermediate) and when committed (parse*).
/// The editors' delegates and the models' setData use the same rules.
class FieldValidator {
public:
    enum class State { Invalid, Intermediate, Acceptable };

    static State check(FieldType type, QStringView text);

    /// Money, Number, Percent, SignedPercent: the value, or nullopt with *error.
    static std::optional<Decimal> parseNumber(FieldType type, QStringView text, QString *error);
    static std::optional<int> parseInteger(QStringView text, QString *error);
    /// Month: required; OptionalMonth: empty → an invalid (default) YearMonth.
    static std::optional<std::optional<YearMonth>> parseMonth(FieldType type, QStringView text, QString *error);
};

} // namespace hp
