#include "SizingTables.h"

namespace hp {

ResultTable SizingTables::candidates(const SizingResult &r, const QString &contractCurrency, const QString &reportingCurrency)
{
    const bool sameCurrency = contractCurrency == reportingCurrency;
    const ResultColumn commitment = sameCurrency ? ResultColumn{QStringLiteral("Commitment"), ColumnFormat::Money}
                                                 : ResultColumn{QStringLiteral("Commitment (%1)").arg(contractCurrency), ColumnFormat::Number};
    ResultTable t{QStringLiteral("Sizing"),
                  QStringLiteral("Commitment clause %1 of %2: total cost by commitment size").arg(r.clause).arg(r.contract),
                  {commitment,
                   {QStringLiteral("Discount"), ColumnFormat::Percent},
                   {QStringLiteral("Expected total"), ColumnFormat::Money},
                   {QStringLiteral("P90 total"), ColumnFormat::Money},
                   {QStringLiteral("P(shortfall)"), ColumnFormat::Percent},
                   {QStringLiteral("Best"), ColumnFormat::Text}},
                  {}};
    for (std::size_t i = 0; i < r.candidates.size(); ++i) {
        const SizingCandidate &c = r.candidates[i];
        t.rows.push_back({c.total, c.discountPct / Decimal::hundred(), c.expectedTotal, c.p90Total, c.pShortfall,
                          i == r.best ? ResultCell(QStringLiteral("best")) : ResultCell()});
    }
    return t;
}

} // namespace hp
