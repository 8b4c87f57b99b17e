#include "ClausesModel.h"

#include "document/SetEntityCommand.h"
#include "money/MoneyFormat.h"

namespace hp {

namespace {
template <class... F>
struct Overloaded : F... {
    using F::operator()...;
};
template <class... F>
Overloaded(F...) -> Overloaded<F...>;
} // namespace

ClausesModel::ClausesModel(ProjectDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(document, &ProjectDocument::changed, this, &ClausesModel::refresh);
}

const Contract *ClausesModel::contract() const
{
    return m_document->project().contract(m_contract);
}

void ClausesModel::setContract(const QString &contractId)
{
    m_contract = contractId;
    beginResetModel();
    m_clauses.clear();
    endResetModel();
    refresh();
}

void ClausesModel::refresh()
{
    const Contract *c = contract();
    std::vector<Clause> clauses = c ? clausesOf(*c) : std::vector<Clause>();
    if (clauses.size() == m_clauses.size()) {
        m_clauses = std::move(clauses);
        if (!m_clauses.empty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_clauses = std::move(clauses);
    endResetModel();
}

std::vector<Clause> ClausesModel::clausesOf(const Contract &c)
{
    std::vector<Clause> out;
    out.insert(out.end(), c.commitments.begin(), c.commitments.end());
    Contract::forEachClauseKind([&](auto member) { out.insert(out.end(), (c.*member).begin(), (c.*member).end()); });
    return out;
}

void ClausesModel::assign(Contract &c, const std::vector<Clause> &clauses)
{
    c.commitments.clear();
    Contract::forEachClauseKind([&](auto member) { (c.*member).clear(); });
    for (const Clause &clause : clauses) {
        if (const auto *commitment = std::get_if<CommitmentClause>(&clause))
            c.commitments.push_back(*commitment);
        Contract::forEachClauseKind([&](auto member) {
            if (const auto *x = std::get_if<ClauseKind<decltype(member)>>(&clause))
                (c.*member).push_back(*x);
        });
    }
}

int ClausesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_clauses.size());
}

int ClausesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ClausesModel::kindName(int row) const
{
    return std::visit(Overloaded{[](const CommitmentClause &) { return tr("Commitment"); },
                                 [](const RevenueShareClause &) { return tr("Revenue share"); },
                                 [](const ExclusivityClause &) { return tr("Exclusivity"); },
                                 [](const ClassificationClause &) { return tr("Classification"); },
                                 [](const DatedClause &d) {
                                     return d.kind == u"egress_terms" ? tr("Egress terms") : tr("Other: %1").arg(d.kind);
                                 }},
                      m_clauses[std::size_t(row)]);
}

std::pair<YearMonth, YearMonth> ClausesModel::clauseSpan(int row) const
{
    const Contract *c = contract();
    const YearMonth cs = c ? c->start : YearMonth();
    const YearMonth ce = c ? c->end : YearMonth();
    return std::visit(
        Overloaded{[&](const CommitmentClause &x) {
                       const YearMonth s = x.start.value_or(cs);
                       return std::pair{s, s.plusMonths(12 * int(x.yearAmounts.size()) - 1)};
                   },
                   [&](const RevenueShareClause &x) { return std::pair{x.start, x.sunset}; },
                   [&](const ExclusivityClause &x) { return std::pair{x.start.value_or(cs), x.end.value_or(ce)}; },
                   [&](const ClassificationClause &) { return std::pair{cs, ce}; },
                   [&](const DatedClause &x) { return std::pair{x.start.value_or(cs), x.end.value_or(ce)}; }},
        m_clauses[std::size_t(row)]);
}

QVariant ClausesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || role != Qt::DisplayRole)
        return {};
    const auto [start, end] = clauseSpan(index.row());
    switch (index.column()) {
    case Kind:
        return kindName(index.row());
    case Start:
        return start.toString();
    case End:
        return end.toString();
    default:
        break;
    }
    return std::visit(
        Overloaded{[](const CommitmentClause &x) {
                       Decimal sum;
                       for (Decimal y : x.yearAmounts)
                           sum += y;
                       const QString discount = x.discountPct ? tr("%1 % discount").arg(x.discountPct->toString()) : tr("no discount given");
                       return tr("%1 over %n year(s), %2, %3", nullptr, int(x.yearAmounts.size()))
                           .arg(MoneyFormat::compact(sum), discount, toString(x.eligibleClasses));
                   },
                   [](const RevenueShareClause &x) {
                       return tr("%1 % of %2 revenue, cap %3").arg(x.ratePct.toString(), toString(x.baseClasses),
                                                                   x.capTotal ? MoneyFormat::compact(*x.capTotal) : tr("none"));
                   },
                   [](const ExclusivityClause &x) {
                       return tr("%1; damages %2 %3").arg(toString(x.classes), toString(x.damagesModel),
                                                          x.damagesValue ? x.damagesValue->toString() : QString());
                   },
                   [](const ClassificationClause &x) {
                       QString text = x.covered == Coverage::Contested
                                          ? tr("%1 contested, p(breach) %2 %").arg(toString(x.cls), x.pBreachPct.toString())
                                          : tr("%1 %2").arg(toString(x.cls), toString(x.covered));
                       if (x.settlementAmount)
                           text += tr("; settlement offer %1").arg(MoneyFormat::compact(*x.settlementAmount));
                       return text;
                   },
                   [](const DatedClause &x) {
                       return x.waivesExitEgress ? tr("%1 (waives exit egress)").arg(x.text) : x.text;
                   }},
        m_clauses[std::size_t(index.row())]);
}

QVariant ClausesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind:
        return tr("Clause");
    case Start:
        return tr("From");
    case End:
        return tr("To");
    case Terms:
        return tr("Terms");
    default:
        return {};
    }
}

void ClausesModel::commit(const std::vector<Clause> &clauses, const QString &text)
{
    const int row = m_document->rowOf<Contract>(m_contract);
    if (row < 0)
        return;
    Contract edited = m_document->project().contracts[std::size_t(row)];
    assign(edited, clauses);
    if (!(edited == m_document->project().contracts[std::size_t(row)]))
        m_document->push(new SetEntityCommand<Contract>(m_document, row, edited, text));
}

void ClausesModel::setClause(int row, const Clause &clause)
{
    std::vector<Clause> clauses = m_clauses;
    clauses[std::size_t(row)] = clause;
    commit(clauses, tr("Edit %1 clause of %2").arg(kindName(row), m_contract));
}

void ClausesModel::addClause(const Clause &clause)
{
    std::vector<Clause> clauses = m_clauses;
    clauses.push_back(clause);
    commit(clauses, tr("Add clause to %1").arg(m_contract));
}

void ClausesModel::removeClause(int row)
{
    std::vector<Clause> clauses = m_clauses;
    clauses.erase(clauses.begin() + row);
    commit(clauses, tr("Remove %1 clause of %2").arg(kindName(row), m_contract));
}

} // namespace hp
