#include "report/ChartFrame.h"

#include <limits>

namespace hp {

ChartFrame::ChartFrame(const Project &project, QDate date) : m_project(project), m_date(date) {}

ChartData ChartFrame::named(ChartKind kind, const QString &title, const QString &scenario, const std::vector<YearMonth> &months,
                            const QString &currency) const
{
    ChartData c;
    c.kind = kind;
    c.title = title;
    c.subtitle = months.empty() ? scenario : scenario.isEmpty() ? horizon(months) : scenario + QStringLiteral(" · ") + horizon(months);
    QStringList foot;
    if (!m_project.title.isEmpty())
        foot << m_project.title;
    if (!scenario.isEmpty())
        foot << QStringLiteral("Scenario: ") + scenario;
    if (!months.empty())
        foot << QStringLiteral("Horizon: ") + horizon(months);
    if (m_date.isValid())
        foot << QStringLiteral("Generated ") + m_date.toString(Qt::ISODate);
    c.illustrative = m_project.illustrative;
    if (c.illustrative)
        foot << QStringLiteral("Illustrative data");
    c.footnote = foot.join(QStringLiteral(" · "));
    c.currency = currency;
    c.categoriesAreMonths = false;
    for (const Provider &p : m_project.providers)
        c.providerOrder << p.id;
    return c;
}

ChartData ChartFrame::monthly(ChartKind kind, const QString &title, const QString &scenario, const std::vector<YearMonth> &months,
                              const QString &currency) const
{
    ChartData c = named(kind, title, scenario, months, currency);
    c.categoriesAreMonths = true;
    c.categoryTitle = QStringLiteral("Month");
    for (const YearMonth m : months)
        c.categories << m.toString();
    return c;
}

QString ChartFrame::providerName(const QString &id) const
{
    const Provider *p = m_project.provider(id);
    return p && !p->name.isEmpty() ? p->name : id;
}

QString ChartFrame::contractName(const QString &id) const
{
    const Contract *c = m_project.contract(id);
    return c && !c->name.isEmpty() ? c->name : id;
}

QString ChartFrame::contractProvider(const QString &id) const
{
    const Contract *c = m_project.contract(id);
    return c ? c->providerId : QString();
}

ChartSeries ChartFrame::series(const QString &name, const QString &key, SeriesStyle style, std::vector<double> values)
{
    ChartSeries s;
    s.name = name;
    s.colourKey = key;
    s.style = style;
    s.values = std::move(values);
    return s;
}

QString ChartFrame::horizon(const std::vector<YearMonth> &months)
{
    if (months.empty())
        return QStringLiteral("no months");
    return QStringLiteral("%1 to %2 (%3 months)").arg(months.front().toString(), months.back().toString()).arg(months.size());
}

std::vector<double> ChartFrame::toDoubles(const std::vector<Decimal> &values)
{
    std::vector<double> out;
    out.reserve(values.size());
    for (const Decimal v : values)
        out.push_back(v.toDouble());
    return out;
}

std::vector<double> ChartFrame::toDoubles(const std::vector<std::optional<Decimal>> &values)
{
    std::vector<double> out;
    out.reserve(values.size());
    for (const auto &v : values)
        out.push_back(v ? v->toDouble() : std::numeric_limits<double>::quiet_NaN());
    return out;
}

} // namespace hp
