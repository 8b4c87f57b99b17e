#pragma once

#include <QWidget>

class QAbstractItemView;
class QComboBox;
class QLabel;
class QTableView;
class QTreeView;

namespace hp {

class PlacementModel;
class ProjectDocument;
class ScenarioTreeModel;
class UncertaintyModel;

/// Scenarios: the tree (a child's inherited values in grey italics,
/// Revert drops an override) and, for the selected scenario, the placement
/// timeline of one workload (shares per offering summing to 100 %, dual-run
/// months), and the scenario's own uncertainty ranges. The current scenario
/// and workload survive renames (KeptSelection).
class ScenarioEditor : public QWidget {
    Q_OBJECT

public:
    ScenarioEditor(ProjectDocument *document, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    QTableView *placementTable() const { return m_placements; }
    QTableView *uncertaintyTable() const { return m_uncertainties; }
    QComboBox *workloadPicker() const { return m_workload; }
    ScenarioTreeModel *treeModel() const { return m_treeModel; }
    PlacementModel *placementModel() const { return m_placementModel; }
    UncertaintyModel *uncertaintyModel() const { return m_uncertaintyModel; }
    QString currentScenario() const;
    void selectScenario(const QString &name);

Q_SIGNALS:
    void scenarioSelected(const QString &name);
    void message(const QString &text);

private:
    void updatePlacement();
    void refreshWorkloads();
    /// A delegate whose refusals also go to `message`.
    void useFieldDelegate(QAbstractItemView *view);
    QStringList scenarioNames() const;

    ProjectDocument *m_document;
    ScenarioTreeModel *m_treeModel;
    PlacementModel *m_placementModel;
    QTreeView *m_tree;
    QComboBox *m_workload;
    QLabel *m_inherited;
    QTableView *m_placements;
    UncertaintyModel *m_uncertaintyModel;
    QTableView *m_uncertainties;
    QStringList m_namesBeforeReset;
    int m_rowBeforeReset = -1;
    int m_columnBeforeReset = 0;
};

} // namespace hp
