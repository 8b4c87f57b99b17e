#include "ExecutiveOverview.h"

#include "charts/ChartStyle.h"
#include "charts/ChartView.h"
#include "document/ProjectDocument.h"
#include "document/ResultsCalculator.h"
#include "document/ScenarioResults.h"
#include "money/MoneyFormat.h"
#include "money/NumberFormat.h"
#include "report/AxisLabelFormat.h"

#include <QAction>
#include <algorithm>
#include <QApplication>
#include <QClipboard>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QAbstractScrollArea>
#include <QResizeEvent>
#include <QVBoxLayout>

namespace hp {

namespace {
constexpr int kCardWidth = 250; ///< a card's comfortable width: the grid takes as many per row as fit

/// A label/value pair of a card; the value's tooltip holds the exact figure.
void addFigure(QGridLayout *grid, int row, const QString &label, const QString &value, const QString &exact)
{
    auto *name = new QLabel(label);
    name->setStyleSheet(QStringLiteral("color: #555;"));
    auto *shown = new QLabel(value);
    shown->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    shown->setToolTip(exact);
    grid->addWidget(name, row, 0);
    grid->addWidget(shown, row, 1);
}
} // namespace

ExecutiveOverview::ExecutiveOverview(ProjectDocument *document, ResultsCalculator *calculator, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("overviewHeadline"));
    m_headline->setWordWrap(true);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_headline->setFont(big);
    layout->addWidget(m_headline);
    m_cardArea = new QWidget(this);
    m_cardGrid = new QGridLayout(m_cardArea);
    m_cardGrid->setContentsMargins(0, 0, 0, 0);
    m_cardGrid->setSpacing(8);
    layout->addWidget(m_cardArea);
    m_chart = new ChartView(this);
    m_chart->setObjectName(QStringLiteral("overviewChart"));
    m_chart->setMinimumHeight(260);
    layout->addWidget(m_chart, 1);
    if (calculator)
        connect(calculator, &ResultsCalculator::resultsReady, this, &ExecutiveOverview::showResults);
}

QString ExecutiveOverview::compact(Decimal value) const
{
    return MoneyFormat::compact(value, AxisLabelFormat::currencySymbol(m_summary.currency));
}

QString ExecutiveOverview::exact(Decimal value) const
{
    return QStringLiteral("%1 %2").arg(MoneyFormat::full(value), m_summary.currency);
}

void ExecutiveOverview::arrangeCards()
{
    // Inside a scroll area the cards fit its viewport, not this widget (whose width they set).
    QWidget *area = this;
    for (QWidget *w = parentWidget(); w; w = w->parentWidget())
        if (auto *scroll = qobject_cast<QAbstractScrollArea *>(w)) {
            area = scroll->viewport();
            if (!m_watching) {
                area->installEventFilter(this);
                m_watching = true;
            }
            break;
        }
    const int columns = std::clamp((area->width() - 16) / kCardWidth, 1, 4);
    if (columns == m_columns)
        return;
    m_columns = columns;
    while (QLayoutItem *item = m_cardGrid->takeAt(0))
        delete item; // the cards stay; only their places change
    for (int i = 0; i < m_cards.size(); ++i)
        m_cardGrid->addWidget(m_cards[i], i / columns, i % columns);
}

void ExecutiveOverview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeCards();
}

bool ExecutiveOverview::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize)
        arrangeCards();
    return QWidget::eventFilter(watched, event);
}

QString ExecutiveOverview::exactText(const ScenarioCard &c) const
{
    if (!c.error.isEmpty())
        return QStringLiteral("%1\t%2").arg(c.scenario, c.error);
    const QStringList lines{
        QStringLiteral("Scenario\t%1").arg(c.scenario),
        QStringLiteral("Rank\t%1").arg(c.rank),
        QStringLiteral("Total cost (%1)\t%2").arg(m_summary.currency, c.total.toCents()),
        QStringLiteral("NPV (%1)\t%2").arg(m_summary.currency, c.npv.toCents()),
        QStringLiteral("Switching (%1)\t%2").arg(m_summary.currency, c.switching.toCents()),
        QStringLiteral("Expected exposure (%1)\t%2").arg(m_summary.currency, c.expectedExposure.toCents()),
        QStringLiteral("Revenue at risk (%1)\t%2").arg(m_summary.currency, c.revenueAtRisk.toCents()),
        QStringLiteral("Risk-adjusted total (%1)\t%2").arg(m_summary.currency, c.riskAdjustedTotal.toCents()),
        QStringLiteral("HHI (average)\t%1").arg(c.hhi.toString()),
        QStringLiteral("Single-homed share (average)\t%1").arg(c.singleHomedShare.toString()),
        QStringLiteral("Worst commitment shortfall (%1)\t%2").arg(m_summary.currency, c.worstShortfall.toCents()),
    };
    return lines.join(u'\n') + (c.payback.isEmpty() ? QString() : u'\n' + c.payback);
}

QWidget *ExecutiveOverview::makeCard(const ScenarioCard &c)
{
    auto *card = new QFrame(m_cardArea);
    card->setObjectName(QStringLiteral("card:%1").arg(c.scenario));
    card->setFrameShape(QFrame::StyledPanel);
    card->setProperty("cheapest", c.cheapest);
    card->setStyleSheet(QStringLiteral("QFrame[cheapest=\"true\"] { border: 2px solid #009E73; border-radius: 6px; background: #F2FBF7; }"));
    auto *grid = new QGridLayout(card);
    grid->setVerticalSpacing(2);
    QString title = c.error.isEmpty() ? tr("#%1  %2").arg(c.rank).arg(c.scenario.toHtmlEscaped()) : c.scenario.toHtmlEscaped();
    if (c.cheapest)
        title += tr("  <span style='color:#009E73'>✔ cheapest</span>");
    auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title), card);
    grid->addWidget(heading, 0, 0, 1, 2);
    if (!c.error.isEmpty()) {
        auto *why = new QLabel(tr("Cannot be evaluated: %1").arg(c.error), card);
        why->setWordWrap(true);
        grid->addWidget(why, 1, 0, 1, 2);
    } else {
        int row = 1;
        addFigure(grid, row++, tr("Total cost"), compact(c.total), exact(c.total));
        addFigure(grid, row++, tr("vs cheapest"), c.cheapest ? tr("—") : tr("+%1").arg(compact(c.aboveCheapest)), exact(c.aboveCheapest));
        addFigure(grid, row++, tr("NPV"), compact(c.npv), exact(c.npv));
        addFigure(grid, row++, tr("Switching"), compact(c.switching), exact(c.switching));
        addFigure(grid, row++, tr("Expected exposure"), compact(c.expectedExposure), exact(c.expectedExposure));
        addFigure(grid, row++, tr("Risk-adjusted total"), compact(c.riskAdjustedTotal), exact(c.riskAdjustedTotal));
        // Exact decimals rounded half-even for display, as the dashboard shows them (no doubles).
        addFigure(grid, row++, tr("HHI (average)"), NumberFormat().localized(c.hhi.toString(0)), c.hhi.toString());
        addFigure(grid, row++, tr("Single-homed share"), c.singleHomedShare.fractionToPercent().toString(1) + QStringLiteral(" %"),
                  c.singleHomedShare.toString());
        addFigure(grid, row++, tr("Worst shortfall"),
                  c.worstShortfall.isZero() ? tr("none") : tr("%1 (%2)").arg(compact(c.worstShortfall), c.worstShortfallContract),
                  exact(c.worstShortfall));
        if (!c.payback.isEmpty()) {
            auto *payback = new QLabel(c.payback + u'.', card);
            payback->setWordWrap(true);
            payback->setStyleSheet(QStringLiteral("color: #333; font-style: italic;"));
            grid->addWidget(payback, row++, 0, 1, 2);
        }
    }
    card->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(tr("Copy exact figures"), card);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    const QString text = exactText(c);
    connect(copy, &QAction::triggered, card, [text] { QApplication::clipboard()->setText(text); });
    card->addAction(copy);
    card->setToolTip(tr("Right-click to copy the exact figures"));
    return card;
}

void ExecutiveOverview::showResults(const ScenarioResults &results)
{
    if (!results.all)
        return;
    std::vector<EvaluatedScenario> in;
    in.reserve(results.all->size());
    for (const ScenarioEvaluation &e : *results.all)
        in.push_back({e.scenario, e.result ? &*e.result : nullptr, e.error});
    m_summary = ExecutiveSummary::build(in, results.currency);
    m_headline->setText(m_summary.headline);
    qDeleteAll(m_cards);
    m_cards.clear();
    for (const ScenarioCard &c : m_summary.cards)
        m_cards << makeCard(c);
    m_columns = 0;
    arrangeCards();
    ChartData chart = m_summary.chart;
    chart.illustrative = m_document->project().illustrative;
    m_chart->setChartData(chart, ChartStyle::forProject(m_document->project(), 0.55));
}

} // namespace hp
