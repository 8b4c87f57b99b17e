#pragma once

#include <QMetaType>

namespace hp {

/// What a table cell holds, so a delegate can pick its editor (exposed
/// through DocumentRoles::FieldType); the model checks the value on commit.
enum class FieldType {
    Text,          ///< free text, may be empty
    Identifier,    ///< required, no surrounding spaces
    Money,         ///< decimal ≥ 0, up to 9 fraction digits
    Number,        ///< decimal ≥ 0 (units, GB, person-months)
    Percent,       ///< 0..100 percentage points, `20` or `20%`
    SignedPercent, ///< percentage points, may be negative (growth, drift)
    Integer,       ///< whole number ≥ 0
    Month,         ///< YYYY-MM, required
    OptionalMonth, ///< YYYY-MM or empty
    Choice,        ///< one of DocumentRoles::Choices
    ReadOnly,
};

/// Item data roles the document models add to Qt's.
namespace DocumentRoles {
constexpr int FieldType = 0x0100 + 1;  ///< int(hp::FieldType)
constexpr int Choices = 0x0100 + 2;    ///< QStringList for FieldType::Choice
constexpr int Overridden = 0x0100 + 3; ///< bool: a child scenario sets this itself
constexpr int Problem = 0x0100 + 4;    ///< QString: why the value is not acceptable
/// QString: why the last edit of this cell was refused (what was typed and
/// the rule it breaks); empty once the model takes another edit.
constexpr int Refusal = 0x0100 + 5;
} // namespace DocumentRoles

} // namespace hp
