#include "GoalSeekDialog.h"

#include "document/FieldValidator.h"
#include "document/InsertEntityCommand.h"
#include "document/ProjectDocument.h"
#include "document/ScenarioHorizon.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <stdexcept>

namespace hp {

GoalSeekDialog::GoalSeekDialog(ProjectDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_scenario(new QComboBox(this))
    , m_workload(new QComboBox(this))
    , m_target(new QComboBox(this))
    , m_from(new QLineEdit(this))
    , m_noShortfall(new QRadioButton(tr("Keep a contract's commitments free of shortfall (the smallest share)"), this))
    , m_underExposure(new QRadioButton(tr("Keep the expected exposure under a limit (the largest share)"), this))
    , m_contract(new QComboBox(this))
    , m_limit(new QLineEdit(this))
    , m_run(new QPushButton(tr("&Seek"), this))
    , m_apply(new QPushButton(tr("&Apply as scenario"), this))
    , m_result(new QLabel(this))
{
    setWindowTitle(tr("Goal seek"));
    m_from->setPlaceholderText(tr("YYYY-MM"));
    m_limit->setPlaceholderText(tr("amount in the reporting currency"));
    m_noShortfall->setChecked(true);
    auto *goals = new QButtonGroup(this);
    goals->addButton(m_noShortfall);
    goals->addButton(m_underExposure);
    auto *form = new QFormLayout;
    form->addRow(tr("&Scenario"), m_scenario);
    form->addRow(tr("&Workload"), m_workload);
    form->addRow(tr("Move to &offering"), m_target);
    form->addRow(tr("&From month"), m_from);
    form->addRow(tr("Goal"), m_noShortfall);
    form->addRow(QString(), m_underExposure);
    form->addRow(tr("&Contract"), m_contract);
    form->addRow(tr("Exposure &limit"), m_limit);
    m_contract->setToolTip(tr("(a) the contract whose commitments must stay free of shortfall; (b) optional: count only its exposure"));
    m_result->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("goalSeekResult"));
    m_result->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_apply->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_run, QDialogButtonBox::ActionRole);
    buttons->addButton(m_apply, QDialogButtonBox::ActionRole);
    m_run->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result, 1);
    layout->addWidget(buttons);
    auto goalChanged = [this] { m_limit->setEnabled(m_underExposure->isChecked()); };
    connect(m_underExposure, &QRadioButton::toggled, this, goalChanged);
    goalChanged();
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_run, &QPushButton::clicked, this, &GoalSeekDialog::run);
    connect(m_apply, &QPushButton::clicked, this, &GoalSeekDialog::apply);
    connect(m_scenario, &QComboBox::currentTextChanged, this, [this](const QString &name) {
        // The horizon's second month by default: a move from the first month has no "before".
        if (const Scenario *s = m_document->project().scenario(name); s && m_from->text().isEmpty()) {
            if (const auto r = ScenarioHorizon::of(m_document->project(), name))
                m_from->setText(r->start.plusMonths(r->months > 1 ? 1 : 0).toString());
        }
    });
    connect(&m_watcher, &QFutureWatcher<std::optional<GoalSeekResult>>::finished, this, [this] {
        m_run->setEnabled(true);
        m_answer = m_watcher.result();
        showAnswer();
        Q_EMIT finished();
    });
    resize(640, 460);
}

GoalSeekDialog::~GoalSeekDialog()
{
    m_watcher.waitForFinished();
}

void GoalSeekDialog::refresh(const QString &scenario)
{
    const Project &p = m_document->project();
    auto fill = [](QComboBox *box, const QStringList &items, const QString &keep) {
        const QString current = keep.isEmpty() ? box->currentText() : keep;
        box->clear();
        box->addItems(items);
        if (items.contains(current))
            box->setCurrentText(current);
    };
    QStringList scenarios, workloads, offerings, contracts;
    for (const Scenario &s : p.scenarios)
        scenarios << s.name;
    for (const Workload &w : p.workloads)
        workloads << w.id;
    for (const Offering &o : p.offerings)
        offerings << o.id;
    for (const Contract &c : p.contracts)
        contracts << c.id;
    fill(m_scenario, scenarios, scenario);
    fill(m_workload, workloads, {});
    fill(m_target, offerings, {});
    fill(m_contract, contracts, {});
}

QString GoalSeekDialog::childName() const
{
    const QString base = tr("%1, goal seek").arg(m_move.scenario);
    QString name = base;
    for (int n = 2; m_document->project().scenario(name); ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    return name;
}

void GoalSeekDialog::run()
{
    if (m_watcher.isRunning())
        return;
    m_answer.reset();
    m_apply->setEnabled(false);
    QString why;
    const auto month = FieldValidator::parseMonth(FieldType::Month, m_from->text(), &why);
    if (!month) {
        m_result->setText(tr("From month: %1").arg(why));
        return;
    }
    // A move from a month outside the horizon would change nothing: say so instead.
    QString horizonError;
    const auto horizon = ScenarioHorizon::of(m_document->project(), m_scenario->currentText(), &horizonError);
    if (!horizon) {
        m_result->setText(tr("Could not seek: %1").arg(horizonError));
        return;
    }
    if (!horizon->contains(**month)) {
        m_result->setText(tr("From month: %1 is outside the horizon of %2 (%3 to %4)")
                              .arg((*month)->toString(), horizon->name, horizon->start.toString(), horizon->last().toString()));
        return;
    }
    m_exposure = m_underExposure->isChecked();
    std::optional<Decimal> limit;
    if (m_exposure) {
        limit = FieldValidator::parseNumber(FieldType::Money, m_limit->text(), &why);
        if (!limit) {
            m_result->setText(tr("Exposure limit: %1").arg(why));
            return;
        }
    } else if (m_contract->currentText().isEmpty()) {
        m_result->setText(tr("Pick the contract whose commitments must stay free of shortfall."));
        return;
    }
    m_move = ShareMove{m_scenario->currentText(), m_workload->currentText(), **month, m_target->currentText()};
    m_project = m_document->project();
    m_run->setEnabled(false);
    m_result->setText(tr("Seeking…"));
    m_error.clear();
    m_watcher.setFuture(QtConcurrent::run([project = m_project, move = m_move, limit, contract = m_contract->currentText(),
                                           error = &m_error]() -> std::optional<GoalSeekResult> {
        try {
            return limit ? GoalSeek::largestShareUnderExposure(project, move, *limit, contract)
                         : GoalSeek::smallestShareWithoutShortfall(project, move, contract);
        } catch (const std::runtime_error &e) { // EngineError: the reason as text
            *error = QString::fromStdString(e.what());
            return std::nullopt;
        }
    }));
}

void GoalSeekDialog::showAnswer()
{
    if (!m_answer) {
        m_result->setText(tr("Could not seek: %1").arg(m_error));
        return;
    }
    const GoalSeekResult &r = *m_answer;
    const QString currency = m_project.reportingCurrency;
    const QString figure = QStringLiteral("%1 (%2)").arg(MoneyFormat::display(r.figure, m_style, currency),
                                                        MoneyFormat::exactWithCurrency(r.figure, currency));
    if (!r.reachable) {
        m_result->setText(tr("Not reachable: %1. At the best end the %2 is %3. (%4 evaluations)")
                              .arg(r.message, m_exposure ? tr("expected exposure") : tr("shortfall left"), figure)
                              .arg(r.evaluations));
        return;
    }
    m_result->setText(tr("Move %1 % of %2 to %3 from %4: the %5 is %6. (%7 evaluations, to ±%8 point)")
                          .arg(r.sharePct.toString(), m_move.workloadId, m_move.targetOffering, m_move.from.toString(),
                               m_exposure ? tr("expected exposure") : tr("shortfall left"), figure)
                          .arg(r.evaluations)
                          .arg(GoalSeek::kTolerancePp));
    m_apply->setEnabled(true);
}

void GoalSeekDialog::apply()
{
    if (!m_answer || !m_answer->reachable)
        return;
    // The child places the workload's whole timeline as the answer has it (a child that
    // places a workload replaces its timeline, docs/rules.md §5.1); nothing else.
    Project moved;
    try {
        moved = GoalSeek::withShareMoved(m_project, m_move, m_answer->sharePct);
    } catch (const std::runtime_error &e) { // EngineError: the reason as text
        m_result->setText(tr("Could not apply: %1").arg(QString::fromStdString(e.what())));
        return;
    }
    const Scenario *source = moved.scenario(m_move.scenario);
    if (!source || !m_document->project().scenario(m_move.scenario)) {
        m_result->setText(tr("Could not apply: scenario %1 is gone").arg(m_move.scenario));
        return;
    }
    Scenario child;
    child.name = childName();
    child.parent = m_move.scenario;
    for (const Placement &pl : source->placements)
        if (pl.workloadId == m_move.workloadId)
            child.placements.push_back(pl);
    m_document->push(new InsertEntityCommand<Scenario>(m_document, int(m_document->project().scenarios.size()), child,
                                                       tr("Add scenario %1 (goal seek: %2 % of %3 to %4)")
                                                           .arg(child.name, m_answer->sharePct.toString(), m_move.workloadId,
                                                                m_move.targetOffering)));
    m_apply->setEnabled(false);
    m_result->setText(m_result->text() + u'\n' + tr("Stored as scenario “%1”.").arg(child.name));
}

} // namespace hp
