#include "SizeCommitmentDialog.h"

#include "charts/ChartStyle.h"
#include "charts/ChartView.h"
#include "document/CommitmentResize.h"
#include "document/ProjectDocument.h"
#include "itemmodels/ResultTableModel.h"
#include "report/ChartFrame.h"
#include "report/SizingChartBuilder.h"
#include "report/SizingTables.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace hp {

namespace {
/// The chart's fonts at the scale of the other analysis dialogs' charts (the full scale is for 1920×1080 files).
constexpr double kChartScale = 0.55;
} // namespace

SizeCommitmentDialog::SizeCommitmentDialog(ProjectDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_job(new SizingJob(this))
    , m_scenario(new QComboBox(this))
    , m_contract(new QComboBox(this))
    , m_clause(new QSpinBox(this))
    , m_trials(new QSpinBox(this))
    , m_seed(new QLineEdit(QStringLiteral("0"), this))
    , m_run(new QPushButton(tr("&Run"), this))
    , m_cancel(new QPushButton(tr("&Cancel run"), this))
    , m_apply(new QPushButton(tr("&Apply this size"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_table(new ResultTableModel(this))
    , m_view(new QTableView(this))
    , m_chart(new ChartView(this))
{
    setWindowTitle(tr("Size commitment"));
    m_clause->setRange(1, 1);
    m_trials->setRange(1, 1'000'000);
    m_trials->setValue(10000); // size-commitment's default (docs/rules.md §12.2)
    m_trials->setGroupSeparatorShown(true);
    m_trials->setToolTip(tr("Monte Carlo trials per candidate size; without uncertainty ranges every trial is the same"));
    m_seed->setToolTip(tr("The same seed for every candidate: candidates differ only by the commitment"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_cancel->setEnabled(false);
    m_cancel->setToolTip(tr("Stop the sizing; nothing is kept and the project is unchanged"));
    m_apply->setEnabled(false);
    m_apply->setToolTip(tr("Scale the clause's year amounts to the selected size (one undo step)"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Scenario"), m_scenario);
    form->addRow(tr("C&ontract"), m_contract);
    form->addRow(tr("Commitment c&lause"), m_clause);
    form->addRow(tr("&Trials"), m_trials);
    form->addRow(tr("S&eed"), m_seed);

    m_view->setModel(m_table);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_chart->setMinimumSize(520, 360);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(form);
    leftLayout->addWidget(m_view, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    left->setMinimumWidth(600); // the six columns of the table without a horizontal scroll bar

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_run, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    buttons->addButton(m_apply, QDialogButtonBox::ActionRole);
    m_run->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &SizeCommitmentDialog::reject);
    connect(m_run, &QPushButton::clicked, this, &SizeCommitmentDialog::run);
    connect(m_cancel, &QPushButton::clicked, m_job, &SizingJob::cancel);
    connect(m_apply, &QPushButton::clicked, this, &SizeCommitmentDialog::apply);
    connect(m_contract, &QComboBox::currentIndexChanged, this, [this] {
        fillClauses();
        explain();
    });
    connect(m_clause, &QSpinBox::valueChanged, this, &SizeCommitmentDialog::explain);
    connect(m_scenario, &QComboBox::currentIndexChanged, this, &SizeCommitmentDialog::explain);
    connect(m_job, &SizingJob::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_status->setText(tr("Sized %1 of %2 commitment sizes…").arg(done).arg(total));
    });
    connect(m_job, &SizingJob::finished, this, &SizeCommitmentDialog::showResult);
    connect(m_job, &SizingJob::cancelled, this, [this] {
        setRunning(false);
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_status->setText(tr("Cancelled: no result was kept and the project is unchanged."));
        Q_EMIT finished();
    });
    connect(m_job, &SizingJob::failed, this, [this](const QString &message) {
        setRunning(false);
        m_status->setText(tr("Could not run: %1").arg(message));
        Q_EMIT finished();
    });
    resize(1400, 800);
}

SizeCommitmentDialog::~SizeCommitmentDialog() = default;

bool SizeCommitmentDialog::isRunning() const
{
    return m_job->isRunning();
}

void SizeCommitmentDialog::setTarget(const QString &scenario, const QString &contract, int clause)
{
    if (isRunning())
        return;
    const Project &project = m_document->project();
    {
        const QSignalBlocker block(m_scenario);
        m_scenario->clear();
        for (const Scenario &s : project.scenarios)
            m_scenario->addItem(s.name);
        if (const int i = m_scenario->findText(scenario); i >= 0)
            m_scenario->setCurrentIndex(i);
    }
    fillContracts();
    if (!contract.isEmpty()) {
        if (const int i = m_contract->findData(contract); i >= 0)
            m_contract->setCurrentIndex(i);
        fillClauses();
        m_clause->setValue(clause);
    }
    explain();
}

void SizeCommitmentDialog::fillContracts()
{
    const QSignalBlocker block(m_contract);
    const QString current = m_contract->currentData().toString();
    m_contract->clear();
    // The contracts with a commitment clause: nothing else can be sized.
    for (const Contract &c : m_document->project().contracts)
        if (!c.commitments.empty())
            m_contract->addItem(c.name.isEmpty() || c.name == c.id ? c.id : QStringLiteral("%1 (%2)").arg(c.name, c.id), c.id);
    if (const int i = m_contract->findData(current); i >= 0)
        m_contract->setCurrentIndex(i);
    fillClauses();
}

void SizeCommitmentDialog::fillClauses()
{
    const QSignalBlocker block(m_clause);
    const Contract *c = m_document->project().contract(m_contract->currentData().toString());
    m_clause->setRange(1, std::max(1, c ? int(c->commitments.size()) : 1));
}

std::optional<SizingRequest> SizeCommitmentDialog::request(QString *reason) const
{
    SizingRequest r;
    r.scenario = m_scenario->currentText();
    r.contract = m_contract->currentData().toString();
    r.clause = m_clause->value();
    r.trials = m_trials->value();
    bool ok = false;
    r.seed = m_seed->text().toULongLong(&ok);
    if (!ok) {
        *reason = tr("the seed must be a whole number from 0 to 18446744073709551615");
        return std::nullopt;
    }
    if (r.contract.isEmpty()) {
        *reason = tr("the project has no contract with a commitment clause");
        return std::nullopt;
    }
    return r;
}

void SizeCommitmentDialog::explain()
{
    if (isRunning())
        return;
    QString reason;
    const std::optional<SizingRequest> r = request(&reason);
    if (r)
        reason = SizingJob::refusal(m_document->project(), *r);
    m_status->setText(reason.isEmpty() ? tr("Run sizes the clause at every tier's minimum and at 0 %, 5 %, … 200 % of today's "
                                            "commitment, over the scenario's Monte Carlo with one seed for every size.")
                                       : tr("Cannot size this: %1.").arg(reason));
}

void SizeCommitmentDialog::run()
{
    if (isRunning())
        return;
    const Project project = m_document->project();
    QString reason;
    const std::optional<SizingRequest> r = request(&reason);
    if (r)
        reason = SizingJob::refusal(project, *r);
    if (!reason.isEmpty()) { // the command line's message (CommitmentSizing::refusal); nothing runs
        m_status->setText(tr("Refused: %1. Nothing was run.").arg(reason));
        return;
    }
    m_ran = project;
    m_ranRequest = *r;
    m_sizedFrom = project.contract(r->contract)->commitments[std::size_t(r->clause - 1)].yearAmounts;
    m_table->setTable({}, QString());
    m_chart->setChartData(ChartData{}, ChartStyle::forProject(project, kChartScale));
    m_apply->setEnabled(false);
    m_progress->setRange(0, 0);
    m_status->setText(tr("Sizing commitment clause %1 of %2 over %L3 trials per size…").arg(r->clause).arg(r->contract).arg(r->trials));
    if (m_job->start(project, *r))
        setRunning(true);
}

void SizeCommitmentDialog::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    for (QWidget *w : {static_cast<QWidget *>(m_scenario), static_cast<QWidget *>(m_contract), static_cast<QWidget *>(m_clause),
                       static_cast<QWidget *>(m_trials), static_cast<QWidget *>(m_seed)})
        w->setEnabled(!running);
}

void SizeCommitmentDialog::showResult()
{
    setRunning(false);
    const SizingResult &r = *m_job->result();
    const Contract *contract = m_ran.contract(r.contract);
    const QString currency = m_ran.reportingCurrency;
    m_table->setTable(SizingTables::candidates(r, contract ? contract->currency : currency, currency), currency);
    m_view->selectRow(int(r.best));
    m_view->scrollTo(m_table->index(int(r.best), 0), QAbstractItemView::PositionAtCenter);
    const ChartFrame frame(m_ran, QDate::currentDate());
    m_chart->setChartData(SizingChartBuilder(frame).sizing(r, m_ranRequest.scenario, currency), ChartStyle::forProject(m_ran, kChartScale));
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    const SizingCandidate &best = r.candidates[r.best];
    m_status->setText(tr("<b>Best</b>: a commitment of %1 (%2 % discount) — expected total %3, P90 %4, shortfall in %5 % of trials. "
                         "%L6 trials, seed %7, %8 sizes.")
                          .arg(MoneyFormat::exactWithCurrency(best.total, contract ? contract->currency : currency),
                               best.discountPct.toString(), MoneyFormat::exactWithCurrency(best.expectedTotal, currency),
                               MoneyFormat::exactWithCurrency(best.p90Total, currency))
                          .arg(best.pShortfall * 100.0, 0, 'f', 1)
                          .arg(m_ranRequest.trials)
                          .arg(m_ranRequest.seed)
                          .arg(r.candidates.size()));
    m_apply->setEnabled(true);
    Q_EMIT finished();
}

void SizeCommitmentDialog::apply()
{
    const QModelIndexList rows = m_view->selectionModel() ? m_view->selectionModel()->selectedRows() : QModelIndexList();
    applyRow(rows.isEmpty() ? (result() ? int(result()->best) : -1) : rows.front().row());
}

bool SizeCommitmentDialog::applyRow(int row)
{
    const std::optional<SizingResult> &r = result();
    if (!r || row < 0 || row >= int(r->candidates.size())) {
        m_status->setText(tr("Not applied: choose a size in the table first."));
        return false;
    }
    const SizingCandidate &c = r->candidates[std::size_t(row)];
    const QString why = CommitmentResize::apply(m_document, r->contract, r->clause, m_sizedFrom, c.yearAmounts);
    if (!why.isEmpty()) {
        m_status->setText(tr("Not applied: %1.").arg(why));
        return false;
    }
    m_sizedFrom = c.yearAmounts; // what the clause holds now: another row of this run may still replace it
    m_status->setText(tr("Applied: %1 (Edit › Undo restores the previous amounts).")
                          .arg(CommitmentResize::stepText(r->contract, r->clause, c.total)));
    return true;
}

void SizeCommitmentDialog::setMoneyStyle(MoneyStyle style)
{
    m_table->setMoneyStyle(style);
}

void SizeCommitmentDialog::reject()
{
    m_job->cancel(); // closing never leaves a run going
    QDialog::reject();
}

} // namespace hp
