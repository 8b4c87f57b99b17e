#include "ToolsController.h"

#include "charts/ChartPanel.h"
#include "charts/ChartStyle.h"
#include "dialogs/ImportFilesPage.h"
#include "dialogs/ImportWizard.h"
#include "dialogs/MonteCarloDialog.h"
#include "dialogs/GoalSeekDialog.h"
#include "dialogs/OptimizeDialog.h"
#include "dialogs/SensitivityDialog.h"
#include "dialogs/SizeCommitmentDialog.h"
#include "document/ProjectDocument.h"
#include "document/ReplaceProjectCommand.h"
#include "document/ResultsCalculator.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

#include <stdexcept>

namespace hp {

namespace {

QString counted(std::size_t n, const QString &one, const QString &many)
{
    return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? one : many);
}

/// A name for files: the text's letters and digits, other runs as one '-'.
QString fileStem(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out += c;
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("hedgeplan") : out;
}

} // namespace

ToolsController::ToolsController(QWidget *window, ProjectDocument *document, ResultsCalculator *calculator)
    : QObject(window), m_window(window), m_document(document), m_calculator(calculator)
{
    m_chooseFile = [this](const FileChoice &c) {
        switch (c.mode) {
        case FileChoice::OpenFile:
            return QFileDialog::getOpenFileName(m_window, c.caption, c.suggestion, c.filter);
        case FileChoice::SaveFile:
            return QFileDialog::getSaveFileName(m_window, c.caption, c.suggestion, c.filter);
        case FileChoice::Folder:
            break;
        }
        return QFileDialog::getExistingDirectory(m_window, c.caption, c.suggestion);
    };
    m_runWizard = [](ImportWizard &wizard) { return wizard.exec() == QDialog::Accepted; };
    m_reportError = [this](const QString &title, const QString &text) { QMessageBox::warning(m_window, title, text); };

    m_importMenu = new QMenu(tr("&Import"), window);
    m_importRegister = m_importMenu->addAction(tr("Import contract &register…"), this, [this] { importFile(ImportKind::Register); });
    m_importRegister->setStatusTip(tr("Add or update contracts from a spreadsheet's CSV"));
    m_importFocus = m_importMenu->addAction(tr("Import &FOCUS billing…"), this, [this] { importFile(ImportKind::Focus); });
    m_importFocus->setStatusTip(tr("Store monthly actuals from a FOCUS cost and usage export"));
    m_importPrices = m_importMenu->addAction(tr("Import &price list…"), this, [this] { importFile(ImportKind::Prices); });
    m_importPrices->setStatusTip(tr("Add or update offerings from a LiteLLM price map"));

    m_analysisMenu = new QMenu(tr("&Analysis"), window);
    m_monteCarlo = m_analysisMenu->addAction(tr("&Monte Carlo…"), this, &ToolsController::showMonteCarlo);
    m_monteCarlo->setStatusTip(tr("Simulate the scenario's uncertainty ranges"));
    m_sensitivity = m_analysisMenu->addAction(tr("&Sensitivity…"), this, &ToolsController::showSensitivity);
    m_sensitivity->setStatusTip(tr("The tornado: how far each uncertain input moves the NPV"));
    m_goalSeek = m_analysisMenu->addAction(tr("&Goal seek…"), this, &ToolsController::showGoalSeek);
    m_goalSeek->setStatusTip(tr("How much of a workload to move to keep a commitment free of shortfall or exposure under a limit"));
    m_optimize = m_analysisMenu->addAction(tr("&Optimize…"), this, &ToolsController::showOptimize);
    m_optimize->setStatusTip(tr("Search the workloads' placements for the best objective under constraints"));
    m_sizeCommitment = m_analysisMenu->addAction(tr("Size &commitment…"), this, [this] { showSizeCommitment(); });
    m_sizeCommitment->setStatusTip(tr("Expected and P90 total cost of a commitment clause at every tier and from 0 % to 200 % of today's size"));
    m_siliconAudit = m_analysisMenu->addAction(tr("Silicon &audit…"), this, &ToolsController::siliconAuditRequested);
    m_siliconAudit->setStatusTip(tr("What each workload pays over the cheapest offering on other silicon, and the payback of moving"));

    m_exportMenu = new QMenu(tr("E&xport"), window);
    m_exportDeck = m_exportMenu->addAction(tr("Export &slide deck…"), this, [this] { exportDocument(DocumentFormat::Pptx); });
    m_exportWorkbook = m_exportMenu->addAction(tr("Export &workbook…"), this, [this] { exportDocument(DocumentFormat::Xlsx); });
    m_exportCsv = m_exportMenu->addAction(tr("Export tables as &CSV…"), this, [this] { exportDocument(DocumentFormat::Csv); });
    m_exportMenu->addSeparator();
    m_exportChart = m_exportMenu->addAction(tr("Export c&hart…"), this, &ToolsController::exportChart);

    connect(document, &ProjectDocument::changed, this, &ToolsController::updateActions);
    updateActions();
}

QAction *ToolsController::importAction(ImportKind kind) const
{
    switch (kind) {
    case ImportKind::Register:
        return m_importRegister;
    case ImportKind::Focus:
        return m_importFocus;
    case ImportKind::Prices:
        break;
    }
    return m_importPrices;
}

void ToolsController::setChartPanel(ChartPanel *panel)
{
    m_chartPanel = panel;
    updateActions();
}

void ToolsController::updateActions()
{
    const bool hasScenario = !m_document->project().scenarios.empty();
    for (QAction *a : {m_monteCarlo, m_sensitivity, m_goalSeek, m_optimize, m_sizeCommitment, m_siliconAudit, m_exportDeck, m_exportWorkbook, m_exportCsv})
        a->setEnabled(hasScenario);
    m_exportChart->setEnabled(m_chartPanel != nullptr);
}

QString ToolsController::choose(FileChoice::Mode mode, const QString &caption, const QString &suggestion, const QString &filter) const
{
    FileChoice choice;
    choice.mode = mode;
    choice.caption = caption;
    choice.suggestion = suggestion;
    choice.filter = filter;
    return m_chooseFile(choice);
}

void ToolsController::importFile(ImportKind kind)
{
    QString caption;
    QString filter;
    switch (kind) {
    case ImportKind::Register:
        caption = tr("Import contract register");
        filter = tr("Contract registers (*.csv *.txt);;All files (*)");
        break;
    case ImportKind::Focus:
        caption = tr("Import FOCUS billing");
        filter = tr("FOCUS exports (*.csv);;All files (*)");
        break;
    case ImportKind::Prices:
        caption = tr("Import price list");
        filter = tr("LiteLLM price maps (*.json);;All files (*)");
        break;
    }
    const QString path = choose(FileChoice::OpenFile, caption, QString(), filter);
    if (path.isEmpty())
        return;
    const Project before = m_document->project();
    ImportWizard wizard(before, m_window);
    wizard.setWindowTitle(caption);
    QString error;
    if (!wizard.filesPage()->addFile(path, &error)) {
        m_reportError(caption, error);
        return;
    }
    wizard.filesPage()->setKind(0, kind);
    if (!m_runWizard(wizard) || !wizard.plan())
        return;
    applyImport(*wizard.plan());
}

QString ToolsController::importStepText(const ImportPlan &plan)
{
    QStringList parts;
    if (!plan.contracts.empty())
        parts << counted(plan.contracts.size(), tr("contract"), tr("contracts"));
    if (!plan.providers.empty())
        parts << counted(plan.providers.size(), tr("provider"), tr("providers"));
    if (!plan.offerings.empty())
        parts << counted(plan.offerings.size(), tr("offering"), tr("offerings"));
    if (!plan.actuals.empty())
        parts << counted(plan.actuals.size(), tr("actual"), tr("actuals"));
    return tr("Import %1").arg(parts.join(QStringLiteral(", ")));
}

bool ToolsController::applyImport(const ImportPlan &plan)
{
    if (!plan.canApply())
        return false;
    if (plan.contracts.empty() && plan.providers.empty() && plan.offerings.empty() && plan.actuals.empty()) {
        Q_EMIT message(tr("Nothing to import."));
        return false;
    }
    const Project &before = m_document->project();
    const QString summary = plan.summary(before);
    m_document->push(new ReplaceProjectCommand(m_document, applied(before, plan), importStepText(plan)));
    Q_EMIT message(tr("Imported: %1").arg(summary));
    return true;
}

void ToolsController::setMoneyStyle(MoneyStyle style)
{
    m_moneyStyle = style;
    if (m_monteCarloDialog)
        m_monteCarloDialog->setMoneyStyle(style);
    if (m_sensitivityDialog)
        m_sensitivityDialog->setMoneyStyle(style);
    if (m_goalSeekDialog)
        m_goalSeekDialog->setMoneyStyle(style);
    if (m_optimizeDialog)
        m_optimizeDialog->setMoneyStyle(style);
    if (m_sizeCommitmentDialog)
        m_sizeCommitmentDialog->setMoneyStyle(style);
}

void ToolsController::showGoalSeek()
{
    if (!m_goalSeekDialog) {
        m_goalSeekDialog = new GoalSeekDialog(m_document, m_window);
        m_goalSeekDialog->setMoneyStyle(m_moneyStyle);
    }
    if (!m_goalSeekDialog->isVisible())
        m_goalSeekDialog->refresh(m_calculator->primaryScenario());
    m_goalSeekDialog->show();
    m_goalSeekDialog->raise();
}

QStringList ToolsController::scenarioNames() const
{
    QStringList names;
    for (const Scenario &s : m_document->project().scenarios)
        names << s.name;
    return names;
}

void ToolsController::showSensitivity()
{
    if (!m_sensitivityDialog) {
        m_sensitivityDialog = new SensitivityDialog([document = m_document] { return document->project(); }, m_window);
        m_sensitivityDialog->setMoneyStyle(m_moneyStyle);
    }
    if (!m_sensitivityDialog->isVisible())
        m_sensitivityDialog->setScenarios(scenarioNames(), m_calculator->primaryScenario());
    m_sensitivityDialog->show();
    m_sensitivityDialog->raise();
}

void ToolsController::showOptimize()
{
    if (!m_optimizeDialog) {
        m_optimizeDialog = new OptimizeDialog(m_document, m_window);
        m_optimizeDialog->setMoneyStyle(m_moneyStyle);
    }
    if (!m_optimizeDialog->isVisible())
        m_optimizeDialog->setBase(m_calculator->primaryScenario());
    m_optimizeDialog->show();
    m_optimizeDialog->raise();
}

void ToolsController::showSizeCommitment(const QString &contract, int clause)
{
    if (!m_sizeCommitmentDialog) {
        m_sizeCommitmentDialog = new SizeCommitmentDialog(m_document, m_window);
        m_sizeCommitmentDialog->setMoneyStyle(m_moneyStyle);
    }
    // A running sizing keeps its form; otherwise the form follows the document and the request.
    if (!m_sizeCommitmentDialog->isRunning())
        m_sizeCommitmentDialog->setTarget(m_calculator->primaryScenario(), contract, clause);
    m_sizeCommitmentDialog->show();
    m_sizeCommitmentDialog->raise();
}

void ToolsController::showMonteCarlo()
{
    if (!m_monteCarloDialog) {
        m_monteCarloDialog = new MonteCarloDialog([document = m_document] { return document->project(); }, m_window);
        m_monteCarloDialog->setMoneyStyle(m_moneyStyle);
    }
    if (!m_monteCarloDialog->isVisible()) { // a dialog already open keeps its choices (and its run)
        QStringList names;
        for (const Scenario &s : m_document->project().scenarios)
            names << s.name;
        m_monteCarloDialog->setScenarios(names);
        const int primary = names.indexOf(m_calculator->primaryScenario());
        if (primary >= 0)
            m_monteCarloDialog->scenarioBox()->setCurrentIndex(primary);
        // B as the dashboard's "Compare with" (index 0 of B's box is "(none)").
        m_monteCarloDialog->againstBox()->setCurrentIndex(names.indexOf(m_calculator->compareScenario()) + 1);
    }
    m_monteCarloDialog->show();
    m_monteCarloDialog->raise();
    m_monteCarloDialog->activateWindow();
}

QString ToolsController::exportScenario() const
{
    const Project &project = m_document->project();
    if (project.scenario(m_calculator->primaryScenario()))
        return m_calculator->primaryScenario();
    return project.scenarios.empty() ? QString() : project.scenarios.front().name;
}

bool ToolsController::exportDocument(DocumentFormat format)
{
    const QString scenario = exportScenario();
    if (scenario.isEmpty()) {
        m_reportError(tr("Export"), tr("The project has no scenario to export."));
        return false;
    }
    const QString stem = fileStem(m_document->project().title + QStringLiteral(" ") + scenario);
    QString out;
    QString suffix;
    switch (format) {
    case DocumentFormat::Pptx:
        out = choose(FileChoice::SaveFile, tr("Export slide deck"), stem + QStringLiteral(".pptx"), tr("Slide decks (*.pptx)"));
        suffix = QStringLiteral(".pptx");
        break;
    case DocumentFormat::Xlsx:
        out = choose(FileChoice::SaveFile, tr("Export workbook"), stem + QStringLiteral(".xlsx"), tr("Workbooks (*.xlsx)"));
        suffix = QStringLiteral(".xlsx");
        break;
    case DocumentFormat::Csv:
        out = choose(FileChoice::Folder, tr("Export tables as CSV into a folder"), QString(), QString());
        break;
    }
    if (out.isEmpty())
        return false;
    if (!suffix.isEmpty() && !out.endsWith(suffix, Qt::CaseInsensitive))
        out += suffix;
    return writeDocument(format, out);
}

bool ToolsController::writeDocument(DocumentFormat format, const QString &out)
{
    const Project project = m_document->project();
    const QString scenario = exportScenario();
    QProgressDialog progress(tr("Exporting “%1”…").arg(scenario), tr("Cancel"), 0, 0, m_window);
    progress.setWindowTitle(tr("Export"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.show();
    // The evaluation and the charts (tornado and fan run whole analyses) are
    // computed off the GUI thread behind the busy dialog; the file is written
    // here (every chart is a native chart part, no picture is drawn).
    ChartRequest request;
    request.scenario = scenario;
    request.against = m_calculator->compareScenario();
    progress.setLabelText(tr("Computing “%1”…").arg(scenario));
    struct Prepared {
        PreparedExport content;
        QString error; ///< not empty: the scenario cannot be evaluated
    };
    QFutureWatcher<Prepared> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<Prepared>::finished, &loop, &QEventLoop::quit);
    connect(&progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([project, scenario, format, request, money = m_moneyStyle]() mutable {
        Prepared prepared;
        try {
            DocumentExportOptions options;
            options.against = request.against; // the deck's summary compares the two
            options.money = money;              // View → Exact Money
            request.date = options.date;
            if (format != DocumentFormat::Csv)
                options.charts = DocumentExporter::drawableCharts(project, request);
            prepared.content = DocumentExporter::prepare(project, scenario, format, options);
        } catch (const std::runtime_error &e) { // EngineError
            prepared.error = QString::fromStdString(e.what());
        }
        return prepared;
    }));
    if (!watcher.isFinished())
        loop.exec();
    if (!watcher.isFinished()) { // cancelled: the computation ends unseen
        Q_EMIT message(tr("Export cancelled."));
        return false;
    }
    const Prepared prepared = watcher.result();
    QString error = prepared.error;
    bool ok = false;
    if (error.isEmpty()) {
        progress.setLabelText(tr("Writing %1…").arg(QDir::toNativeSeparators(out)));
        progress.setCancelButton(nullptr); // a file half written cannot be cancelled
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        ok = DocumentExporter::write(prepared.content, format, out, &error);
    }
    if (!ok) {
        m_reportError(tr("Export"), tr("Cannot export “%1”: %2").arg(scenario, error));
        return false;
    }
    Q_EMIT message(tr("Exported %1").arg(QDir::toNativeSeparators(out)));
    return true;
}

bool ToolsController::exportChart()
{
    if (!m_chartPanel || !m_chartPanel->hasChart()) {
        m_reportError(tr("Export chart"), tr("There is no chart to export."));
        return false;
    }
    const QString out = choose(FileChoice::SaveFile, tr("Export chart"), m_chartPanel->suggestedFileName(), ChartPanel::fileFilter());
    if (out.isEmpty())
        return false;
    QString error;
    if (!m_chartPanel->exportTo(out, &error)) {
        m_reportError(tr("Export chart"), error);
        return false;
    }
    Q_EMIT message(tr("Exported %1").arg(QDir::toNativeSeparators(out)));
    return true;
}

} // namespace hp
