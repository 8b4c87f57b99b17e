#pragma once

#include "domain/Project.h"
#include "optimizer/OptimizerRequest.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;

namespace hp {

/// The inputs of Analysis → Optimize… (docs/rules.md §12.1): the base, the
/// workloads (checkable; by default every workload the engine finds placed at
/// the plan's first month), the objective, the share step, the optional
/// constraints and a time limit. request() reads them into an
/// OptimizerRequest and has the optimizer check it, so bad input is refused
/// with the CLI's reasons before anything runs.
class OptimizeRequestForm : public QWidget {
    Q_OBJECT

public:
    explicit OptimizeRequestForm(QWidget *parent = nullptr);

    /// The project the workloads and defaults come from; the scenario picker
    /// lists `names` and chooses `current` when it is one of them.
    void setProject(const Project &project, const QStringList &names, const QString &current = {});
    /// Checks exactly the workloads `ids`.
    void setChosenWorkloads(const QStringList &ids);
    QStringList chosenWorkloads() const;

    /// The request, or nothing with the reason in `reason` (checked against `project`).
    std::optional<OptimizerRequest> request(const Project &project, QString *reason) const;

    QComboBox *baseBox() const { return m_base; }
    QListWidget *workloadList() const { return m_workloads; }
    QComboBox *objectiveBox() const { return m_objective; }
    QLineEdit *stepEdit() const { return m_step; }
    QLineEdit *timeLimitEdit() const { return m_timeLimit; }
    QLineEdit *maxExpectedExposureEdit() const { return m_maxExpected; }
    QLineEdit *maxGrossExposureEdit() const { return m_maxGross; }
    QLineEdit *maxHhiEdit() const { return m_maxHhi; }
    QLineEdit *maxSingleHomedEdit() const { return m_maxSingleHomed; }
    QLineEdit *minProvidersEdit() const { return m_minProviders; }
    QLineEdit *maxSwitchingEdit() const { return m_maxSwitching; }
    QCheckBox *noShortfallBox() const { return m_noShortfall; }
    QCheckBox *allowResidencyBreachBox() const { return m_allowResidency; }
    QCheckBox *allowUnservedBox() const { return m_allowUnserved; }

private:
    void fillWorkloads();

    Project m_project;
    QComboBox *m_base;
    QListWidget *m_workloads;
    QComboBox *m_objective;
    QLineEdit *m_step;
    QLineEdit *m_timeLimit;
    QLineEdit *m_maxExpected;
    QLineEdit *m_maxGross;
    QLineEdit *m_maxHhi;
    QLineEdit *m_maxSingleHomed;
    QLineEdit *m_minProviders;
    QLineEdit *m_maxSwitching;
    QCheckBox *m_noShortfall;
    QCheckBox *m_allowResidency;
    QCheckBox *m_allowUnserved;
};

} // namespace hp
