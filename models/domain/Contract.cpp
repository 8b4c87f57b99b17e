#include "domain/Contract.h"

#include "domain/ChoiceForm.h"

namespace hp {

namespace {

/// A contract's start or end as one text: `YYYY-MM`, or the full date it
/// was imported with (`YYYY-MM-DD`, kept).
template <YearMonth Contract::*Month, std::optional<QDate> Contract::*Date, const char *Column>
TextForm<Contract> contractDateForm()
{
    return {[](const Contract &c) { return c.*Date ? (c.*Date)->toString(Qt::ISODate) : (c.*Month).toString(); },
            [](Contract &c, const QString &text) {
                QString why;
                const std::optional<YearMonth> m = YearMonth::parse(text, &why);
                if (!m)
                    return QStringLiteral("%1: %2").arg(QLatin1String(Column), why);
                c.*Month = *m;
                const QDate date = text.size() == 10 ? QDate::fromString(text, Qt::ISODate) : QDate();
                c.*Date = date.isValid() ? std::optional<QDate>(date) : std::nullopt;
                return QString();
            }};
}

constexpr char kStartMonth[] = "start_month";
constexpr char kEndMonth[] = "end_month";

} // namespace

// contracts.csv / contracts. The start and end keep the full date a contract
// was imported with (docs/rules.md §6.1): one CSV cell (`2026-01` or
// `2026-01-15`), two columns of the file (start_month and start_date), which
// the project file's reader and writer keep by hand. The
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
             contractDateForm<&C::start, &C::startDate, kStartMonth>(), FieldRule::None, ""},
            {"end_month", QT_TRANSLATE_NOOP("hp::Field", "End"), F::Month, true,
             contractDateForm<&C::end, &C::endDate, kEndMonth>(), FieldRule::None, ""},
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
