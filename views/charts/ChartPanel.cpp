#include "charts/ChartPanel.h"

#include "charts/ChartExporter.h"
#include "charts/ChartStyle.h"
#include "charts/ChartView.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QResizeEvent>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <QtConcurrent/QtConcurrentRun>

namespace hp {

namespace {

QString kindLabel(ChartKind kind)
{
    switch (kind) {
    case ChartKind::CostByComponent:
        return ChartPanel::tr("Cost by component");
    case ChartKind::SpendByProvider:
        return ChartPanel::tr("Spend by provider");
    case ChartKind::CommitmentBurnDown:
        return ChartPanel::tr("Commitment burn-down");
    case ChartKind::RevenueShare:
        return ChartPanel::tr("Revenue share");
    case ChartKind::SwitchingWaterfall:
        return ChartPanel::tr("Switching cost");
    case ChartKind::Exposure:
        return ChartPanel::tr("Exposure");
    case ChartKind::Redundancy:
        return ChartPanel::tr("Redundancy");
    case ChartKind::UnitCost:
        return ChartPanel::tr("Unit cost");
    case ChartKind::ScenarioComparison:
        return ChartPanel::tr("Comparison with scenario B");
    case ChartKind::Tornado:
        return ChartPanel::tr("Sensitivity (tornado)");
    case ChartKind::MonteCarloFan:
        return ChartPanel::tr("Monte Carlo fan");
    case ChartKind::ActualsVsPlan:
        return ChartPanel::tr("Actuals against plan");
    case ChartKind::Capacity:
        return ChartPanel::tr("Capacity (rationing)");
    case ChartKind::SiliconAudit:
        return ChartPanel::tr("Silicon audit (premium and payback)");
    case ChartKind::CommitmentSizing: // not in the picker (ChartCatalog::kinds): Analysis ▸ Size commitment… draws it
        return ChartPanel::tr("Commitment sizing");
    }
    return ChartCatalog::name(kind);
}

} // namespace

ChartPanel::ChartPanel(QWidget *parent)
    : QWidget(parent)
{
    m_picker = new QComboBox(this);
    for (ChartKind kind : ChartCatalog::kinds())
        m_picker->addItem(kindLabel(kind), int(kind));
    m_picker->setToolTip(tr("The chart to show"));
    m_busy = new QLabel(this);
    m_copy = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Copy"), this);
    m_copy->setToolTip(tr("Copy the chart to the clipboard as a picture"));
    m_export = new QPushButton(QIcon::fromTheme(QStringLiteral("document-export")), tr("Export…"), this);
    m_export->setToolTip(tr("Save the chart as PNG, SVG or PDF"));
    m_view = new ChartView(this);
    m_message = new QLabel(this);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_message);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 6, 6, 0);
    bar->addWidget(m_picker);
    bar->addWidget(m_busy, 1);
    bar->addWidget(m_copy);
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    m_chooseFile = [this](const QString &suggestion) {
        return QFileDialog::getSaveFileName(this, tr("Export chart"), suggestion, fileFilter());
    };
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(30);
    connect(&m_debounce, &QTimer::timeout, this, &ChartPanel::rebuild);
    connect(m_picker, &QComboBox::currentIndexChanged, this, &ChartPanel::schedule);
    connect(m_copy, &QPushButton::clicked, this, &ChartPanel::copyToClipboard);
    connect(m_export, &QPushButton::clicked, this, &ChartPanel::exportWithDialog);
    showMessage(tr("No scenario to chart yet."));
}

void ChartPanel::setProject(const Project &project)
{
    m_project = project;
    schedule();
}

void ChartPanel::setScenarios(const QString &primary, const QString &compare)
{
    if (primary == m_primary && compare == m_compare)
        return;
    m_primary = primary;
    m_compare = compare;
    schedule();
}

void ChartPanel::setKind(ChartKind kind)
{
    m_picker->setCurrentIndex(m_picker->findData(int(kind)));
}

ChartKind ChartPanel::kind() const
{
    return ChartKind(m_picker->currentData().toInt());
}

bool ChartPanel::hasChart() const
{
    return m_stack->currentWidget() == m_view;
}

const ChartData &ChartPanel::chartData() const
{
    return m_view->chartData();
}

QString ChartPanel::suggestedFileName() const
{
    QString scenario = m_primary.toLower();
    scenario.replace(u' ', u'-');
    scenario.remove(u'/');
    QString name = ChartCatalog::name(chartData().kind);
    if (!scenario.isEmpty())
        name += QStringLiteral("-") + scenario;
    return name + QStringLiteral(".png");
}

void ChartPanel::schedule()
{
    m_busy->setText(tr("Computing…"));
    m_debounce.start();
}

ChartPanel::Outcome ChartPanel::build(const Project &project, const ChartRequest &request)
{
    Outcome outcome;
    try {
        outcome.chart = ChartCatalog::build(project, request);
        if (!outcome.chart.emptyState.isEmpty())
            outcome.error = outcome.chart.emptyState;
        else if (outcome.chart.series.empty())
            outcome.error = tr("“%1” has nothing to show for scenario “%2”.").arg(kindLabel(request.kind), request.scenario);
    } catch (const std::runtime_error &e) { // EngineError: the engine cannot draw it
        outcome.error = QString::fromStdString(e.what());
    }
    return outcome;
}

void ChartPanel::rebuild()
{
    const quint64 generation = ++m_generation;
    if (m_primary.isEmpty()) {
        display({ChartData(), tr("No scenario to chart yet: pick one on the dashboard.")});
        return;
    }
    ChartRequest request;
    request.kind = kind();
    request.scenario = m_primary;
    request.against = m_compare;
    request.date = QDate::currentDate();
    if (request.kind == ChartKind::ScenarioComparison && m_compare.isEmpty()) {
        display({ChartData(), tr("Pick a scenario to compare with on the dashboard to see this chart.")});
        return;
    }
    // Every kind runs the engine, the tornado and the fan whole analyses:
    // all off the GUI thread, on a copy of the project.
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, generation] {
        if (generation == m_generation) // else a newer change overtook this one: drop it
            display(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([project = m_project, request] { return build(project, request); }));
}

void ChartPanel::display(const Outcome &outcome)
{
    m_shown = m_generation;
    if (outcome.error.isEmpty()) {
        m_scale = scaleForSize();
        m_view->setChartData(outcome.chart, ChartStyle::forProject(m_project, m_scale));
        m_stack->setCurrentWidget(m_view);
    } else {
        showMessage(outcome.error);
    }
    if (!isBusy())
        m_busy->clear();
    updateButtons();
    Q_EMIT updated();
}

double ChartPanel::scaleForSize() const
{
    const int chartHeight = height() - m_picker->sizeHint().height();
    return std::clamp(chartHeight / 700.0, 0.55, 1.0);
}

void ChartPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const double scale = scaleForSize();
    if (!hasChart() || std::abs(scale - m_scale) < 0.05)
        return;
    m_scale = scale;
    const ChartData current = chartData(); // a copy: setChartData replaces it
    m_view->setChartData(current, ChartStyle::forProject(m_project, m_scale));
}

void ChartPanel::showMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
    updateButtons();
}

void ChartPanel::updateButtons()
{
    m_copy->setEnabled(hasChart());
    m_export->setEnabled(hasChart());
}

void ChartPanel::copyToClipboard()
{
    if (hasChart())
        m_view->copyToClipboard();
}

QString ChartPanel::fileFilter()
{
    return tr("PNG pictures (*.png);;SVG drawings (*.svg);;PDF documents (*.pdf)");
}

bool ChartPanel::exportTo(const QString &path, QString *error) const
{
    const auto format = ChartExporter::parseFormat(QFileInfo(path).suffix().toLower());
    if (!format) {
        *error = tr("%1: choose a file ending in .png, .svg or .pdf").arg(path);
        return false;
    }
    return ChartExporter::write(chartData(), ChartStyle::forProject(m_project), *format, path, ChartExportOptions(), error);
}

void ChartPanel::exportWithDialog()
{
    const QString path = m_chooseFile(suggestedFileName());
    QString error;
    if (!path.isEmpty() && !exportTo(path, &error))
        QMessageBox::warning(this, tr("Export chart"), error);
}

} // namespace hp
