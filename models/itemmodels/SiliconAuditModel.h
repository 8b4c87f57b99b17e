#pragma once

#include "document/ScenarioResults.h"

#include <QAbstractTableModel>

#include <vector>

namespace hp {

/// The silicon audit of one scenario (docs/rules.md §11.3, docs/gui.md): one
/// row per workload with a placement at the audit's month, as the engine
/// sorted them (largest premium first) — what it pays per unit on its
/// silicon, the cheapest offering on another silicon, the premium a month,
/// the cost of moving, its payback and the exclusivity exposure the move
/// would bring. It formats the engine's SiliconAudit only and computes no
/// figure; the figures come from ResultsCalculator's results (off the GUI
/// thread): the evaluation of the chosen scenario among `all`, or the
/// dashboard's primary or comparison evaluation when it is that scenario.
class SiliconAuditModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        WorkloadColumn,
        SiliconColumn,
        UnitPriceColumn,
        AlternativeColumn,
        AlternativePriceColumn,
        PremiumColumn,
        MoveCostColumn,
        PaybackColumn,
        ExposureColumn,
        ColumnCount
    };

    explicit SiliconAuditModel(QObject *parent = nullptr);

    /// The scenario to show; the rows follow at the next setResults() that has it.
    void setScenario(const QString &scenario);
    const QString &scenario() const { return m_scenario; }
    /// Takes the chosen scenario's evaluation from `results` (in `all`, else the
    /// primary or the comparison); results without it leave the model as it is.
    /// True when they had it.
    bool setResults(const ScenarioResults &results);

    /// True once an evaluation of the scenario arrived (with rows or an error).
    bool hasResult() const { return m_known; }
    /// Why the scenario could not be evaluated (empty: it was).
    const QString &error() const { return m_error; }
    const SiliconAudit &audit() const { return m_audit; }
    /// One line over the table: the premium a month, the month, the scenario
    /// and how many workloads pay one, e.g. "Paying 410,000,000.00 a month in
    /// silicon premium at 2026-01 in Status quo, on 4 of 4 workloads, over the
    /// cheapest offering on other silicon."
    QString summary() const;
    /// The footer: "Silicon premium per month: 410,000,000.00 USD".
    QString total() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString display(const SiliconAuditRow &row, int column) const;

    QString m_scenario;
    QString m_currency;
    QString m_error;
    SiliconAudit m_audit;
    bool m_known = false;
};

} // namespace hp
