#pragma once

#include "analysis/SensitivityAnalysis.h"
#include "money/MoneyFormat.h"

#include <QDialog>
#include <QFutureWatcher>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace hp {

class ChartView;
class ResultTableModel;

/// Analysis → Sensitivity… (docs/rules.md §5.4): the tornado of a scenario's
/// uncertainty ranges — each input at its low and its high value with every
/// other at base — as a chart and a table (NPV at low and high, swing), run
/// off the GUI thread. A scenario without ranges says so and how to add them.
/// Copy puts the table's exact figures on the clipboard.
class SensitivityDialog : public QDialog {
    Q_OBJECT

public:
    using Snapshot = std::function<Project()>;
    explicit SensitivityDialog(Snapshot snapshot, QWidget *parent = nullptr);
    ~SensitivityDialog() override;

    /// Fills the scenario picker and chooses `current` when it is one of them.
    void setScenarios(const QStringList &names, const QString &current = {});
    void setMoneyStyle(MoneyStyle style);

    QComboBox *scenarioBox() const { return m_scenario; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *copyButton() const { return m_copy; }
    QLabel *statusLabel() const { return m_status; }
    ChartView *chart() const { return m_chart; }
    ResultTableModel *tableModel() const { return m_model; }
    const std::optional<SensitivityResult> &result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    void run();
    void showResult(const SensitivityResult &result);

    Snapshot m_snapshot;
    QComboBox *m_scenario;
    QPushButton *m_run;
    QPushButton *m_copy;
    QLabel *m_status;
    ChartView *m_chart;
    QTableView *m_table;
    ResultTableModel *m_model;
    QFutureWatcher<std::optional<SensitivityResult>> m_watcher;
    QString m_error;
    std::optional<SensitivityResult> m_result;
    Project m_project; ///< the snapshot the running analysis uses (chart colours, illustrative flag)
};

} // namespace hp
