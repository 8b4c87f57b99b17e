#pragma once

#include "report/ChartData.h"

#include <QLocale>
#include <QString>

namespace hp {

/// Text of chart axis labels and tooltips (docs/charts.md). One suffix for a
/// whole axis, chosen from its largest absolute value: below 10,000 none
/// ("$7,500"), then K, M and B ("$250K", "$1.5M", "$12B"); the scaled number
/// keeps thousands separators ("$1,200B"). Percent values are fractions
/// (0.25 → "25%"); counts and ratios are plain numbers with separators.
/// Numbers are written the way `locale` writes them (NumberFormat): "1,2M"
/// and "1.200B" in German; the default is the application's default locale.
class AxisLabelFormat {
public:
    /// `maxAbs` is the largest absolute value on the axis, `step` the tick spacing.
    AxisLabelFormat(ValueUnit unit, const QString &currency, double maxAbs, double step, const QLocale &locale = QLocale());

    QString label(double value) const;
    QString suffix() const { return m_suffix; }
    int decimals() const { return m_decimals; }

    /// Exact figure for a tooltip: money to cents ("$1,234,567.50"), percent
    /// to one decimal ("12.5%"), counts to whole numbers, ratios to two decimals.
    static QString full(double value, ValueUnit unit, const QString &currency, const QLocale &locale = QLocale());
    /// "$" for USD, "€" for EUR, "£" for GBP, "¥" for JPY, else the code and a space.
    static QString currencySymbol(const QString &currency);
private:
    ValueUnit m_unit;
    QLocale m_locale;
    QString m_prefix;
    QString m_suffix;
    double m_factor = 1; ///< value × factor is the number shown
    int m_decimals = 0;
};

} // namespace hp
