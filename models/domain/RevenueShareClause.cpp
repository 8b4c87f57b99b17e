#include "RevenueShareClause.h"

namespace hp {

QString toString(PlacementScope s)
{
    return s == PlacementScope::Any ? QStringLiteral("any") : QStringLiteral("on_counterparty");
}

std::optional<PlacementScope> parsePlacementScope(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    if (t.isEmpty() || t == u"any")
        return PlacementScope::Any;
    if (t == u"on_counterparty")
        return PlacementScope::OnCounterparty;
    return std::nullopt;
}

} // namespace hp
