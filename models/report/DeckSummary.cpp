#include "DeckSummary.h"

#include "money/MoneyFormat.h"

#include <QLocale>

namespace hp {

namespace {

struct Row {
    const char *label;
    Decimal TotalFigures::*field;
};

// The headline figures of EvaluationTables::headline, in its order.
const Row kRows[] = {{"Total cost", &TotalFigures::total},
                     {"Spend after discounts", &TotalFigures::spend},
                     {"Discount", &TotalFigures::discount},
                     {"Commitment shortfall", &TotalFigures::shortfall},
                     {"Revenue share due", &TotalFigures::revenueShareDue},
                     {"Switching", &TotalFigures::switching},
                     {"Expected exposure", &TotalFigures::expectedExposure},
                     {"NPV", &TotalFigures::npv}};

} // namespace

QString DeckSummary::money(Decimal value, const QString &currency, bool signedDelta, MoneyStyle style)
{
    // The deck speaks en-US (its text runs say so): compact money as the
    // overview shows it, in the C locale's digits.
    const QString text = MoneyFormat::display(value, style, currency, QLocale::c());
    if (value.isNegative())
        return QStringLiteral("−") + text.mid(1); // a true minus sign
    return signedDelta && !value.isZero() ? QStringLiteral("+") + text : text;
}

ResultTable DeckSummary::of(const EngineResult &result, MoneyStyle style)
{
    ResultTable t{QStringLiteral("Summary"), QStringLiteral("Headline figures, scenario %1").arg(result.scenario),
                  {{QStringLiteral("Figure"), ColumnFormat::Text}, {result.scenario, ColumnFormat::Text}}, {}};
    for (const Row &row : kRows)
        t.rows.push_back({QString::fromUtf8(row.label), money(result.totals.*row.field, result.currency, false, style)});
    return t;
}

ResultTable DeckSummary::of(const ScenarioComparison &c, MoneyStyle style)
{
    ResultTable t{QStringLiteral("Summary"), QStringLiteral("%1 against %2").arg(c.scenarioA, c.scenarioB),
                  {{QStringLiteral("Figure"), ColumnFormat::Text},
                   {c.scenarioA, ColumnFormat::Text},
                   {c.scenarioB, ColumnFormat::Text},
                   {QStringLiteral("%1 − %2").arg(c.scenarioB, c.scenarioA), ColumnFormat::Text}},
                  {}};
    for (const Row &row : kRows)
        t.rows.push_back({QString::fromUtf8(row.label), money(c.totalsA.*row.field, c.currency, false, style),
                          money(c.totalsB.*row.field, c.currency, false, style),
                          money(c.totalsDelta.*row.field, c.currency, true, style)});
    return t;
}

} // namespace hp
