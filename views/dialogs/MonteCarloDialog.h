#pragma once

#include "money/MoneyFormat.h"

#include "document/MonteCarloJob.h" // MonteCarloResult, Project

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace hp {

/// Monte Carlo in the desktop app (docs/rules.md §5.7): scenario, optional
/// scenario B, trials, seed and threads; Run starts the simulation off the
/// GUI thread (MonteCarloJob) with a progress bar and Cancel; the P10/P50/
/// P90/mean table, P(B beats A) and the litigation share appear when it
/// finishes. A cancelled run shows nothing and changes nothing.
class MonteCarloDialog : public QDialog {
    Q_OBJECT

public:
    using Snapshot = std::function<Project()>;
    MonteCarloDialog(Snapshot snapshot, QWidget *parent = nullptr);
    ~MonteCarloDialog() override;

    /// Fills the scenario pickers (the first is chosen).
    void setScenarios(const QStringList &names);

    // For tests and for the main window's menu.
    QComboBox *scenarioBox() const { return m_scenario; }
    QComboBox *againstBox() const { return m_against; }
    QSpinBox *trialsBox() const { return m_trials; }
    QLineEdit *seedEdit() const { return m_seed; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    QTableWidget *table() const { return m_table; }
    /// Compact money (the default) or exact; the tooltip of a cell always has the exact figure.
    void setMoneyStyle(MoneyStyle style);
    QLabel *statusLabel() const { return m_status; }
    QPushButton *copyButton() const { return m_copy; }
    /// The summary (NPV and total cost of A, and of B), exact to the cent and
    /// tab-separated, and the status line: what Copy puts on the clipboard.
    QString exactText() const;
    /// Writes the summary as CSV (exact figures): what Export CSV… saves.
    bool exportCsv(const QString &path, QString *error) const;
    MonteCarloJob *job() const { return m_job; }

Q_SIGNALS:
    /// A run finished; the main window may draw its fan chart.
    void resultReady(const hp::MonteCarloResult &result);

private:
    void run();
    void setRunning(bool running);
    void showResult();
    void fillTable(const MonteCarloResult &result);
    void reject() override;

    Snapshot m_snapshot;
    MonteCarloJob *m_job;
    QComboBox *m_scenario;
    QComboBox *m_against;
    QSpinBox *m_trials;
    QLineEdit *m_seed;
    QSpinBox *m_threads;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QPushButton *m_copy;
    QPushButton *m_export;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTableWidget *m_table;
    MoneyStyle m_moneyStyle = MoneyStyle::Compact;
};

} // namespace hp
