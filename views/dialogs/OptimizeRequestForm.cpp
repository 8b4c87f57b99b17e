#include "OptimizeRequestForm.h"

#include "optimizer/OptimizerProblem.h"
#include "report/OptimizerTables.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

#include <utility>

namespace hp {

namespace {

/// The CLI's option names in the optimizer's reasons, as the form calls them.
const std::pair<const char *, const char *> kLabels[] = {
    {"--step", "Step"},
    {"--max-expected-exposure", "Max. expected exposure"},
    {"--max-gross-exposure", "Max. gross exposure"},
    {"--max-hhi", "Max. HHI"},
    {"--max-single-homed-pct", "Max. single-homed %"},
    {"--min-providers", "Min. providers"},
    {"--max-switching", "Max. switching"},
    {"--time-limit", "Time limit"},
    {"--from", "From"},
};

QString formWords(QString reason)
{
    for (const auto &label : kLabels)
        reason.replace(QString::fromLatin1(label.first), QString::fromLatin1(label.second));
    return reason;
}

QLineEdit *limitEdit(QWidget *parent, const QString &placeholder)
{
    auto *e = new QLineEdit(parent);
    e->setPlaceholderText(placeholder);
    e->setClearButtonEnabled(true);
    return e;
}

/// An optional number: empty → none; otherwise the value or a reason.
bool readDecimal(const QLineEdit *edit, const QString &label, std::optional<Decimal> &out, QString *reason)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return true;
    out = Decimal::parse(text);
    if (!out)
        *reason = QObject::tr("%1 takes a number (got '%2')").arg(label, text);
    return out.has_value();
}

} // namespace

OptimizeRequestForm::OptimizeRequestForm(QWidget *parent)
    : QWidget(parent)
    , m_base(new QComboBox(this))
    , m_workloads(new QListWidget(this))
    , m_objective(new QComboBox(this))
    , m_step(new QLineEdit(QStringLiteral("5"), this))
    , m_timeLimit(limitEdit(this, tr("none")))
    , m_maxExpected(limitEdit(this, tr("no limit")))
    , m_maxGross(limitEdit(this, tr("no limit")))
    , m_maxHhi(limitEdit(this, tr("no limit")))
    , m_maxSingleHomed(limitEdit(this, tr("no limit")))
    , m_minProviders(limitEdit(this, tr("no minimum")))
    , m_maxSwitching(limitEdit(this, tr("no limit")))
    , m_noShortfall(new QCheckBox(tr("No commitment shortfall"), this))
    , m_allowResidency(new QCheckBox(tr("Allow residency breaches"), this))
    , m_allowUnserved(new QCheckBox(tr("Allow unserved units (capacity)"), this))
{
    m_allowUnserved->setToolTip(tr("Let the chosen workloads go partly unserved where an offering lacks capacity; "
                                   "revenue at risk is then added to an NPV or total objective"));
    for (OptimizerObjective o : {OptimizerObjective::Npv, OptimizerObjective::Total, OptimizerObjective::RiskAdjusted, OptimizerObjective::P90})
        m_objective->addItem(OptimizerTables::objectiveLabel(o), int(o));
    m_step->setToolTip(tr("Share step in percentage points; must divide 100"));
    m_timeLimit->setToolTip(tr("Stop after this many seconds with the best plan so far"));
    m_workloads->setToolTip(tr("The workloads to place anew from the horizon's second month"));
    m_workloads->setMinimumHeight(90);
    m_workloads->setMaximumHeight(130);

    auto *search = new QGroupBox(tr("Search"), this);
    auto *form = new QFormLayout(search);
    form->addRow(tr("&Base"), m_base);
    form->addRow(tr("&Workloads"), m_workloads);
    form->addRow(tr("&Objective"), m_objective);
    form->addRow(tr("S&tep (points)"), m_step);
    form->addRow(tr("Time &limit (s)"), m_timeLimit);

    auto *limits = new QGroupBox(tr("Constraints"), this);
    auto *lform = new QFormLayout(limits);
    lform->addRow(tr("Max. expected exposure"), m_maxExpected);
    lform->addRow(tr("Max. gross exposure"), m_maxGross);
    lform->addRow(tr("Max. HHI"), m_maxHhi);
    lform->addRow(tr("Max. single-homed %"), m_maxSingleHomed);
    lform->addRow(tr("Min. providers"), m_minProviders);
    lform->addRow(tr("Max. switching"), m_maxSwitching);
    lform->addRow(m_noShortfall);
    lform->addRow(m_allowResidency);
    lform->addRow(m_allowUnserved);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(search);
    layout->addWidget(limits);
    layout->addStretch(1);
    connect(m_base, &QComboBox::currentTextChanged, this, &OptimizeRequestForm::fillWorkloads);
}

void OptimizeRequestForm::setProject(const Project &project, const QStringList &names, const QString &current)
{
    m_project = project;
    const QSignalBlocker block(m_base);
    m_base->clear();
    m_base->addItems(names);
    if (names.contains(current))
        m_base->setCurrentText(current);
    fillWorkloads();
}

void OptimizeRequestForm::fillWorkloads()
{
    // The default is the optimizer's own: every workload placed at the plan's first month.
    QStringList placed;
    OptimizerRequest probe;
    probe.scenario = m_base->currentText();
    try {
        const OptimizerProblem problem(m_project, probe);
        for (int w = 0; w < problem.grid().workloadCount(); ++w)
            placed << problem.grid().workload(w).workloadId;
    } catch (const EngineError &) {
        // An unknown or broken base: nothing checked; Run says why.
    }
    m_workloads->clear();
    for (const Workload &w : m_project.workloads) {
        auto *item = new QListWidgetItem(w.name.isEmpty() || w.name == w.id ? w.id : QStringLiteral("%1 — %2").arg(w.id, w.name), m_workloads);
        item->setData(Qt::UserRole, w.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(placed.contains(w.id) ? Qt::Checked : Qt::Unchecked);
    }
}

void OptimizeRequestForm::setChosenWorkloads(const QStringList &ids)
{
    for (int i = 0; i < m_workloads->count(); ++i) {
        QListWidgetItem *item = m_workloads->item(i);
        item->setCheckState(ids.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList OptimizeRequestForm::chosenWorkloads() const
{
    QStringList ids;
    for (int i = 0; i < m_workloads->count(); ++i)
        if (m_workloads->item(i)->checkState() == Qt::Checked)
            ids << m_workloads->item(i)->data(Qt::UserRole).toString();
    return ids;
}

std::optional<OptimizerRequest> OptimizeRequestForm::request(const Project &project, QString *reason) const
{
    OptimizerRequest r;
    r.scenario = m_base->currentText();
    if (r.scenario.isEmpty()) {
        *reason = tr("choose a base scenario");
        return std::nullopt;
    }
    r.workloads = chosenWorkloads();
    if (r.workloads.isEmpty()) {
        *reason = tr("choose at least one workload");
        return std::nullopt;
    }
    r.objective = OptimizerObjective(m_objective->currentData().toInt());
    std::optional<Decimal> step;
    if (!readDecimal(m_step, tr("Step"), step, reason))
        return std::nullopt;
    if (!step) {
        *reason = tr("Step takes a number of percentage points that divides 100");
        return std::nullopt;
    }
    r.stepPct = *step;
    OptimizerLimits &l = r.limits;
    const std::pair<const QLineEdit *, std::optional<Decimal> *> limits[] = {
        {m_maxExpected, &l.maxExpectedExposure}, {m_maxGross, &l.maxGrossExposure}, {m_maxHhi, &l.maxHhi},
        {m_maxSingleHomed, &l.maxSingleHomedPct}, {m_maxSwitching, &l.maxSwitching}};
    const QStringList labels{tr("Max. expected exposure"), tr("Max. gross exposure"), tr("Max. HHI"), tr("Max. single-homed %"),
                             tr("Max. switching")};
    for (std::size_t k = 0; k < std::size(limits); ++k)
        if (!readDecimal(limits[k].first, labels[qsizetype(k)], *limits[k].second, reason))
            return std::nullopt;
    if (const QString text = m_minProviders->text().trimmed(); !text.isEmpty()) {
        bool ok = false;
        l.minProviders = text.toInt(&ok);
        if (!ok) {
            *reason = tr("Min. providers takes a whole number (got '%1')").arg(text);
            return std::nullopt;
        }
    }
    l.noShortfall = m_noShortfall->isChecked();
    l.allowResidencyBreach = m_allowResidency->isChecked();
    l.allowUnserved = m_allowUnserved->isChecked();
    if (const QString text = m_timeLimit->text().trimmed(); !text.isEmpty()) {
        bool ok = false;
        r.timeLimitSeconds = text.toDouble(&ok);
        if (!ok) {
            *reason = tr("Time limit takes a number of seconds (got '%1')").arg(text);
            return std::nullopt;
        }
    }
    // The optimizer's own checks, before anything runs (the CLI's reasons).
    try {
        const OptimizerProblem problem(project, r);
    } catch (const EngineError &e) {
        *reason = formWords(e.message());
        return std::nullopt;
    }
    return r;
}

} // namespace hp
