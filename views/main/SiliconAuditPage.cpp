#include "SiliconAuditPage.h"

#include "document/ProjectDocument.h"
#include "document/ResultsCalculator.h"
#include "itemmodels/SiliconAuditModel.h"
#include "editors/KeptSelection.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace hp {

SiliconAuditPage::SiliconAuditPage(ProjectDocument *document, ResultsCalculator *calculator, QWidget *parent)
    : QWidget(parent), m_document(document), m_calculator(calculator), m_model(new SiliconAuditModel(this))
{
    setObjectName(QStringLiteral("siliconAuditPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(tr("<b>Silicon audit</b> — what each workload pays over the cheapest offering on other silicon"), this);
    layout->addWidget(heading);
    auto *pickers = new QFormLayout;
    m_picker = new QComboBox(this);
    m_picker->setObjectName(QStringLiteral("siliconAuditScenario"));
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    pickers->addRow(tr("Scenario"), m_picker);
    layout->addLayout(pickers);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("siliconAuditSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("siliconAuditTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents); // two-line alternatives
    layout->addWidget(m_table, 1);

    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("siliconAuditTotal"));
    m_total->setTextFormat(Qt::PlainText);
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    layout->addWidget(m_total);

    auto *notes = new QLabel(tr("Unit price: the placement's list price per unit at the audit's month. Cheapest alternative: the "
                                "lowest-priced offering with the workload's unit on a silicon it does not use (and, with a "
                                "residency list, in an admitted jurisdiction). Premium: (unit price − alternative price) × units, "
                                "never below 0. Move cost: re-engineering plus egress of the stored data from each provider left. "
                                "Payback: move cost ÷ premium, rounded up; “never” without a premium, “—” without an alternative. "
                                "Exposure if moved: the expected exclusivity damages per month of placing the whole workload on "
                                "the alternative."),
                             this);
    notes->setObjectName(QStringLiteral("siliconAuditNotes"));
    notes->setWordWrap(true);
    notes->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(notes);

    connect(document, &ProjectDocument::changed, this, &SiliconAuditPage::refreshScenarios);
    connect(m_picker, &QComboBox::currentIndexChanged, this, &SiliconAuditPage::pick);
    connect(calculator, &ResultsCalculator::resultsReady, this, &SiliconAuditPage::showResults);
    refreshScenarios();
}

void SiliconAuditPage::refreshScenarios()
{
    QStringList names;
    for (const Scenario &s : m_document->project().scenarios)
        names << s.name;
    QStringList current;
    for (int i = 0; i < m_picker->count(); ++i)
        current << m_picker->itemText(i);
    if (names == current)
        return;
    // A renamed scenario stays picked (KeptSelection), as on the dashboard.
    const int row = KeptSelection::row(current, names, m_picker->currentIndex());
    {
        const QSignalBlocker blocker(m_picker);
        m_picker->clear();
        m_picker->addItems(names);
        m_picker->setCurrentIndex(row);
    }
    pick();
}

void SiliconAuditPage::pick()
{
    m_model->setScenario(m_picker->currentText());
    // The latest results may have it already (every scenario while this page is shown).
    m_model->setResults(m_calculator->latest());
    updateLabels();
}

void SiliconAuditPage::showResults(const ScenarioResults &results)
{
    m_model->setResults(results);
    updateLabels();
}

void SiliconAuditPage::updateLabels()
{
    m_summary->setText(m_model->summary());
    m_summary->setStyleSheet(m_model->error().isEmpty() ? QString() : QStringLiteral("color: #B00020;"));
    m_total->setText(m_model->total());
}

} // namespace hp
