#pragma once

#include "charts/ChartStyle.h"
#include "report/ChartData.h"

#include <QStringList>

#include <utility>
#include <vector>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QCategoryAxis;
QT_END_NAMESPACE

namespace hp {

/// The axes of the house style. Value axes are QCategoryAxis with labels on
/// nice tick values formatted by AxisLabelFormat ("$1.5M"); month axes are
/// QCategoryAxis over "months since the first category" with labels every
/// 1, 3, 6, 12, 24 or 60 months so that at most about 12 labels show. Both
/// stay numeric axes, so the view can zoom and pan them.
class ChartAxisFactory {
public:
    explicit ChartAxisFactory(const ChartStyle &style) : m_style(style) {}

    /// A value axis covering [low, high] (and zero).
    QCategoryAxis *valueAxis(double low, double high, ValueUnit unit, const QString &currency, const QString &title) const;
    /// A month axis for "YYYY-MM" categories (x = months since the first).
    QCategoryAxis *monthAxis(const QStringList &months, const QString &title) const;
    /// An axis over named categories at x = 0, 1, … with a label on every k-th
    /// one only (k = 1, 2, 4, 5, 10, … so that at most 11 show): many short
    /// names (the 41 and more commitment sizes of the sizing chart) stay readable
    /// instead of being cut to "$…".
    QCategoryAxis *sparseCategoryAxis(const QStringList &categories, const QString &title) const;
    /// Fonts, colours and grid of the house style on any axis.
    void decorate(QAbstractAxis *axis, const QString &title) const;

    /// Months from `first` to `month` ("YYYY-MM"); 0 when either does not parse.
    static int monthsBetween(const QString &first, const QString &month);
    /// Label spacing in months for a horizon of `months`.
    static int monthStep(int months);

private:
    QCategoryAxis *labelled(const std::vector<std::pair<double, QString>> &ticks, double min, double max) const;
    const ChartStyle &m_style;
};

} // namespace hp
