#pragma once

#include "report/ExecutiveSummary.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace hp {

class ChartView;
class ProjectDocument;
class ResultsCalculator;
struct ScenarioResults;

/// The overview's first screen for a CXO (docs/gui.md "Overview"): a headline
/// naming the cheapest plan, one card per scenario ranked by total cost (total,
/// NPV, switching, expected exposure, HHI, single-homed share, worst shortfall,
/// risk-adjusted total, and when it pays back against the baseline), and a small
/// chart of cost and risk per scenario. Money is compact ("$184.76B"); the exact
/// figure is on hover and on copy (the card's context menu, or Ctrl+C on a card).
/// Everything comes from ExecutiveSummary over the calculator's results.
class ExecutiveOverview : public QWidget {
    Q_OBJECT

public:
    ExecutiveOverview(ProjectDocument *document, ResultsCalculator *calculator, QWidget *parent = nullptr);

    const ExecutiveSummary &summary() const { return m_summary; }
    QLabel *headline() const { return m_headline; }
    /// The cards in rank order (their object name is "card:<scenario>").
    const QList<QWidget *> &cards() const { return m_cards; }
    ChartView *chart() const { return m_chart; }
    /// Tab-separated exact figures of one card (what "Copy exact figures" puts on the clipboard).
    QString exactText(const ScenarioCard &card) const;

    void showResults(const ScenarioResults &results);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void arrangeCards();
    QWidget *makeCard(const ScenarioCard &card);
    QString compact(Decimal value) const;
    QString exact(Decimal value) const;

    ProjectDocument *m_document;
    ExecutiveSummary m_summary;
    QLabel *m_headline;
    QWidget *m_cardArea;
    QGridLayout *m_cardGrid;
    QList<QWidget *> m_cards;
    int m_columns = 0;
    bool m_watching = false;
    ChartView *m_chart;
};

} // namespace hp
