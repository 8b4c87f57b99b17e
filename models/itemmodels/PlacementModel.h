#pragma once

#include "document/EditRefusal.h"
#include "document/ProjectDocument.h"

#include <QAbstractTableModel>

namespace hp {

/// One workload's placement timeline in one scenario: a row per step (from
/// month, dual-run months), a column per offering of the workload's unit
/// with its share, and the row's total, which must be exactly 100 %.
/// A child scenario that does not place the workload shows its parent's
/// timeline (isInherited); the first edit copies it into the child, which
/// then replaces the whole timeline (docs/rules.md §5.1). Edits are undo commands.
class PlacementModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum FixedColumn { From, DualRun, FirstOffering };

    explicit PlacementModel(ProjectDocument *document, QObject *parent = nullptr);

    void setTarget(const QString &scenario, const QString &workloadId);
    const QString &scenario() const { return m_scenario; }
    const QString &workloadId() const { return m_workload; }
    /// The timeline shown comes from an ancestor scenario.
    bool isInherited() const { return m_inheritedFrom != m_scenario; }
    const QString &inheritedFrom() const { return m_inheritedFrom; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// Adds a step 12 months after the last one with the same shares.
    void addStep();
    void removeStep(int row);
    /// A child scenario goes back to its parent's timeline for this workload.
    void revertToInherited();
    /// Why the last refused edit was refused (also DocumentRoles::Refusal of its cell).
    const QString &lastError() const { return m_refusal.message(); }
    /// Sum of a step's shares (percentage points).
    Decimal totalOf(int row) const;

private:
    void refresh();
    int totalColumn() const { return FirstOffering + int(m_offerings.size()); }
    void commit(std::vector<Placement> timeline, const QString &text, const QString &mergeKey = {});
    /// The undo step's words for a new value of column `c` in step `row`.
    QString editText(int row, int c, const Placement &edited) const;

    ProjectDocument *m_document;
    QString m_scenario;
    QString m_workload;
    QString m_inheritedFrom;
    std::vector<Placement> m_timeline;
    QStringList m_offerings;
    EditRefusal m_refusal;
};

} // namespace hp
