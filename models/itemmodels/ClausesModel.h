#pragma once

#include "document/ProjectDocument.h"

#include <QAbstractTableModel>

#include <variant>

namespace hp {

using Clause = std::variant<CommitmentClause, RevenueShareClause, ExclusivityClause, ClassificationClause, DatedClause>;

/// The clauses of one contract as one list (commitments, revenue shares,
/// exclusivities, classifications, then egress terms and other dated
/// clauses), with each clause's kind, dates and a summary of its terms.
/// Forms edit a clause through setClause; adding, replacing and removing
/// are undo commands on the contract.
class ClausesModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Kind, Start, End, Terms, ColumnCount };

    explicit ClausesModel(ProjectDocument *document, QObject *parent = nullptr);

    void setContract(const QString &contractId);
    const QString &contractId() const { return m_contract; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    Clause clause(int row) const { return m_clauses[std::size_t(row)]; }
    /// Dates in force (the contract's own where the clause leaves them open).
    std::pair<YearMonth, YearMonth> clauseSpan(int row) const;
    QString kindName(int row) const;
    void setClause(int row, const Clause &clause);
    void addClause(const Clause &clause);
    void removeClause(int row);

    static std::vector<Clause> clausesOf(const Contract &contract);
    static void assign(Contract &contract, const std::vector<Clause> &clauses);

private:
    void refresh();
    void commit(const std::vector<Clause> &clauses, const QString &text);
    const Contract *contract() const;

    ProjectDocument *m_document;
    QString m_contract;
    std::vector<Clause> m_clauses;
};

} // namespace hp
