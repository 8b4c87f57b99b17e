#include "RevenueShareClause.h"

#include "domain/ChoiceForm.h"

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

namespace {
constexpr char kScopeRefusal[] = "placement_scope must be any or on_counterparty (is '%1')";
constexpr char kBaseClasses[] = "base_classes";
} // namespace

// revenue_share.csv / revenue_share_clauses, under its contract (contract_id,
// position); the base classes live in revenue_share_base_classes.
const EntityDescriptor<RevenueShareClause> &RevenueShareClause::descriptor()
{
    using F = FieldKind;
    using R = RevenueShareClause;
    static const EntityDescriptor<R> d{
        "revenue_share",
        "revenue_share_clauses",
        {
            {"rate_pct", QT_TRANSLATE_NOOP("hp::Field", "Rate %"), F::Percent, true, &R::ratePct},
            {"start_month", QT_TRANSLATE_NOOP("hp::Field", "From"), F::Month, true, &R::start},
            {"sunset_month", QT_TRANSLATE_NOOP("hp::Field", "Sunset"), F::Month, true, &R::sunset},
            {"base_classes", QT_TRANSLATE_NOOP("hp::Field", "Base classes"), F::List, false,
             classSetForm<R, &R::baseClasses, kBaseClasses>(),
             FieldRule::None, "", nullptr, false, "revenue_share_base_classes", &R::baseClasses},
            {"placement_scope", QT_TRANSLATE_NOOP("hp::Field", "Placements"), F::Choice, false,
             choiceForm<R, PlacementScope, &R::scope, &toString, &parsePlacementScope, kScopeRefusal>()},
            {"cap_total", QT_TRANSLATE_NOOP("hp::Field", "Cap (total)"), F::Money, false, &R::capTotal},
            {"cap_per_year", QT_TRANSLATE_NOOP("hp::Field", "Cap per year"), F::Money, false, &R::capPerYear},
        }};
    return d;
}

} // namespace hp
