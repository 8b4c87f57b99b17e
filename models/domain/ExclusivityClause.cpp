#include "ExclusivityClause.h"

#include "domain/ChoiceForm.h"

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

namespace {
constexpr char kModelRefusal[] = "damages_model must be pct_of_revenue or fixed_per_month (is '%1')";
} // namespace

// exclusivity.csv / exclusivity_clauses, under its contract (contract_id,
// position); the classes live in exclusivity_classes. damages_value is a
// percentage or money by damages_model, so its CSV reader reads it by hand.
const EntityDescriptor<ExclusivityClause> &ExclusivityClause::descriptor()
{
    using F = FieldKind;
    using E = ExclusivityClause;
    static const EntityDescriptor<E> d{
        "exclusivity",
        "exclusivity_clauses",
        {
            {"classes", QT_TRANSLATE_NOOP("hp::Field", "Classes"), F::List, true,
             TextForm<E>{[](const E &e) { return toString(e.classes); },
                         [](E &e, const QString &text) {
                             if (text.compare(u"all", Qt::CaseInsensitive) == 0) {
                                 e.classes = allWorkloadClasses();
                                 return QString();
                             }
                             QString why;
                             if (auto set = parseClassSet(text, &why)) {
                                 e.classes = *set;
                                 return QString();
                             }
                             return QStringLiteral("classes: %1").arg(why);
                         }},
             FieldRule::None, "", nullptr, false, "exclusivity_classes", &E::classes},
            {"start_month", QT_TRANSLATE_NOOP("hp::Field", "From"), F::Month, false, &E::start},
            {"end_month", QT_TRANSLATE_NOOP("hp::Field", "Until"), F::Month, false, &E::end},
            {"damages_model", QT_TRANSLATE_NOOP("hp::Field", "Damages model"), F::Choice, false,
             choiceForm<E, DamagesModel, &E::damagesModel, &toString, &parseDamagesModel, kModelRefusal>()},
            {"damages_value", QT_TRANSLATE_NOOP("hp::Field", "Damages"), F::Number, false, &E::damagesValue, FieldRule::None, nullptr, nullptr,
             true},
        }};
    return d;
}

} // namespace hp
