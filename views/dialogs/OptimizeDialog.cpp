#include "OptimizeDialog.h"

#include "dialogs/OptimizeRequestForm.h"
#include "document/InsertEntityCommand.h"
#include "document/ProjectDocument.h"
#include "itemmodels/ResultTableModel.h"
#include "optimizer/OptimizerProblem.h"
#include "report/OptimizerTables.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace hp {

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(QStringLiteral("<b>%1</b>").arg(text), parent);
    return l;
}

} // namespace

OptimizeDialog::OptimizeDialog(ProjectDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_form(new OptimizeRequestForm(this))
    , m_run(new QPushButton(tr("&Run"), this))
    , m_cancel(new QPushButton(tr("&Cancel run"), this))
    , m_save(new QPushButton(tr("&Save as scenario…"), this))
    , m_status(new QLabel(this))
    , m_progressText(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_shares(new ResultTableModel(this))
    , m_figures(new ResultTableModel(this))
    , m_constraints(new ResultTableModel(this))
{
    setWindowTitle(tr("Optimize placements"));
    m_chooseName = [this](const QString &suggestion) -> std::optional<QString> {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save as scenario"), tr("Name of the new scenario:"), QLineEdit::Normal,
                                                   suggestion, &ok);
        return ok ? std::optional<QString>(name) : std::nullopt;
    };
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setText(tr("Choose the base, the workloads, the objective and any constraints, then Run. "
                         "Every figure is the engine's evaluation of the plan."));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_cancel->setEnabled(false);
    m_cancel->setToolTip(tr("Stop the search and show the best plan found so far"));
    m_save->setEnabled(false);
    m_save->setToolTip(tr("Add the plan as a child scenario of the base (one undo step)"));
    m_form->setMinimumWidth(330);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_progressText, 2);
    auto *results = new QVBoxLayout;
    results->addWidget(m_status);
    results->addLayout(progressRow);
    results->addWidget(heading(tr("Plan"), this));
    results->addWidget(tableFor(m_shares), 2);
    results->addWidget(heading(tr("Against the base"), this));
    QTableView *figures = tableFor(m_figures);
    // Five figures, always: the table shows them all without scrolling.
    figures->setFixedHeight(6 * figures->verticalHeader()->defaultSectionSize() + 2 * figures->frameWidth() + 14);
    results->addWidget(figures);
    results->addWidget(heading(tr("Constraints"), this));
    results->addWidget(tableFor(m_constraints), 1);
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_form);
    columns->addLayout(results, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_run, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    m_run->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &OptimizeDialog::reject);
    connect(m_run, &QPushButton::clicked, this, &OptimizeDialog::run);
    connect(m_cancel, &QPushButton::clicked, this, &OptimizeDialog::cancel);
    connect(m_save, &QPushButton::clicked, this, &OptimizeDialog::save);
    connect(&m_watcher, &QFutureWatcher<std::optional<OptimizerResult>>::finished, this, [this] {
        m_run->setEnabled(true);
        m_cancel->setEnabled(false);
        m_form->setEnabled(true);
        m_progress->setRange(0, 1);
        m_progress->setValue(1);
        const std::optional<OptimizerResult> r = m_watcher.result();
        if (r)
            showResult(*r);
        else
            m_status->setText(tr("Could not run: %1").arg(m_error));
        Q_EMIT finished();
    });
    resize(1180, 760);
}

OptimizeDialog::~OptimizeDialog()
{
    m_cancelRequested = true;
    m_watcher.waitForFinished(); // the search reports progress to this dialog until it returns
}

QTableView *OptimizeDialog::tableFor(ResultTableModel *model)
{
    auto *view = new QTableView(this);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setMinimumSectionSize(64);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    return view;
}

void OptimizeDialog::setBase(const QString &current)
{
    if (m_watcher.isRunning())
        return;
    QStringList names;
    for (const Scenario &s : m_document->project().scenarios)
        names << s.name;
    m_form->setProject(m_document->project(), names, current);
}

void OptimizeDialog::setMoneyStyle(MoneyStyle style)
{
    m_shares->setMoneyStyle(style);
    m_figures->setMoneyStyle(style);
    m_constraints->setMoneyStyle(style);
}

void OptimizeDialog::run()
{
    if (m_watcher.isRunning())
        return;
    const Project project = m_document->project();
    QString reason;
    std::optional<OptimizerRequest> request = m_form->request(project, &reason);
    if (!request) {
        m_status->setText(tr("Refused: %1. Nothing was run.").arg(reason));
        return;
    }
    m_request = request;
    m_currency = project.reportingCurrency;
    const std::uint64_t gridSize = OptimizerProblem(project, *request).grid().size();
    // Evaluations are at most the grid and the base when the grid is enumerated; a searched grid has no known end.
    if (gridSize <= PlacementOptimizer::kEnumerationLimit)
        m_progress->setRange(0, int(gridSize) + 1);
    else
        m_progress->setRange(0, 0);
    m_progress->setValue(0);
    m_progressText->setText(tr("Starting…"));
    m_cancelRequested = false;
    m_run->setEnabled(false);
    m_save->setEnabled(false);
    m_cancel->setEnabled(true);
    m_form->setEnabled(false);
    m_status->setText(tr("Optimizing %1 over %n workload(s)…", nullptr, int(request->workloads.size())).arg(request->scenario));
    m_error.clear();
    // Called on the search's thread: the figures go to the GUI thread queued; the answer is whether to go on.
    request->progress = [this](int evaluations, std::optional<Decimal> best) {
        QMetaObject::invokeMethod(this, [this, evaluations, best] { showProgress(evaluations, best); }, Qt::QueuedConnection);
        return !m_cancelRequested.load();
    };
    m_watcher.setFuture(QtConcurrent::run([project, r = *request, error = &m_error]() -> std::optional<OptimizerResult> {
        try {
            return PlacementOptimizer::run(project, r);
        } catch (const EngineError &e) {
            *error = e.message();
            return std::nullopt;
        }
    }));
}

void OptimizeDialog::cancel()
{
    if (!m_watcher.isRunning())
        return;
    m_cancelRequested = true;
    m_cancel->setEnabled(false);
    m_progressText->setText(tr("Cancelling after the current plans…"));
}

void OptimizeDialog::reject()
{
    cancel();
    QDialog::reject();
}

void OptimizeDialog::showProgress(int evaluations, std::optional<Decimal> bestSoFar)
{
    if (!m_watcher.isRunning() || m_cancelRequested)
        return;
    if (m_progress->maximum() > 0)
        m_progress->setValue(std::min(evaluations, m_progress->maximum()));
    const QString objective = m_request ? OptimizerTables::objectiveLabel(m_request->objective) : QString();
    m_progressText->setText(bestSoFar ? tr("%n evaluation(s); best %1 so far: %2", nullptr, evaluations)
                                            .arg(objective, MoneyFormat::exactWithCurrency(*bestSoFar, m_currency))
                                      : tr("%n evaluation(s); no plan meets the constraints yet", nullptr, evaluations));
}

void OptimizeDialog::showResult(const OptimizerResult &r)
{
    m_result = r;
    m_shares->setTable(OptimizerTables::shares(r), m_currency);
    m_figures->setTable(OptimizerTables::figures(r), m_currency);
    m_constraints->setTable(OptimizerTables::constraints(r, m_currency), m_currency);
    const QString ran = tr("%n evaluation(s) in %1 s", nullptr, r.evaluations).arg(QString::number(r.seconds, 'f', 2));
    m_progressText->setText(ran);
    QString text;
    switch (r.status) {
    case OptimizerStatus::Optimal:
        text = tr("<b>Optimal</b>: the best of all %1 plans of the grid; %2 %3.")
                   .arg(r.gridSize)
                   .arg(OptimizerTables::objectiveLabel(r.objective), MoneyFormat::exactWithCurrency(*r.value, m_currency));
        break;
    case OptimizerStatus::Feasible: {
        const QString why = r.cancelled          ? tr("the search was cancelled")
                            : r.timeLimitReached ? tr("the time limit stopped the search")
                                                 : tr("the grid of %1 plans is too large to enumerate; it was searched").arg(r.gridSize);
        text = tr("<b>Feasible</b>: the best plan found, not proven optimal (%1); %2 %3.")
                   .arg(why, OptimizerTables::objectiveLabel(r.objective), MoneyFormat::exactWithCurrency(*r.value, m_currency));
        break;
    }
    case OptimizerStatus::Infeasible:
        text = r.conflicting.isEmpty() ? tr("<b>Infeasible</b>: no plan was evaluated that meets the constraints.")
                                       : tr("<b>Infeasible</b>: no plan meets these constraints together: %1.")
                                             .arg(r.conflicting.join(QStringLiteral(", ")));
        break;
    }
    if (!r.baseFeasible)
        text += tr(" The base does not meet the constraints.");
    m_status->setText(text);
    m_save->setEnabled(r.status != OptimizerStatus::Infeasible);
}

QString OptimizeDialog::freshName() const
{
    const Project &project = m_document->project();
    const QString base = tr("%1 optimized").arg(m_result ? m_result->scenario : QString());
    QString name = base;
    for (int n = 2; project.scenario(name); ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    return name;
}

void OptimizeDialog::save()
{
    if (!m_result || m_result->status == OptimizerStatus::Infeasible)
        return;
    if (const std::optional<QString> name = m_chooseName(freshName()))
        saveAs(*name);
}

bool OptimizeDialog::saveAs(const QString &requested)
{
    const QString name = requested.trimmed();
    const Project &project = m_document->project();
    QString reason;
    if (!m_result || m_result->status == OptimizerStatus::Infeasible)
        reason = tr("there is no plan to save");
    else if (name.isEmpty())
        reason = tr("the scenario needs a name");
    else if (project.scenario(name))
        reason = tr("a scenario named %1 already exists").arg(name);
    else if (!project.scenario(m_result->scenario))
        reason = tr("the base %1 is no longer in the project").arg(m_result->scenario);
    if (!reason.isEmpty()) {
        m_status->setText(tr("Not saved: %1.").arg(reason));
        return false;
    }
    Scenario child = m_result->planScenario;
    child.name = name;
    child.parent = m_result->scenario;
    m_document->push(new InsertEntityCommand<Scenario>(m_document, int(project.scenarios.size()), child,
                                                       tr("Add optimized scenario %1").arg(name)));
    m_status->setText(tr("Saved the plan as scenario %1, a child of %2 (Edit › Undo removes it).").arg(name, m_result->scenario));
    return true;
}

} // namespace hp
