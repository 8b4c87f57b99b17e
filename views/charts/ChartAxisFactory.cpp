#include "charts/ChartAxisFactory.h"

#include "domain/YearMonth.h"
#include "report/AxisLabelFormat.h"
#include "report/AxisScale.h"
#include "report/MonthTicks.h"

#include <QCategoryAxis>
#include <QLocale>

#include <cmath>

namespace hp {

QCategoryAxis *ChartAxisFactory::labelled(const std::vector<std::pair<double, QString>> &ticks, double min, double max) const
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // The first label sits on the start value itself; QCategoryAxis needs a start just below it.
    axis->setStartValue((ticks.empty() ? min : ticks.front().first) - (max - min) * 1e-6);
    for (const auto &[value, label] : ticks)
        axis->append(label, value);
    axis->setRange(min, max);
    return axis;
}

QCategoryAxis *ChartAxisFactory::valueAxis(double low, double high, ValueUnit unit, const QString &currency, const QString &title) const
{
    const AxisScale scale = AxisScale::nice(low, high, 5);
    const AxisLabelFormat format(unit, currency, std::max(std::fabs(scale.min), std::fabs(scale.max)), scale.step);
    std::vector<std::pair<double, QString>> ticks;
    for (int i = 0; i < scale.tickCount(); ++i) {
        const double v = scale.min + i * scale.step;
        ticks.emplace_back(v, format.label(v));
    }
    const auto [min, max] = scale.shown(low, high);
    QCategoryAxis *axis = labelled(ticks, min, max);
    decorate(axis, title);
    return axis;
}

int ChartAxisFactory::monthsBetween(const QString &first, const QString &month)
{
    const auto a = YearMonth::parse(first);
    const auto b = YearMonth::parse(month);
    return a && b ? b->monthsSince(*a) : 0;
}

int ChartAxisFactory::monthStep(int months)
{
    return MonthTicks::step(months); // the decks and workbooks label the same months
}

QCategoryAxis *ChartAxisFactory::monthAxis(const QStringList &months, const QString &title) const
{
    const auto first = months.isEmpty() ? std::nullopt : YearMonth::parse(months.front());
    const int span = months.isEmpty() ? 0 : monthsBetween(months.front(), months.back());
    int step = monthStep(span + 1);
    if (m_style.scale() < 0.8 && span + 1 >= 24)
        step = std::max(step, 12); // a small chart (the dashboard's) labels years: "Jan 2026" would be cut
    std::vector<std::pair<double, QString>> ticks;
    const QLocale c = QLocale::c();
    for (int x = 0; first && x <= span; ++x) {
        const YearMonth m = first->plusMonths(x);
        const bool onStep = step >= 12 ? (m.month() == 1 && m.year() % (step / 12) == 0) : (m.month() - 1) % step == 0;
        if (onStep)
            ticks.emplace_back(x, step >= 12 ? QString::number(m.year()) : c.toString(m.firstDay(), QStringLiteral("MMM yyyy")));
    }
    QCategoryAxis *axis = labelled(ticks, 0, std::max(span, 1));
    decorate(axis, title);
    return axis;
}

QCategoryAxis *ChartAxisFactory::sparseCategoryAxis(const QStringList &categories, const QString &title) const
{
    const qsizetype n = categories.size();
    const qsizetype step = MonthTicks::namedStep(int(n)); // the decks and workbooks skip the same labels
    std::vector<std::pair<double, QString>> ticks;
    for (qsizetype i = 0; i < n; i += step)
        ticks.emplace_back(double(i), categories[i]);
    QCategoryAxis *axis = labelled(ticks, 0, double(std::max<qsizetype>(n - 1, 1)));
    decorate(axis, title);
    return axis;
}

void ChartAxisFactory::decorate(QAbstractAxis *axis, const QString &title) const
{
    axis->setLabelsFont(m_style.axisLabelFont());
    axis->setLabelsColor(m_style.textColour());
    axis->setTitleText(title);
    axis->setTitleFont(m_style.axisTitleFont());
    axis->setTitleBrush(m_style.mutedTextColour());
    axis->setGridLineColor(m_style.gridColour());
    axis->setLinePenColor(m_style.mutedTextColour());
    axis->setMinorGridLineVisible(false);
}

} // namespace hp
