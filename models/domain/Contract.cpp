#include "domain/Contract.h"

#include "domain/ChoiceForm.h"

namespace hp {

namespace {

/// A contract month as written: the full date it was imported with, if any.
QString contractDate(YearMonth m, const std::optional<QDate> &date)
{
    return date ? date->toString(Qt::ISODate) : m.toString();
}

} // namespace

// contracts.csv / contracts. The start and end keep the full date a contract
// was imported with (docs/rules.md §6.1): one CSV cell (`2026-01` or
// `2026-01-15`), two columns of the file (start_month and start_date), so the
// canonical reader and the project file read and write those by hand. The
// register's class is `workload_class` in CSV and `primary_class` in the file.
const EntityDescriptor<Contract> &Contract::descriptor()
{
    using F = FieldKind;
    using C = Contract;
    static const EntityDescriptor<C> d{
        "contracts",
        "contracts",
        {
            {"id", QT_TRANSLATE_NOOP("hp::Field", "Id"), F::Text, true, &C::id},
            {"name", QT_TRANSLATE_NOOP("hp::Field", "Name"), F::Text, true, &C::name},
            {"provider_id", QT_TRANSLATE_NOOP("hp::Field", "Counterparty"), F::Text, true, &C::providerId},
            {"start_month", QT_TRANSLATE_NOOP("hp::Field", "Start"), F::Month, true,
             TextForm<C>{[](const C &c) { return contractDate(c.start, c.startDate); },
                         [](C &, const QString &) { return QString(); }},
             FieldRule::None, "", nullptr, true},
            {"end_month", QT_TRANSLATE_NOOP("hp::Field", "End"), F::Month, true,
             TextForm<C>{[](const C &c) { return contractDate(c.end, c.endDate); },
                         [](C &, const QString &) { return QString(); }},
             FieldRule::None, "", nullptr, true},
            {"notice_months", QT_TRANSLATE_NOOP("hp::Field", "Notice (months)"), F::Integer, false, &C::noticeMonths},
            {"termination_fee", QT_TRANSLATE_NOOP("hp::Field", "Termination fee"), F::Money, false, &C::terminationFee},
            // Empty keeps the default (USD).
            {"currency", QT_TRANSLATE_NOOP("hp::Field", "Currency"), F::Text, false,
             TextForm<C>{[](const C &c) { return c.currency; },
                         [](C &c, const QString &text) {
                             if (!text.isEmpty())
                                 c.currency = text;
                             return QString();
                         }}},
            {"workload_class", QT_TRANSLATE_NOOP("hp::Field", "Primary class"), F::Choice, false,
             TextForm<C>{[](const C &c) { return c.primaryClass ? toString(*c.primaryClass) : QString(); },
                         [](C &c, const QString &text) {
                             c.primaryClass.reset();
                             if (text.isEmpty())
                                 return QString();
                             c.primaryClass = parseWorkloadClass(text);
                             return c.primaryClass ? QString() : QString::fromUtf8(kUnknownWorkloadClass).arg(text);
                         }},
             FieldRule::None, "primary_class", nullptr, false, nullptr, nullptr, true},
            {"exclusivity_scope", QT_TRANSLATE_NOOP("hp::Field", "Exclusivity scope"), F::Text, false, &C::exclusivityScope},
            {"notes", QT_TRANSLATE_NOOP("hp::Field", "Notes"), F::Text, false, &C::notes},
        }};
    return d;
}

} // namespace hp
