#include "domain/FieldDescriptor.h"

namespace hp {

QString fieldRuleRefusal(FieldRule rule, const QString &column, const Decimal &value)
{
    switch (rule) {
    case FieldRule::NonNegative:
        if (value.isNegative())
            return QStringLiteral("%1 must not be negative (is %2)").arg(column, value.toString());
        break;
    case FieldRule::ZeroTo100:
        if (value.isNegative() || value > Decimal::hundred())
            return QStringLiteral("%1 must lie in 0–100 (is %2)").arg(column, value.toString());
        break;
    case FieldRule::OneToFive:
    case FieldRule::OneTo240:
    case FieldRule::None:
        break;
    }
    return {};
}

QString fieldRuleRefusal(FieldRule rule, const QString &column, qint64 value)
{
    switch (rule) {
    case FieldRule::NonNegative:
        if (value < 0)
            return QStringLiteral("%1 must not be negative (is %2)").arg(column).arg(value);
        break;
    case FieldRule::ZeroTo100:
        if (value < 0 || value > 100)
            return QStringLiteral("%1 must lie in 0–100 (is %2)").arg(column).arg(value);
        break;
    case FieldRule::OneTo240: // a scenario's months (docs/rules.md §5.1)
        if (value < 1 || value > 240)
            return QStringLiteral("%1 must be 1–240 (is %2)").arg(column).arg(value);
        break;
    // 1–5 (criticality) is the validator's to report for typed and imported
    // values (docs/rules.md §6.1); the project file's reader refuses it.
    case FieldRule::OneToFive:
    case FieldRule::None:
        break;
    }
    return {};
}

} // namespace hp
