#include "ExclusivityClause.h"

namespace hp {

QString toString(DamagesModel m)
{
    return m == DamagesModel::PctOfRevenue ? QStringLiteral("pct_of_revenue") : QStringLiteral("fixed_per_month");
}

std::optional<DamagesModel> parseDamagesModel(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    if (t.isEmpty() || t == u"pct_of_revenue")
        return DamagesModel::PctOfRevenue;
    if (t == u"fixed_per_month")
        return DamagesModel::FixedPerMonth;
    return std::nullopt;
}

} // namespace hp
