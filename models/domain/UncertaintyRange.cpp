#include "UncertaintyRange.h"

#include "domain/ChoiceForm.h"

#include <QLocale>

#include <array>
#include <cmath>
#include <utility>

namespace hp {

namespace {
constexpr std::array<std::pair<UncertainInput, const char *>, 7> kInputs{{
    {UncertainInput::Growth, "growth"},
    {UncertainInput::PriceDrift, "price_drift"},
    {UncertainInput::Revenue, "revenue"},
    {UncertainInput::PBreach, "p_breach"},
    {UncertainInput::EgressGb, "egress_gb"},
    {UncertainInput::ReengineeringMonths, "reengineering_months"},
    {UncertainInput::Capacity, "capacity"},
}};
constexpr std::array<std::pair<DistributionKind, const char *>, 5> kKinds{{
    {DistributionKind::Fixed, "fixed"},
    {DistributionKind::Uniform, "uniform"},
    {DistributionKind::Triangular, "triangular"},
    {DistributionKind::Normal, "normal"},
    {DistributionKind::Bernoulli, "bernoulli"},
}};

template <typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[v, name] : table)
        if (v == value)
            return QString::fromLatin1(name);
    return QString();
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char *>, N> &table, QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    for (const auto &[v, name] : table)
        if (t == QLatin1String(name))
            return v;
    return std::nullopt;
}
} // namespace

QString toString(UncertainInput i) { return nameOf(kInputs, i); }
std::optional<UncertainInput> parseUncertainInput(QStringView text) { return valueOf(kInputs, text); }
QString toString(DistributionKind k) { return nameOf(kKinds, k); }
std::optional<DistributionKind> parseDistributionKind(QStringView text) { return valueOf(kKinds, text); }

namespace {
constexpr char kUnknownInput[] =
    "unknown input '%1' (growth, price_drift, revenue, p_breach, egress_gb, reengineering_months)";
constexpr char kUnknownDistribution[] = "unknown distribution '%1' (fixed, uniform, triangular, normal, bernoulli)";

/// A distribution's parameter as written: the shortest decimal that reads
/// back as the same double (no exponent); empty leaves it as it is (0).
template <double Distribution::*Parameter, const char *Column>
TextForm<UncertaintyRange> parameterForm()
{
    return {[](const UncertaintyRange &u) {
                return QString::number(u.distribution.*Parameter, 'f', QLocale::FloatingPointShortest);
            },
            [](UncertaintyRange &u, const QString &text) {
                if (text.isEmpty())
                    return QString();
                bool ok = false;
                const double v = QLocale::c().toDouble(text, &ok);
                if (!ok || !std::isfinite(v))
                    return QStringLiteral("%1: '%2' is not a number").arg(QLatin1String(Column), text);
                u.distribution.*Parameter = v;
                return QString();
            }};
}

constexpr char kP1[] = "p1";
constexpr char kP2[] = "p2";
constexpr char kP3[] = "p3";
} // namespace

// uncertainty.csv / uncertainty_ranges, under its scenario (scenario,
// position). The parameters p1–p3 are doubles (Monte Carlo draws, the one
// place outside chart geometry where doubles belong): REAL columns a, b, c
// in the file, read and written by hand there.
const EntityDescriptor<UncertaintyRange> &UncertaintyRange::descriptor()
{
    using F = FieldKind;
    using U = UncertaintyRange;
    static const EntityDescriptor<U> d{
        "uncertainty",
        "uncertainty_ranges",
        {
            {"input", QT_TRANSLATE_NOOP("hp::Field", "Input"), F::Choice, true,
             choiceForm<U, UncertainInput, &U::input, &toString, &parseUncertainInput, kUnknownInput>()},
            {"distribution", QT_TRANSLATE_NOOP("hp::Field", "Distribution"), F::Choice, true,
             TextForm<U>{[](const U &u) { return toString(u.distribution.kind); },
                         [](U &u, const QString &text) {
                             if (const auto kind = parseDistributionKind(text)) {
                                 u.distribution.kind = *kind;
                                 return QString();
                             }
                             return QString::fromUtf8(kUnknownDistribution).arg(text);
                         }}},
            {"target", QT_TRANSLATE_NOOP("hp::Field", "Target"), F::Text, false, &U::target},
            {"p1", QT_TRANSLATE_NOOP("hp::Field", "p1"), F::Number, false, parameterForm<&Distribution::a, kP1>(),
             FieldRule::None, ""},
            {"p2", QT_TRANSLATE_NOOP("hp::Field", "p2"), F::Number, false, parameterForm<&Distribution::b, kP2>(),
             FieldRule::None, ""},
            {"p3", QT_TRANSLATE_NOOP("hp::Field", "p3"), F::Number, false, parameterForm<&Distribution::c, kP3>(),
             FieldRule::None, ""},
        }};
    return d;
}

} // namespace hp
