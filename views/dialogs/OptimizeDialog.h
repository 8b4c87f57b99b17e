#pragma once

#include "optimizer/PlacementOptimizer.h"
#include "money/MoneyFormat.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <functional>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace hp {

class OptimizeRequestForm;
class ProjectDocument;
class ResultTableModel;

/// Analysis → Optimize… (docs/rules.md §12.1): the placement optimizer on a
/// base scenario. The form picks the workloads, objective, step and
/// constraints; bad input is refused with its reason and nothing runs. The
/// search runs off the GUI thread on a copy of the project, with a progress
/// bar (evaluations, best objective so far) and Cancel, which stops it and
/// shows the best plan so far. The result is the engine's: the status, the
/// plan's shares, its figures against the base and its constraints. "Save as
/// scenario…" adds the plan as a child of the base, one undo step.
class OptimizeDialog : public QDialog {
    Q_OBJECT

public:
    /// Asks for the new scenario's name, offering `suggestion`; nothing to cancel.
    using NameChooser = std::function<std::optional<QString>(const QString &suggestion)>;

    explicit OptimizeDialog(ProjectDocument *document, QWidget *parent = nullptr);
    ~OptimizeDialog() override;

    /// Refreshes the form from the document; the base is `current` when it is a scenario.
    void setBase(const QString &current);
    void setMoneyStyle(MoneyStyle style);
    void setNameChooser(NameChooser chooser) { m_chooseName = std::move(chooser); }

    OptimizeRequestForm *form() const { return m_form; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *progressLabel() const { return m_progressText; }
    QProgressBar *progressBar() const { return m_progress; }
    ResultTableModel *sharesModel() const { return m_shares; }
    ResultTableModel *figuresModel() const { return m_figures; }
    ResultTableModel *constraintsModel() const { return m_constraints; }
    /// The request of the last run, and its answer.
    const std::optional<OptimizerRequest> &request() const { return m_request; }
    const std::optional<OptimizerResult> &result() const { return m_result; }
    bool isRunning() const { return m_watcher.isRunning(); }

    /// Stores the plan as a child scenario of the base named `name` (one undo
    /// step); false with the reason in the status line when it cannot.
    bool saveAs(const QString &name);
    /// A scenario name not in the project: "<base> optimized", then "… 2" ….
    QString freshName() const;

Q_SIGNALS:
    /// A run ended (answered, cancelled with the best so far, or failed).
    void finished();

protected:
    void reject() override;

private:
    void run();
    void cancel();
    void save();
    void showProgress(int evaluations, std::optional<Decimal> bestSoFar);
    void showResult(const OptimizerResult &result);
    QTableView *tableFor(ResultTableModel *model);

    ProjectDocument *m_document;
    NameChooser m_chooseName;
    OptimizeRequestForm *m_form;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QPushButton *m_save;
    QLabel *m_status;
    QLabel *m_progressText;
    QProgressBar *m_progress;
    ResultTableModel *m_shares;
    ResultTableModel *m_figures;
    ResultTableModel *m_constraints;
    QFutureWatcher<std::optional<OptimizerResult>> m_watcher;
    std::atomic<bool> m_cancelRequested{false};
    QString m_error;
    QString m_currency;
    std::optional<OptimizerRequest> m_request;
    std::optional<OptimizerResult> m_result;
};

} // namespace hp
