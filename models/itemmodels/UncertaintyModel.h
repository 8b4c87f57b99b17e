#pragma once

#include "document/EditRefusal.h"
#include "document/ProjectDocument.h"

#include <QAbstractTableModel>

namespace hp {

/// The uncertainty ranges a scenario sets itself (docs/rules.md §5.6): input,
/// target (empty: every entity), distribution and its parameters a, b, c.
/// Ranges a child does not set are inherited from its parent (the engine
/// merges them); edits are undo commands on the scenario.
class UncertaintyModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Input, Target, Distribution, A, B, C, ColumnCount };

    explicit UncertaintyModel(ProjectDocument *document, QObject *parent = nullptr);
    void setScenario(const QString &scenario);
    const QString &scenario() const { return m_scenario; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    void addRange();
    void removeRange(int row);
    /// Why the last refused edit was refused (also DocumentRoles::Refusal of its cell).
    const QString &lastError() const { return m_refusal.message(); }

private:
    void refresh();
    void commit(std::vector<UncertaintyRange> ranges, const QString &text, const QString &mergeKey = {});

    ProjectDocument *m_document;
    QString m_scenario;
    std::vector<UncertaintyRange> m_ranges;
    EditRefusal m_refusal;
};

} // namespace hp
