#include "DashboardWidget.h"

#include "itemmodels/DashboardModel.h"
#include "document/ProjectDocument.h"
#include "document/ResultsCalculator.h"
#include "editors/KeptSelection.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace hp {

DashboardWidget::DashboardWidget(ProjectDocument *document, ResultsCalculator *calculator, QWidget *parent)
    : QWidget(parent), m_document(document), m_calculator(calculator), m_model(new DashboardModel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *pickers = new QFormLayout;
    m_primary = new QComboBox(this);
    m_compare = new QComboBox(this);
    m_primary->setObjectName(QStringLiteral("dashboardScenario"));
    m_compare->setObjectName(QStringLiteral("dashboardCompare"));
    pickers->addRow(tr("Scenario"), m_primary);
    pickers->addRow(tr("Compare with"), m_compare);
    layout->addLayout(pickers);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DashboardModel::Figure, QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    layout->addWidget(m_table, 3);

    m_payback = new QLabel(this);
    m_payback->setObjectName(QStringLiteral("dashboardPayback"));
    m_payback->setWordWrap(true);
    m_payback->setTextFormat(Qt::PlainText);
    layout->addWidget(m_payback);

    m_violators = new QLabel(this);
    m_violators->setWordWrap(true);
    m_violators->setTextFormat(Qt::PlainText);
    m_violators->setObjectName(QStringLiteral("exclusivitySummary"));
    layout->addWidget(m_violators);

    m_disputes = new QLabel(this);
    m_disputes->setWordWrap(true);
    m_disputes->setTextFormat(Qt::PlainText);
    m_disputes->setObjectName(QStringLiteral("dashboardDisputes"));
    m_disputes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_disputes->hide();
    layout->addWidget(m_disputes);

    // Placeholder for the cost chart of views/charts (the chart layer fills it).
    auto *chart = new QFrame(this);
    chart->setObjectName(QStringLiteral("costChartArea"));
    chart->setFrameShape(QFrame::StyledPanel);
    chart->setMinimumHeight(140);
    auto *chartLayout = new QVBoxLayout(chart);
    auto *chartLabel = new QLabel(tr("Cost by component chart"), chart);
    chartLabel->setAlignment(Qt::AlignCenter);
    chartLabel->setForegroundRole(QPalette::PlaceholderText);
    chartLayout->addWidget(chartLabel);
    m_chartArea = chart;
    layout->addWidget(chart, 2);

    connect(document, &ProjectDocument::changed, this, &DashboardWidget::refreshScenarios);
    connect(m_primary, &QComboBox::currentIndexChanged, this, &DashboardWidget::pick);
    connect(m_compare, &QComboBox::currentIndexChanged, this, &DashboardWidget::pick);
    connect(calculator, &ResultsCalculator::resultsReady, this, &DashboardWidget::showResults);
    connect(calculator, &ResultsCalculator::busyChanged, this, [this](bool busy) {
        if (busy)
            m_status->setText(tr("Computing…"));
    });
    refreshScenarios();
}

void DashboardWidget::refreshScenarios()
{
    // The dispute sentences name contracts as the project does (the results carry ids).
    QHash<QString, QString> contracts;
    for (const Contract &c : m_document->project().contracts)
        if (!c.name.trimmed().isEmpty())
            contracts.insert(c.id, c.name.trimmed());
    m_model->setContractNames(contracts);
    QStringList names;
    for (const Scenario &s : m_document->project().scenarios)
        names << s.name;
    QStringList current;
    for (int i = 0; i < m_primary->count(); ++i)
        current << m_primary->itemText(i);
    if (names == current)
        return;
    // A renamed scenario stays picked (KeptSelection); "(none)" stays none.
    const int primary = KeptSelection::row(current, names, m_primary->currentIndex());
    const int compare = m_compare->currentIndex() <= 0 ? 0 : KeptSelection::row(current, names, m_compare->currentIndex() - 1) + 1;
    {
        const QSignalBlocker b1(m_primary);
        const QSignalBlocker b2(m_compare);
        m_primary->clear();
        m_primary->addItems(names);
        m_compare->clear();
        m_compare->addItem(tr("(none)"));
        m_compare->addItems(names);
        m_primary->setCurrentIndex(primary);
        m_compare->setCurrentIndex(compare);
    }
    pick();
}

void DashboardWidget::pick()
{
    m_calculator->setScenarios(m_primary->currentText(), m_compare->currentIndex() > 0 ? m_compare->currentText() : QString());
}

void DashboardWidget::showResults(const ScenarioResults &results)
{
    m_model->setResults(results);
    QString status;
    if (!results.primary.error.isEmpty())
        status = tr("%1 cannot be evaluated: %2").arg(results.primary.scenario, results.primary.error);
    if (results.compare && !results.compare->error.isEmpty())
        status += (status.isEmpty() ? QString() : QStringLiteral("\n"))
                + tr("%1 cannot be evaluated: %2").arg(results.compare->scenario, results.compare->error);
    m_status->setText(status);
    m_status->setStyleSheet(status.isEmpty() ? QString() : QStringLiteral("color: #B00020;"));
    QString text = m_model->exclusivitySummary(false);
    if (results.compare)
        text += u'\n' + m_model->exclusivitySummary(true);
    m_violators->setText(text);
    m_payback->setText(m_model->payback());
    m_payback->setVisible(!m_model->payback().isEmpty());
    const QString disputes = m_model->disputeSummary();
    m_disputes->setText(disputes);
    m_disputes->setVisible(!disputes.isEmpty());
}

} // namespace hp
