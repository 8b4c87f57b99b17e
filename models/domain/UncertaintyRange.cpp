#include "UncertaintyRange.h"

#include <array>
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

} // namespace hp
