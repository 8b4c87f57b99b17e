#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace hp {

class ProjectDocument;
class ResultsCalculator;
class SiliconAuditModel;
struct ScenarioResults;

/// The navigator's "Silicon audit" page (docs/gui.md, docs/rules.md §11.3):
/// a scenario picker (like the dashboard's, a renamed scenario stays picked),
/// one line on the premium paid a month, and the audit's table, one row per
/// workload, largest premium first, with the total under it. The figures are
/// the calculator's (off the GUI thread): while the page is shown the main
/// window asks it for every scenario (ResultsCalculator::setOverviewWanted),
/// and the model takes the picked one.
class SiliconAuditPage : public QWidget {
    Q_OBJECT

public:
    SiliconAuditPage(ProjectDocument *document, ResultsCalculator *calculator, QWidget *parent = nullptr);

    SiliconAuditModel *model() const { return m_model; }
    QComboBox *scenarioPicker() const { return m_picker; }
    QTableView *table() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }

private:
    void refreshScenarios();
    void pick();
    void showResults(const ScenarioResults &results);
    void updateLabels();

    ProjectDocument *m_document;
    ResultsCalculator *m_calculator;
    SiliconAuditModel *m_model;
    QComboBox *m_picker;
    QLabel *m_summary;
    QTableView *m_table;
    QLabel *m_total;
};

} // namespace hp
