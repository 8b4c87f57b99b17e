#include "DeckContent.h"

#include "engine/ScenarioComparison.h"
#include "report/BasicCharts.h"
#include "report/DeckSummary.h"
#include "report/EvaluationTables.h"

namespace hp {

QString DeckContent::footnoteFor(const EngineResult &result, QDate date, bool illustrative)
{
    QStringList parts{QStringLiteral("Scenario %1").arg(result.scenario)};
    if (!result.months.empty())
        parts << QStringLiteral("%1 to %2").arg(result.months.front().toString(), result.months.back().toString());
    parts << date.toString(Qt::ISODate);
    if (illustrative)
        parts << QStringLiteral("Illustrative data");
    return parts.join(QStringLiteral(" · "));
}

DeckContent DeckContent::fromEvaluation(const Project &project, const EngineResult &result, QDate date, const EngineResult *against,
                                        MoneyStyle money)
{
    DeckContent deck;
    deck.title = project.title.isEmpty() ? QStringLiteral("Hedgeplan") : project.title;
    deck.subtitle = QStringLiteral("Scenario %1").arg(result.scenario);
    if (!result.months.empty())
        deck.subtitle += QStringLiteral(", %1 to %2").arg(result.months.front().toString(), result.months.back().toString());
    deck.date = date;
    deck.illustrative = project.illustrative;
    deck.footnote = footnoteFor(result, date, project.illustrative);
    deck.headline = EvaluationTables::headline(result);
    if (against) {
        const ScenarioComparison comparison = ScenarioComparison::compare(result, *against);
        deck.summary = DeckSummary::of(comparison, money);
        deck.summaryNote = comparison.paybackSentence();
        deck.subtitle += QStringLiteral(", against %1").arg(against->scenario);
    } else {
        deck.summary = DeckSummary::of(result, money);
    }
    deck.charts = BasicCharts::all(result, project);
    for (ChartData &chart : deck.charts) {
        chart.footnote = deck.footnote;
        chart.illustrative = project.illustrative;
    }
    return deck;
}

} // namespace hp
