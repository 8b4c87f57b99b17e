#include "MonteCarloDialog.h"

#include "document/MonteCarloJob.h"
#include "itemmodels/ResultTableModel.h"
#include "export/CsvTableExporter.h"
#include "main/MoneyFormat.h"
#include "report/EvaluationTables.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hp {

MonteCarloDialog::MonteCarloDialog(Snapshot snapshot, QWidget *parent)
    : QDialog(parent)
    , m_snapshot(std::move(snapshot))
    , m_job(new MonteCarloJob(this))
    , m_scenario(new QComboBox(this))
    , m_against(new QComboBox(this))
    , m_trials(new QSpinBox(this))
    , m_seed(new QLineEdit(QStringLiteral("1"), this))
    , m_threads(new QSpinBox(this))
    , m_run(new QPushButton(tr("&Run"), this))
    , m_cancel(new QPushButton(tr("&Cancel run"), this))
    , m_copy(new QPushButton(tr("C&opy"), this))
    , m_export(new QPushButton(tr("&Export CSV…"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Monte Carlo"));
    m_trials->setRange(1, 5'000'000);
    m_trials->setValue(10000);
    m_trials->setGroupSeparatorShown(true);
    m_seed->setToolTip(tr("The same seed gives the same figures on any machine and thread count."));
    m_threads->setRange(0, MonteCarloSimulation::kMaxThreads);
    m_threads->setSpecialValueText(tr("automatic"));

    auto *form = new QFormLayout;
    form->addRow(tr("Scenario &A"), m_scenario);
    form->addRow(tr("Compare with &B"), m_against);
    form->addRow(tr("&Trials"), m_trials);
    form->addRow(tr("&Seed"), m_seed);
    form->addRow(tr("T&hreads"), m_threads);

    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("P10"), tr("P50"), tr("P90"), tr("Mean")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_cancel->setEnabled(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_run, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    m_copy->setToolTip(tr("Copy the figures, exact to the cent, tab-separated"));
    m_copy->setEnabled(false);
    m_export->setEnabled(false);
    m_run->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    connect(m_run, &QPushButton::clicked, this, &MonteCarloDialog::run);
    connect(m_cancel, &QPushButton::clicked, m_job, &MonteCarloJob::cancel);
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(exactText()); });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Monte Carlo figures"), QStringLiteral("monte-carlo.csv"),
                                                          tr("CSV (*.csv)"));
        QString error;
        if (!path.isEmpty() && !exportCsv(path, &error))
            m_status->setText(tr("Could not export: %1").arg(error));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &MonteCarloDialog::reject);
    connect(m_job, &MonteCarloJob::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_job, &MonteCarloJob::finished, this, &MonteCarloDialog::showResult);
    connect(m_job, &MonteCarloJob::cancelled, this, [this] {
        setRunning(false);
        m_status->setText(tr("Cancelled: no result was kept."));
    });
    connect(m_job, &MonteCarloJob::failed, this, [this](const QString &message) {
        setRunning(false);
        m_status->setText(tr("Could not run: %1").arg(message));
    });
    resize(980, 440);
}

MonteCarloDialog::~MonteCarloDialog() = default;

void MonteCarloDialog::setScenarios(const QStringList &names)
{
    m_scenario->clear();
    m_scenario->addItems(names);
    m_against->clear();
    m_against->addItem(tr("(none)"));
    m_against->addItems(names);
}

void MonteCarloDialog::run()
{
    MonteCarloRequest request;
    request.scenario = m_scenario->currentText();
    request.against = m_against->currentIndex() > 0 ? m_against->currentText() : QString();
    request.trials = m_trials->value();
    bool ok = false;
    request.seed = m_seed->text().toULongLong(&ok);
    if (!ok) {
        m_status->setText(tr("The seed must be a whole number from 0 to 18446744073709551615."));
        return;
    }
    request.threads = m_threads->value();
    m_table->setRowCount(0);
    m_copy->setEnabled(false);
    m_export->setEnabled(false);
    m_progress->setRange(0, request.trials);
    m_progress->setValue(0);
    m_status->setText(tr("Running %L1 trials…").arg(request.trials));
    if (m_job->start(m_snapshot(), request))
        setRunning(true);
}

void MonteCarloDialog::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    for (QWidget *w : {static_cast<QWidget *>(m_scenario), static_cast<QWidget *>(m_against),
                       static_cast<QWidget *>(m_trials), static_cast<QWidget *>(m_seed), static_cast<QWidget *>(m_threads)})
        w->setEnabled(!running);
}

void MonteCarloDialog::fillTable(const MonteCarloResult &r)
{
    std::vector<std::pair<QString, const MoneyPercentiles *>> rows{{tr("NPV of %1").arg(r.request.scenario), &r.npv},
                                                                   {tr("Total cost of %1").arg(r.request.scenario), &r.total}};
    if (r.npvAgainst)
        rows.push_back({tr("NPV of %1").arg(r.request.against), &*r.npvAgainst});
    if (r.totalAgainst)
        rows.push_back({tr("Total cost of %1").arg(r.request.against), &*r.totalAgainst});
    m_table->setRowCount(int(rows.size()));
    QStringList labels;
    for (int row = 0; row < int(rows.size()); ++row) {
        labels << QStringLiteral("%1 (%2)").arg(rows[std::size_t(row)].first, r.currency);
        const MoneyPercentiles &p = *rows[std::size_t(row)].second;
        const Decimal values[] = {p.p10, p.p50, p.p90, p.mean};
        for (int c = 0; c < 4; ++c) {
            auto *item = new QTableWidgetItem(MoneyFormat::display(values[c], m_moneyStyle, r.currency));
            item->setToolTip(MoneyFormat::exactWithCurrency(values[c], r.currency));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, c, item);
        }
    }
    m_table->setVerticalHeaderLabels(labels);
}

void MonteCarloDialog::showResult()
{
    setRunning(false);
    const MonteCarloResult &r = *m_job->result();
    fillTable(r);
    QString status = tr("%L1 trials, seed %2.").arg(r.request.trials).arg(r.request.seed);
    if (r.probabilityAgainstBeats)
        status += QLatin1Char(' ') + tr("%1 beats %2 in %3 % of trials.")
                                         .arg(r.request.against, r.request.scenario)
                                         .arg(*r.probabilityAgainstBeats * 100.0, 0, 'f', 1);
    // docs/user-guide.md §7 promises it: how often a litigation outcome was drawn (0 % too).
    status += QLatin1Char(' ') + tr("Litigation outcome drawn in %1 % of trials.").arg(r.litigationShare * 100.0, 0, 'f', 1);
    m_status->setText(status);
    m_copy->setEnabled(true);
    m_export->setEnabled(true);
    Q_EMIT resultReady(r);
}

QString MonteCarloDialog::exactText() const
{
    const MonteCarloResult *r = m_job->result() ? &*m_job->result() : nullptr;
    if (!r || m_table->rowCount() == 0)
        return {};
    ResultTableModel summary;
    summary.setTable(EvaluationTables::monteCarlo(*r).back(), r->currency);
    return summary.exactText() + u'\n' + m_status->text();
}

bool MonteCarloDialog::exportCsv(const QString &path, QString *error) const
{
    const MonteCarloResult *r = m_job->result() ? &*m_job->result() : nullptr;
    if (!r) {
        *error = tr("no result to export yet");
        return false;
    }
    return CsvTableExporter::write(EvaluationTables::monteCarlo(*r).back(), path, error);
}

void MonteCarloDialog::setMoneyStyle(MoneyStyle style)
{
    if (style == m_moneyStyle)
        return;
    m_moneyStyle = style;
    if (m_job->result() && m_table->rowCount() > 0)
        fillTable(*m_job->result());
}

void MonteCarloDialog::reject()
{
    m_job->cancel(); // closing never leaves a run going
    QDialog::reject();
}

} // namespace hp
