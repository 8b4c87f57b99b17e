#pragma once

#include "document/ScenarioResults.h"
#include "money/MoneyFormat.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

#include <vector>

namespace hp {

/// The dashboard's figures for the chosen scenario and, when a second one is
/// picked, its figures and the delta (second − chosen). Money is shown to
/// the cent; HHI and the single-homed share are horizon averages of the
/// monthly values; unit cost is the spend-per-unit average over the months
/// with units; residency breaches count the engine's breach rows (one per
/// workload, month, offering and dual run, docs/rules.md §11.1). Under the
/// figures: a sentence per contested classification (DisputeSentence,
/// docs/gui.md).
class DashboardModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Figure, Primary, Compare, Delta, ColumnCount };
    enum class Kind { Money, Index, Share, Count };
    struct Row {
        QString label;
        Kind kind = Kind::Money;
        std::optional<Decimal> primary;
        std::optional<Decimal> compare;
        bool higherIsBetter = false; ///< colours the delta: green when it improves
    };

    explicit DashboardModel(QObject *parent = nullptr);

    void setResults(const ScenarioResults &results);
    /// Compact money ("$184.76B", the default) or exact to the cent; a money
    /// cell's tooltip always holds the exact figure with its currency.
    void setMoneyStyle(MoneyStyle style);
    MoneyStyle moneyStyle() const { return m_style; }
    /// Contract id → name, for the dispute sentences (a contract without one shows its id).
    void setContractNames(const QHash<QString, QString> &names) { m_contractNames = names; }
    const std::vector<Row> &rows() const { return m_rows; }
    /// Workloads that violate an exclusivity in the chosen scenario (ids, sorted).
    const QStringList &violatingWorkloads() const { return m_violating; }
    /// The same for the comparison scenario.
    const QStringList &compareViolatingWorkloads() const { return m_compareViolating; }
    /// With two scenarios evaluated: which one pays back against the other
    /// (ScenarioComparison::paybackSentence), whichever was picked first; else empty.
    const QString &payback() const { return m_payback; }
    const QString &error() const { return m_error; }
    /// Why the comparison scenario could not be evaluated (empty: it was, or none is picked).
    const QString &compareError() const { return m_compareError; }
    /// One sentence on a scenario's exclusivity violations: the workloads that
    /// violate one, that none does, or — when the scenario could not be
    /// evaluated — that nothing is known, and why (`compare`: the second scenario).
    QString exclusivitySummary(bool compare) const;
    /// One sentence per contested (contract, class) of a scenario
    /// (DisputeSentence; `compare`: the second scenario); empty when it has none
    /// or could not be evaluated.
    QStringList disputeSentences(bool compare) const;
    /// The dashboard's text on disputes, a paragraph per contested (contract,
    /// class): with one scenario its sentence; with two, when both see the
    /// dispute alike, the verdict once and whether each settles it ("Pivot: not
    /// settled; Pivot, settled: settled in 2027-01."), else each scenario's
    /// sentence under its name. Empty when neither has a contested class.
    QString disputeSummary() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString format(Kind kind, const std::optional<Decimal> &value) const;

    std::vector<Row> m_rows;
    MoneyStyle m_style = MoneyStyle::Compact;
    QStringList m_violating;
    QStringList m_compareViolating;
    QHash<QString, QString> m_contractNames;
    std::vector<DisputeResult> m_disputeResults;
    std::vector<DisputeResult> m_compareDisputeResults;
    QString m_payback;
    QString m_primaryName;
    QString m_compareName;
    QString m_currency;
    QString m_error;
    QString m_compareError;
};

} // namespace hp
