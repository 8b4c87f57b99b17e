#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace hp {

class DashboardModel;
class ProjectDocument;
class ResultsCalculator;
struct ScenarioResults;

/// The dashboard of the chosen scenario: its headline figures (cost, NPV,
/// discount, shortfall, revenue share and cap saving, switching, exposure,
/// concentration, unit cost, residency breaches), the workloads that violate
/// an exclusivity, whether each contested classification is cheaper to settle
/// or to litigate, and
/// the deltas against a second scenario when one is picked, with the one that
/// pays back against the other named. The figures come
/// from the ResultsCalculator, so they follow every edit without blocking it.
class DashboardWidget : public QWidget {
    Q_OBJECT

public:
    DashboardWidget(ProjectDocument *document, ResultsCalculator *calculator, QWidget *parent = nullptr);

    DashboardModel *model() const { return m_model; }
    QComboBox *scenarioPicker() const { return m_primary; }
    QComboBox *comparePicker() const { return m_compare; }
    /// The sentence under the figures on exclusivity violations (or why they are not known).
    QLabel *violationsLabel() const { return m_violators; }
    /// Settle or litigate, per contested classification of each scenario shown
    /// (DashboardModel::disputeSummary); hidden when there is none.
    QLabel *disputesLabel() const { return m_disputes; }
    /// The area the chart layer (views/charts) fills with the cost chart.
    QWidget *chartArea() const { return m_chartArea; }

private:
    void refreshScenarios();
    void pick();
    void showResults(const ScenarioResults &results);

    ProjectDocument *m_document;
    ResultsCalculator *m_calculator;
    DashboardModel *m_model;
    QComboBox *m_primary;
    QComboBox *m_compare;
    QLabel *m_status;
    QLabel *m_violators;
    QLabel *m_disputes;
    QLabel *m_payback; ///< which of the two scenarios pays back, from the model
    QTableView *m_table;
    QWidget *m_chartArea;
};

} // namespace hp
