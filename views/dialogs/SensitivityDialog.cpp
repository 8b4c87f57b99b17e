#include "SensitivityDialog.h"

#include "charts/ChartStyle.h"
#include "charts/ChartView.h"
#include "itemmodels/ResultTableModel.h"
#include "report/AnalysisChartBuilder.h"
#include "report/ChartFrame.h"
#include "report/EvaluationTables.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <stdexcept>

namespace hp {

SensitivityDialog::SensitivityDialog(Snapshot snapshot, QWidget *parent)
    : QDialog(parent)
    , m_snapshot(std::move(snapshot))
    , m_scenario(new QComboBox(this))
    , m_run(new QPushButton(tr("&Run"), this))
    , m_copy(new QPushButton(tr("C&opy"), this))
    , m_status(new QLabel(this))
    , m_chart(new ChartView(this))
    , m_table(new QTableView(this))
    , m_model(new ResultTableModel(this))
{
    setWindowTitle(tr("Sensitivity"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Scenario"), m_scenario);
    m_status->setWordWrap(true);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_chart->setMinimumHeight(280);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_chart);
    split->addWidget(m_table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_copy->setEnabled(false);
    m_copy->setToolTip(tr("Copy the table, exact to the cent, tab-separated"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_run, QDialogButtonBox::ActionRole);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    m_run->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_run, &QPushButton::clicked, this, &SensitivityDialog::run);
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_model->exactText()); });
    connect(&m_watcher, &QFutureWatcher<std::optional<SensitivityResult>>::finished, this, [this] {
        m_run->setEnabled(true);
        const std::optional<SensitivityResult> r = m_watcher.result();
        if (r)
            showResult(*r);
        else
            m_status->setText(tr("Could not run: %1").arg(m_error));
        Q_EMIT finished();
    });
    resize(980, 720);
}

SensitivityDialog::~SensitivityDialog()
{
    m_watcher.waitForFinished(); // the analysis holds no pointer into the dialog, but its result is delivered here
}

void SensitivityDialog::setScenarios(const QStringList &names, const QString &current)
{
    m_scenario->clear();
    m_scenario->addItems(names);
    if (names.contains(current))
        m_scenario->setCurrentText(current);
}

void SensitivityDialog::setMoneyStyle(MoneyStyle style)
{
    m_model->setMoneyStyle(style);
}

void SensitivityDialog::run()
{
    if (m_watcher.isRunning() || m_scenario->currentText().isEmpty())
        return;
    m_project = m_snapshot();
    const QString scenario = m_scenario->currentText();
    m_run->setEnabled(false);
    m_copy->setEnabled(false);
    m_status->setText(tr("Evaluating %1 with each input at its low and high value…").arg(scenario));
    m_error.clear();
    // The engine runs in the thread pool on a copy of the project; a failure comes back as text.
    m_watcher.setFuture(QtConcurrent::run([project = m_project, scenario, error = &m_error]() -> std::optional<SensitivityResult> {
        try {
            return SensitivityAnalysis::run(project, scenario);
        } catch (const std::runtime_error &e) { // EngineError: the reason as text
            *error = QString::fromStdString(e.what());
            return std::nullopt;
        }
    }));
}

void SensitivityDialog::showResult(const SensitivityResult &r)
{
    m_result = r;
    const ChartFrame frame(m_project, QDate::currentDate());
    ChartData chart = AnalysisChartBuilder(frame).tornado(r, r.currency);
    m_chart->setChartData(chart, ChartStyle::forProject(m_project, 0.55));
    m_model->setTable(EvaluationTables::sensitivity(r), r.currency);
    m_copy->setEnabled(!r.bars.empty());
    if (r.bars.empty()) {
        m_status->setText(chart.emptyState);
        return;
    }
    const TornadoBar &top = r.bars.front();
    m_status->setText(tr("Base NPV of %1: %2. %3 inputs; the widest swing is %4 (%5): %6.")
                          .arg(r.scenario, MoneyFormat::exactWithCurrency(r.baseNpv, r.currency))
                          .arg(r.bars.size())
                          .arg(toString(top.range.input), top.range.target.isEmpty() ? tr("all") : top.range.target,
                               MoneyFormat::exactWithCurrency(top.swing, r.currency)));
}

} // namespace hp
