#pragma once

#include <QWidget>

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
/// months), and the scenario's own uncertainty ranges.
class ScenarioEditor : public QWidget {
    Q_OBJECT

public:
    ScenarioEditor(ProjectDocument *document, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    QTableView *placementTable() const { return m_placements; }
    ScenarioTreeModel *treeModel() const { return m_treeModel; }
    PlacementModel *placementModel() const { return m_placementModel; }
    UncertaintyModel *uncertaintyModel() const { return m_uncertaintyModel; }
    QString currentScenario() const;
    void selectScenario(const QString &name);

signals:
    void scenarioSelected(const QString &name);
    void message(const QString &text);

private:
    void updatePlacement();
    void refreshWorkloads();

    ProjectDocument *m_document;
    ScenarioTreeModel *m_treeModel;
    PlacementModel *m_placementModel;
    QTreeView *m_tree;
    QComboBox *m_workload;
    QLabel *m_inherited;
    QTableView *m_placements;
    UncertaintyModel *m_uncertaintyModel;
    QTableView *m_uncertainties;
};

} // namespace hp
