#include "ScenarioOverviewModel.h"

#include "document/ResultsCalculator.h"
#include "money/MoneyFormat.h"

#include <QColor>

#include <algorithm>
#include <iterator>

namespace hp {

namespace {
struct Figure {
    const char *title;
    Decimal TotalFigures::*field;
};
constexpr Figure kFigures[] = {
    {QT_TRANSLATE_NOOP("hp::ScenarioOverviewModel", "Total cost"), &TotalFigures::total},
    // Next to total (docs/rules.md §11.5): total + expected exposure + revenue at risk.
    {QT_TRANSLATE_NOOP("hp::ScenarioOverviewModel", "Risk-adjusted total"), &TotalFigures::riskAdjustedTotal},
    {QT_TRANSLATE_NOOP("hp::ScenarioOverviewModel", "NPV"), &TotalFigures::npv},
    {QT_TRANSLATE_NOOP("hp::ScenarioOverviewModel", "Spend"), &TotalFigures::spend},
    {QT_TRANSLATE_NOOP("hp::ScenarioOverviewModel", "Discount earned"), &TotalFigures::discount},
    {QT_TRANSLATE_NOOP("hp::ScenarioOverviewModel", "Shortfall charged"), &TotalFigures::shortfall},
    {QT_TRANSLATE_NOOP("hp::ScenarioOverviewModel", "Projected shortfall"), &TotalFigures::projectedShortfall},
    {QT_TRANSLATE_NOOP("hp::ScenarioOverviewModel", "Revenue share paid"), &TotalFigures::revenueSharePaid},
    {QT_TRANSLATE_NOOP("hp::ScenarioOverviewModel", "Switching"), &TotalFigures::switching},
    {QT_TRANSLATE_NOOP("hp::ScenarioOverviewModel", "Expected exposure"), &TotalFigures::expectedExposure},
    {QT_TRANSLATE_NOOP("hp::ScenarioOverviewModel", "Revenue at risk"), &TotalFigures::revenueAtRisk},
    {QT_TRANSLATE_NOOP("hp::ScenarioOverviewModel", "Settlements"), &TotalFigures::settlement},
};
} // namespace

ScenarioOverviewModel::ScenarioOverviewModel(ResultsCalculator *calculator, QObject *parent)
    : QAbstractTableModel(parent)
{
    if (calculator)
        connect(calculator, &ResultsCalculator::resultsReady, this, &ScenarioOverviewModel::setResults);
}

int ScenarioOverviewModel::figureCount()
{
    return int(std::size(kFigures));
}

void ScenarioOverviewModel::setResults(const ScenarioResults &results)
{
    if (!results.all)
        return;
    std::vector<Row> rows;
    rows.reserve(results.all->size());
    for (const ScenarioEvaluation &e : *results.all)
        rows.push_back({e.scenario, e.result ? std::optional<TotalFigures>(e.result->totals) : std::nullopt, e.error});
    const bool sameShape = rows.size() == m_rows.size()
        && std::equal(rows.begin(), rows.end(), m_rows.begin(), [](const Row &a, const Row &b) { return a.scenario == b.scenario; });
    if (!sameShape)
        beginResetModel();
    m_rows = std::move(rows);
    const bool newCurrency = results.currency != m_currency;
    m_currency = results.currency;
    if (!sameShape) {
        endResetModel();
        return;
    }
    // Same scenarios: update in place, so the selection and the scroll position stay.
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    if (newCurrency)
        Q_EMIT headerDataChanged(Qt::Horizontal, FirstFigureColumn, columnCount() - 1);
}

bool ScenarioOverviewModel::isError(int row) const
{
    return row >= 0 && row < rowCount() && !m_rows[std::size_t(row)].totals;
}

int ScenarioOverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScenarioOverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstFigureColumn + figureCount();
}

QVariant ScenarioOverviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    const int figure = index.column() - FirstFigureColumn;
    if (role == Qt::DisplayRole) {
        if (index.column() == ScenarioColumn)
            return row.scenario;
        if (!row.totals)
            return figure == 0 ? tr("cannot evaluate: %1").arg(row.error) : QString();
        return MoneyFormat::display((*row.totals).*kFigures[figure].field, m_style, m_currency);
    }
    if (role == Qt::ToolTipRole && row.totals && index.column() != ScenarioColumn)
        return MoneyFormat::exactWithCurrency((*row.totals).*kFigures[figure].field, m_currency);
    if (role == Qt::TextAlignmentRole && index.column() != ScenarioColumn && row.totals)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() != ScenarioColumn && !row.totals)
        return QColor(0xB0, 0x00, 0x20);
    if (role == Qt::ToolTipRole && index.column() != ScenarioColumn && !row.totals)
        return row.error;
    return {};
}

QVariant ScenarioOverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == ScenarioColumn)
        return tr("Scenario");
    const QString title = tr(kFigures[section - FirstFigureColumn].title);
    return m_currency.isEmpty() ? title : QStringLiteral("%1 (%2)").arg(title, m_currency);
}

void ScenarioOverviewModel::setMoneyStyle(MoneyStyle style)
{
    if (style == m_style)
        return;
    m_style = style;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, FirstFigureColumn), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole});
}

} // namespace hp
