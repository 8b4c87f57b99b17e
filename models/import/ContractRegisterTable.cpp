#include "ContractRegisterTable.h"

namespace hp {

EntityTable ContractRegisterTable::build(const Project &project)
{
    EntityTable t;
    t.entity = QStringLiteral("register");
    const std::pair<const char *, CellKind> columns[] = {
        {"contract_id", CellKind::Text}, {"vendor", CellKind::Text}, {"counterparty_type", CellKind::Text},
        {"start_date", CellKind::Text}, {"end_date", CellKind::Text}, {"commitment_total", CellKind::Money},
        {"currency", CellKind::Text}, {"discount_pct", CellKind::Percent}, {"revenue_share_pct", CellKind::Percent},
        {"revenue_share_cap", CellKind::Money}, {"exclusivity_scope", CellKind::Text}, {"workload_class", CellKind::Text},
        {"notes", CellKind::Text}};
    for (const auto &[name, kind] : columns) {
        t.columns << QString::fromLatin1(name);
        t.kinds.push_back(kind);
    }
    auto opt = [](const QString &s) { return s.isEmpty() ? std::optional<QString>() : std::optional<QString>(s); };
    for (const Contract &c : project.contracts) {
        const Provider *p = project.provider(c.providerId);
        Decimal commitment;
        for (const CommitmentClause &cc : c.commitments)
            for (Decimal a : cc.yearAmounts)
                commitment += a;
        std::vector<std::optional<QString>> row;
        row.push_back(c.id);
        row.push_back(p ? p->name : c.providerId);
        row.push_back(p ? std::optional<QString>(toString(p->kind)) : std::nullopt);
        row.push_back(c.startDate.value_or(c.start.firstDay()).toString(Qt::ISODate));
        row.push_back(c.endDate.value_or(c.end.lastDay()).toString(Qt::ISODate));
        row.push_back(commitment.toString());
        row.push_back(c.currency);
        row.push_back(c.commitments.empty() || !c.commitments.front().discountPct
                           ? std::nullopt
                           : std::optional<QString>(c.commitments.front().discountPct->toString()));
        row.push_back(c.revenueShares.empty() ? std::nullopt : std::optional<QString>(c.revenueShares.front().ratePct.toString()));
        row.push_back(c.revenueShares.empty() || !c.revenueShares.front().capTotal
                          ? std::nullopt
                          : std::optional<QString>(c.revenueShares.front().capTotal->toString()));
        row.push_back(opt(c.exclusivityScope));
        row.push_back(c.primaryClass ? std::optional<QString>(toString(*c.primaryClass)) : std::nullopt);
        row.push_back(opt(c.notes));
        t.rows.push_back(std::move(row));
    }
    return t;
}

} // namespace hp
