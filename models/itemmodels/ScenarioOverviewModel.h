#pragma once

#include "document/ScenarioResults.h"
#include "money/MoneyFormat.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace hp {

class ResultsCalculator;

/// The overview's "scenarios at a glance" (docs/gui.md): one row per scenario
/// of the project with its headline totals, or why it cannot be evaluated.
/// It is fed by ResultsCalculator's results (every scenario, evaluated off
/// the GUI thread), never by an evaluation of its own.
class ScenarioOverviewModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { ScenarioColumn = 0, FirstFigureColumn = 1 };

    /// Follows `calculator`'s results (null: only setResults feeds it).
    explicit ScenarioOverviewModel(ResultsCalculator *calculator = nullptr, QObject *parent = nullptr);

    /// Takes `results.all` (ignored when absent).
    void setResults(const ScenarioResults &results);
    /// True when the row's scenario could not be evaluated: its message fills the figure columns.
    bool isError(int row) const;
    /// Compact ("$184.76B", the default) or exact money; the tooltip always has the exact figure.
    void setMoneyStyle(MoneyStyle style);
    MoneyStyle moneyStyle() const { return m_style; }
    /// The number of figure columns after the scenario's name.
    static int figureCount();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row {
        QString scenario;
        std::optional<TotalFigures> totals;
        QString error;
    };

    std::vector<Row> m_rows;
    QString m_currency;
    MoneyStyle m_style = MoneyStyle::Compact;
};

} // namespace hp
