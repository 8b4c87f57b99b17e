#pragma once

#include "domain/Project.h"
#include "money/Decimal.h"
#include "report/ChartData.h"

#include <QDate>

#include <optional>
#include <vector>

namespace hp {

/// What every chart of a project shares: the title block and footnote
/// (scenario, horizon, date, "Illustrative data" for the demo), month
/// categories and the names of providers and contracts. Used by the chart
/// builders of models/report.
class ChartFrame {
public:
    ChartFrame(const Project &project, QDate date);

    /// A chart with one category per month of `months`.
    ChartData monthly(ChartKind kind, const QString &title, const QString &scenario, const std::vector<YearMonth> &months,
                      const QString &currency) const;
    /// A chart with named categories (filled by the caller); the footnote still names the horizon.
    ChartData named(ChartKind kind, const QString &title, const QString &scenario, const std::vector<YearMonth> &months,
                    const QString &currency) const;

    const Project &project() const { return m_project; }
    QString providerName(const QString &id) const;
    QString contractName(const QString &id) const;
    /// The provider a contract is signed with (empty if unknown).
    QString contractProvider(const QString &id) const;

    /// "2026-01 to 2035-12 (120 months)"; "no months" for an empty horizon.
    static QString horizon(const std::vector<YearMonth> &months);
    static std::vector<double> toDoubles(const std::vector<Decimal> &values);
    static std::vector<double> toDoubles(const std::vector<std::optional<Decimal>> &values); ///< NaN for none
    /// A series of `style` with its colour key and values.
    static ChartSeries series(const QString &name, const QString &key, SeriesStyle style, std::vector<double> values);
    static QString providerKey(const QString &id) { return QStringLiteral("provider:") + id; }
    static QString componentKey(const char *name) { return QStringLiteral("component:") + QLatin1String(name); }

private:
    const Project &m_project;
    QDate m_date;
};

} // namespace hp
