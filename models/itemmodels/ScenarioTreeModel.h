#pragma once

#include "document/EditRefusal.h"
#include "document/ProjectDocument.h"

#include <QAbstractItemModel>

namespace hp {

/// The scenario tree (docs/rules.md §5.1): a child under its parent. A child's
/// start, length, discount rate and settle-disputes flag (§11.4) show inherited values in grey italics
/// (DocumentRoles::Overridden false) until it sets its own; setting an empty
/// value reverts to the inherited one. Every edit is an undo command.
class ScenarioTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { Name, Start, Months, DiscountRate, SettleDisputes, Placements, ColumnCount };

    explicit ScenarioTreeModel(ProjectDocument *document, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    QString scenarioName(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &name, int column = Name) const;
    /// Adds a child of `parent` (a root scenario when invalid) that overrides nothing yet.
    QModelIndex addChild(const QModelIndex &parent);
    /// Removes a scenario without children; false otherwise.
    bool removeScenario(const QModelIndex &index);
    /// Drops a child's own value of this column (start, length, rate, or all its placements).
    void revertOverride(const QModelIndex &index);
    bool isOverridden(const QModelIndex &index) const;
    /// Why the last refused edit or removal was refused (an edit's is also DocumentRoles::Refusal of its cell).
    const QString &lastError() const { return m_refusal.message(); }

private:
    /// Rows into project().scenarios of the children of `parentRow` (-1: the roots), in project order.
    std::vector<int> childRows(int parentRow) const;
    int parentRow(int scenarioRow) const;
    int rowIn(int scenarioRow) const;
    QString valueText(const Scenario &s, int column) const;
    const Scenario *definingScenario(int scenarioRow, int column) const;
    bool setField(int scenarioRow, int column, const QString &text, QString *error);
    void emitAllChanged();

    ProjectDocument *m_document;
    EditRefusal m_refusal;
};

} // namespace hp
