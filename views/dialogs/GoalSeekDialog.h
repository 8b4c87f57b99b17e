#pragma once

#include "analysis/GoalSeek.h"
#include "money/MoneyFormat.h"

#include <QDialog>
#include <QFutureWatcher>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace hp {

class ProjectDocument;

/// Analysis → Goal seek… (docs/rules.md §5.5): how much of a workload to move
/// to a target offering from a month so that (a) a contract's commitments stay
/// free of shortfall (the smallest share), or (b) the expected exposure stays
/// under a limit (the largest share). Bisection on the exact engine, off the
/// GUI thread. "Apply as scenario" stores the answer as a child of the
/// scenario — that workload's whole timeline with the share moved — in one
/// undo step; nothing else changes the project.
class GoalSeekDialog : public QDialog {
    Q_OBJECT

public:
    explicit GoalSeekDialog(ProjectDocument *document, QWidget *parent = nullptr);
    ~GoalSeekDialog() override;

    /// Refills the pickers from the project; `scenario` is chosen when it exists.
    void refresh(const QString &scenario = {});
    void setMoneyStyle(MoneyStyle style) { m_style = style; }

    QComboBox *scenarioBox() const { return m_scenario; }
    QComboBox *workloadBox() const { return m_workload; }
    QComboBox *targetBox() const { return m_target; }
    QLineEdit *fromEdit() const { return m_from; }
    QRadioButton *shortfallGoal() const { return m_noShortfall; }
    QRadioButton *exposureGoal() const { return m_underExposure; }
    QComboBox *contractBox() const { return m_contract; }
    QLineEdit *limitEdit() const { return m_limit; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *applyButton() const { return m_apply; }
    QLabel *resultLabel() const { return m_result; }
    const std::optional<GoalSeekResult> &result() const { return m_answer; }
    /// The name "Apply as scenario" gives the child (unique in the project).
    QString childName() const;

Q_SIGNALS:
    void finished();

private:
    void run();
    void apply();
    void showAnswer();

    ProjectDocument *m_document;
    QComboBox *m_scenario;
    QComboBox *m_workload;
    QComboBox *m_target;
    QLineEdit *m_from;
    QRadioButton *m_noShortfall;
    QRadioButton *m_underExposure;
    QComboBox *m_contract;
    QLineEdit *m_limit;
    QPushButton *m_run;
    QPushButton *m_apply;
    QLabel *m_result;
    QFutureWatcher<std::optional<GoalSeekResult>> m_watcher;
    QString m_error;
    Project m_project;  ///< the snapshot the run used
    ShareMove m_move;   ///< what the run moved
    bool m_exposure = false;
    std::optional<GoalSeekResult> m_answer;
    MoneyStyle m_style = MoneyStyle::Compact;
};

} // namespace hp
