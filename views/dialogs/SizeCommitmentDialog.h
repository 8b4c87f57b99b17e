#pragma once

#include "document/SizingJob.h" // SizingResult, SizingRequest, Project
#include "money/MoneyFormat.h"

#include <QDialog>

#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace hp {

class ChartView;
class ProjectDocument;
class ResultTableModel;

/// Analysis ▸ Size commitment… and the commitment form's "Size this
/// commitment…" (docs/rules.md §12.2): scenario, contract, commitment clause,
/// trials and seed; Run sizes the clause off the GUI thread (SizingJob) with a
/// progress bar (candidates done) and Cancel, which keeps nothing. The answer is
/// CommitmentSizing's: the candidate table (commitment, discount, expected and
/// P90 total, P(shortfall), the best row marked and selected) and the chart of
/// expected and P90 total against the commitment, tiers and best marked
/// (SizingChartBuilder). "Apply this size" sets the clause's year amounts to the
/// selected candidate's, one undo step. A clause that cannot be sized (no tiers,
/// nothing committed today) is refused with the command line's reason, unrun.
class SizeCommitmentDialog : public QDialog {
    Q_OBJECT

public:
    explicit SizeCommitmentDialog(ProjectDocument *document, QWidget *parent = nullptr);
    ~SizeCommitmentDialog() override;

    /// Refreshes the pickers from the document and chooses `scenario` (when it
    /// is one), `contract` and `clause` (1-based) when given.
    void setTarget(const QString &scenario, const QString &contract = {}, int clause = 1);
    void setMoneyStyle(MoneyStyle style);

    QComboBox *scenarioBox() const { return m_scenario; }
    QComboBox *contractBox() const { return m_contract; }
    QSpinBox *clauseBox() const { return m_clause; }
    QSpinBox *trialsBox() const { return m_trials; }
    QLineEdit *seedEdit() const { return m_seed; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *applyButton() const { return m_apply; }
    QLabel *statusLabel() const { return m_status; }
    QProgressBar *progressBar() const { return m_progress; }
    ResultTableModel *tableModel() const { return m_table; }
    QTableView *tableView() const { return m_view; }
    ChartView *chartView() const { return m_chart; }
    SizingJob *job() const { return m_job; }
    bool isRunning() const;
    /// The request as the form stands; nullopt with the reason for a bad seed.
    std::optional<SizingRequest> request(QString *reason) const;
    /// The answer of the last run that finished (none after a cancelled one).
    const std::optional<SizingResult> &result() const { return m_job->result(); }

    /// Applies the candidate at `row` of the table (one undo step); false with
    /// the reason in the status line when nothing was changed.
    bool applyRow(int row);

Q_SIGNALS:
    /// A run ended: answered, cancelled or failed.
    void finished();

protected:
    void reject() override;

private:
    void run();
    void fillContracts();
    void fillClauses();
    void explain();
    void setRunning(bool running);
    void showResult();
    void apply();

    ProjectDocument *m_document;
    SizingJob *m_job;
    QComboBox *m_scenario;
    QComboBox *m_contract;
    QSpinBox *m_clause;
    QSpinBox *m_trials;
    QLineEdit *m_seed;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QPushButton *m_apply;
    QProgressBar *m_progress;
    QLabel *m_status;
    ResultTableModel *m_table;
    QTableView *m_view;
    ChartView *m_chart;
    /// What the last run sized: the project it copied and the clause's ramp then.
    Project m_ran;
    SizingRequest m_ranRequest;
    std::vector<Decimal> m_sizedFrom;
};

} // namespace hp
