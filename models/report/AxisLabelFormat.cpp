#include "report/AxisLabelFormat.h"

#include "money/MoneyFormat.h"
#include "money/NumberFormat.h"

#include <algorithm>
#include <cmath>

namespace hp {

namespace {

/// Fewest fraction digits (0..3) that write `step` exactly, so ticks `step`
/// apart print distinct and exact ("0.25" needs two).
int decimalsFor(double step)
{
    if (!(step > 0) || !std::isfinite(step))
        return 0;
    for (int d = 0; d < 3; ++d) {
        const double scaled = step * std::pow(10.0, d);
        if (std::fabs(scaled - std::round(scaled)) <= 1e-6 * scaled)
            return d;
    }
    return 3;
}

} // namespace

AxisLabelFormat::AxisLabelFormat(ValueUnit unit, const QString &currency, double maxAbs, double step, const QLocale &locale)
    : m_unit(unit), m_locale(locale)
{
    maxAbs = std::fabs(maxAbs);
    if (unit == ValueUnit::Percent) {
        m_suffix = QStringLiteral("%");
        m_factor = 100;
    } else if (unit == ValueUnit::Money || unit == ValueUnit::Count) {
        if (unit == ValueUnit::Money)
            m_prefix = currencySymbol(currency);
        if (maxAbs >= 1e9) {
            m_suffix = QStringLiteral("B");
            m_factor = 1e-9;
        } else if (maxAbs >= 1e6) {
            m_suffix = QStringLiteral("M");
            m_factor = 1e-6;
        } else if (maxAbs >= 1e4) {
            m_suffix = QStringLiteral("K");
            m_factor = 1e-3;
        }
    }
    m_decimals = decimalsFor(step * m_factor);
}

QString AxisLabelFormat::label(double value) const
{
    const double scaled = value * m_factor;
    // Zero (or a rounding residue of it) is plain "$0", without sign or decimals.
    if (std::fabs(scaled) < 0.5 * std::pow(10.0, -m_decimals))
        return m_prefix + u'0' + (m_unit == ValueUnit::Percent ? m_suffix : QString());
    const QString sign = scaled < 0 ? m_locale.negativeSign() : QString();
    return sign + m_prefix + NumberFormat(m_locale).number(std::fabs(scaled), m_decimals) + m_suffix;
}

QString AxisLabelFormat::full(double value, ValueUnit unit, const QString &currency, const QLocale &locale)
{
    if (!std::isfinite(value))
        return QStringLiteral("–");
    const NumberFormat numbers(locale);
    const QString sign = value < 0 ? locale.negativeSign() : QString();
    const double a = std::fabs(value);
    switch (unit) {
    case ValueUnit::Money:
        return sign + currencySymbol(currency) + numbers.number(a, 2);
    case ValueUnit::Percent:
        return sign + numbers.number(a * 100, 1) + u'%';
    case ValueUnit::Ratio:
        return sign + numbers.number(a, 2);
    case ValueUnit::Count:
        break;
    }
    return sign + numbers.number(a, 0);
}

QString AxisLabelFormat::currencySymbol(const QString &currency)
{
    return MoneyFormat::currencySymbol(currency);
}

} // namespace hp
