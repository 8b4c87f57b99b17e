#pragma once

#include <QWidget>

class QTableView;

namespace hp {

class ClausesModel;
class ContractsModel;
class EntityTableEditor;
class ProjectDocument;

/// Contracts: the contract table, the selected contract's clause list with
/// a form per clause kind (double-click or Edit), and its timeline.
class ContractEditor : public QWidget {
    Q_OBJECT

public:
    ContractEditor(ProjectDocument *document, QWidget *parent = nullptr);

    EntityTableEditor *contracts() const { return m_contracts; }
    ClausesModel *clauses() const { return m_clauses; }
    QTableView *clauseTable() const { return m_clauseTable; }

Q_SIGNALS:
    void message(const QString &text);
    /// The commitment form's "Size this commitment…": commitment clause `clause`
    /// (1-based, as commitments.csv's) of `contract`, its form's values already stored.
    void sizeCommitmentRequested(const QString &contract, int clause);

private:
    void editClause(int row);
    void addClause(int kind);

    ProjectDocument *m_document;
    ContractsModel *m_model;
    EntityTableEditor *m_contracts;
    ClausesModel *m_clauses;
    QTableView *m_clauseTable;
};

} // namespace hp
