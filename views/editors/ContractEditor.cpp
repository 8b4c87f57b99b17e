#include "ContractEditor.h"

#include "ClauseFormDialog.h"
#include "ContractTimeline.h"
#include "EntityTableEditor.h"
#include "itemmodels/ClausesModel.h"
#include "itemmodels/ContractsModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace hp {

namespace {
enum NewClause { Commitment, RevenueShare, Exclusivity, Classification, EgressTerms, Other };
}

ContractEditor::ContractEditor(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new ContractsModel(document, this))
    , m_clauses(new ClausesModel(document, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    layout->addWidget(splitter);
    m_contracts = new EntityTableEditor(m_model, tr("Contracts"),
                                        tr("Term, notice and termination fee per contract; select one to see and edit its clauses."), splitter);
    connect(m_contracts, &EntityTableEditor::message, this, &ContractEditor::message);

    auto *clausePane = new QWidget(splitter);
    auto *clauseLayout = new QVBoxLayout(clausePane);
    clauseLayout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    auto *heading = new QLabel(tr("<b>Clauses</b>"), clausePane);
    bar->addWidget(heading);
    bar->addStretch();
    auto *add = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add clause"), clausePane);
    auto *menu = new QMenu(add);
    const std::pair<NewClause, QString> kinds[] = {
        {Commitment, tr("Commitment")},   {RevenueShare, tr("Revenue share")}, {Exclusivity, tr("Exclusivity")},
        {Classification, tr("Classification")}, {EgressTerms, tr("Egress terms")}, {Other, tr("Other dated clause")}};
    for (const auto &[kind, label] : kinds)
        menu->addAction(label, this, [this, k = kind] { addClause(k); });
    add->setMenu(menu);
    auto *edit = new QPushButton(QIcon::fromTheme(QStringLiteral("document-edit")), tr("Edit…"), clausePane);
    auto *remove = new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Remove"), clausePane);
    bar->addWidget(add);
    bar->addWidget(edit);
    bar->addWidget(remove);
    clauseLayout->addLayout(bar);
    m_clauseTable = new QTableView(clausePane);
    m_clauseTable->setModel(m_clauses);
    m_clauseTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_clauseTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_clauseTable->horizontalHeader()->setStretchLastSection(true);
    m_clauseTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_clauseTable->verticalHeader()->hide();
    clauseLayout->addWidget(m_clauseTable, 1);
    auto *timeline = new ContractTimeline(m_clauses, clausePane);
    clauseLayout->addWidget(timeline);

    connect(m_contracts->table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        m_clauses->setContract(current.isValid() ? m_model->entity(current.row()).id : QString());
        m_clauseTable->resizeColumnsToContents();
    });
    connect(m_clauseTable, &QTableView::doubleClicked, this, [this](const QModelIndex &i) { editClause(i.row()); });
    connect(edit, &QPushButton::clicked, this, [this] { editClause(m_clauseTable->currentIndex().row()); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_clauseTable->currentIndex().isValid())
            m_clauses->removeClause(m_clauseTable->currentIndex().row());
    });
    if (m_model->rowCount() > 0)
        m_contracts->table()->setCurrentIndex(m_model->index(0, 0));
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
}

void ContractEditor::editClause(int row)
{
    if (row < 0 || row >= m_clauses->rowCount())
        return;
    ClauseFormDialog dialog(m_clauses->clause(row), this);
    dialog.offerSizing();
    const int result = dialog.exec();
    if (result == QDialog::Accepted || result == ClauseFormDialog::SizeRequested)
        m_clauses->setClause(row, dialog.clause());
    if (result == ClauseFormDialog::SizeRequested) {
        // Commitment clauses are numbered among the contract's commitments, from 1.
        int clause = 0;
        for (int r = 0; r <= row; ++r)
            clause += std::holds_alternative<CommitmentClause>(m_clauses->clause(r)) ? 1 : 0;
        Q_EMIT sizeCommitmentRequested(m_clauses->contractId(), clause);
    }
}

void ContractEditor::addClause(int kind)
{
    if (m_clauses->contractId().isEmpty()) {
        Q_EMIT message(tr("Select a contract first."));
        return;
    }
    const Contract *c = m_document->project().contract(m_clauses->contractId());
    Clause clause;
    switch (NewClause(kind)) {
    case Commitment:
        clause = CommitmentClause{std::nullopt, {Decimal()}, {}, allWorkloadClasses(), {}, TrueUp::Yearly, {}};
        break;
    case RevenueShare:
        clause = RevenueShareClause{{}, c->start, c->end, allWorkloadClasses(), PlacementScope::Any, std::nullopt, std::nullopt};
        break;
    case Exclusivity:
        clause = ExclusivityClause{};
        break;
    case Classification:
        clause = ClassificationClause{};
        break;
    case EgressTerms:
        clause = DatedClause{QStringLiteral("egress_terms"), tr("Egress terms"), std::nullopt, std::nullopt, true};
        break;
    case Other:
        clause = DatedClause{QStringLiteral("licence_rights"), QString(), std::nullopt, std::nullopt, false};
        break;
    }
    ClauseFormDialog dialog(clause, this);
    if (dialog.exec() == QDialog::Accepted)
        m_clauses->addClause(dialog.clause());
}

} // namespace hp
