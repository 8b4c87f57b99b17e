#pragma once

#include "money/MoneyFormat.h"

// Wiring (for MainWindow, by the lead) — views/main/ToolsWiring does it all
// through MainWindow's public accessors and is tested (tests/views/ToolsWiringTest):
//
//   // MainWindow.cpp: #include "ToolsWiring.h"
//   // MainWindow::MainWindow, right after createMenus():
//   const ToolsWiring tools = ToolsWiring::install(*this);
//   // optional, to keep them reachable: members ToolsController *m_tools; ChartPanel *m_chartPanel;
//   // m_tools = tools.tools; m_chartPanel = tools.chartPanel;  (+ accessors tools(), chartPanel())
//
// What install() does, should the lead prefer to paste it into createMenus()/createDocks():
//   file->insertMenu(<separator before Quit>, m_tools->importMenu()); …exportMenu();
//   menuBar()->insertMenu(<Help's action>, m_tools->analysisMenu());
//   ChartPanel in m_dashboard->chartArea() (placeholder label hidden), fed by
//   ProjectDocument::changed → setProject, ResultsCalculator::resultsReady → setScenarios;
//   m_tools->setChartPanel(panel); ToolsController::message → statusBar()->showMessage(text, 8000).

#include "export/DocumentExporter.h"
#include "import/ImportKind.h"
#include "import/ImportPlan.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace hp {

class ChartPanel;
class ImportWizard;
class MonteCarloDialog;
class OptimizeDialog;
class SensitivityDialog;
class SizeCommitmentDialog;
class GoalSeekDialog;
class ProjectDocument;
class ResultsCalculator;

/// What the Tools menus ask a file dialog for.
struct FileChoice {
    enum Mode { OpenFile, SaveFile, Folder };
    Mode mode = OpenFile;
    QString caption;
    QString suggestion; ///< file name or folder to start from
    QString filter;     ///< e.g. "Slide decks (*.pptx)"; empty for a folder
};

/// The Import, Analysis and Export menus of the desktop app (docs/gui-tools.md):
/// - Import contract register / FOCUS billing / price list: the chosen file
///   goes into the ImportWizard with that kind; its plan is applied to the
///   project as ONE undo step (ReplaceProjectCommand);
/// - Monte Carlo: the MonteCarloDialog over the document's scenarios;
/// - Silicon audit: asks for the main window's silicon audit page (siliconAuditRequested);
/// - Export slide deck (.pptx), workbook (.xlsx), tables as CSV (a folder) of
///   the dashboard's scenario through DocumentExporter, and the chart shown
///   (png, svg, pdf) through the ChartPanel.
/// Dialogs open over `window`; the file dialog, the wizard's run and the
/// error box are std::function members that tests replace.
class ToolsController : public QObject {
    Q_OBJECT

public:
    using FileChooser = std::function<QString(const FileChoice &)>;
    /// Runs the wizard (default: exec()); true when the user finished it.
    using WizardRunner = std::function<bool(ImportWizard &)>;
    using ErrorReporter = std::function<void(const QString &title, const QString &text)>;

    ToolsController(QWidget *window, ProjectDocument *document, ResultsCalculator *calculator);

    QMenu *importMenu() const { return m_importMenu; }
    QMenu *analysisMenu() const { return m_analysisMenu; }
    QMenu *exportMenu() const { return m_exportMenu; }
    QAction *importAction(ImportKind kind) const;
    QAction *monteCarloAction() const { return m_monteCarlo; }
    QAction *sensitivityAction() const { return m_sensitivity; }
    QAction *goalSeekAction() const { return m_goalSeek; }
    QAction *optimizeAction() const { return m_optimize; }
    QAction *sizeCommitmentAction() const { return m_sizeCommitment; }
    /// Analysis ▸ Silicon audit…: emits siliconAuditRequested (the window shows its page).
    QAction *siliconAuditAction() const { return m_siliconAudit; }
    QAction *exportDeckAction() const { return m_exportDeck; }
    QAction *exportWorkbookAction() const { return m_exportWorkbook; }
    QAction *exportCsvAction() const { return m_exportCsv; }
    QAction *exportChartAction() const { return m_exportChart; }

    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    void setWizardRunner(WizardRunner runner) { m_runWizard = std::move(runner); }
    void setErrorReporter(ErrorReporter reporter) { m_reportError = std::move(reporter); }
    /// The panel whose chart "Export chart…" writes; nullptr disables the action.
    void setChartPanel(ChartPanel *panel);

    /// Asks for a file of `kind`, runs the wizard on it and applies its plan.
    void importFile(ImportKind kind);
    /// Applies `plan` to the document's project as one undo step; false when
    /// the plan cannot be applied or imports nothing.
    bool applyImport(const ImportPlan &plan);
    /// The text of the undo step, e.g. "Import 2 contracts, 1 provider".
    static QString importStepText(const ImportPlan &plan);

    void showMonteCarlo();
    /// The dialog the Monte Carlo action opened (nullptr before).
    MonteCarloDialog *monteCarloDialog() const { return m_monteCarloDialog; }
    void showSensitivity();
    SensitivityDialog *sensitivityDialog() const { return m_sensitivityDialog; }
    void showGoalSeek();
    GoalSeekDialog *goalSeekDialog() const { return m_goalSeekDialog; }
    /// Analysis → Optimize… (docs/rules.md §12.1), the base the dashboard's scenario.
    void showOptimize();
    OptimizeDialog *optimizeDialog() const { return m_optimizeDialog; }
    /// Analysis ▸ Size commitment… (docs/rules.md §12.2) on the dashboard's
    /// scenario; from the commitment form, pre-filled with its contract and clause.
    void showSizeCommitment(const QString &contract = {}, int clause = 1);
    SizeCommitmentDialog *sizeCommitmentDialog() const { return m_sizeCommitmentDialog; }
    /// The money style of the analysis dialogs (View → Exact money).
    void setMoneyStyle(MoneyStyle style);

    /// Asks where, then writes the document of the dashboard's scenario;
    /// true when written.
    bool exportDocument(DocumentFormat format);
    bool exportChart();
    /// The scenario the exports use: the dashboard's, else the first one.
    QString exportScenario() const;

Q_SIGNALS:
    void message(const QString &text);
    /// The user asked for the silicon audit (docs/rules.md §11.3).
    void siliconAuditRequested();

private:
    QString choose(FileChoice::Mode mode, const QString &caption, const QString &suggestion, const QString &filter) const;
    bool writeDocument(DocumentFormat format, const QString &out);
    void updateActions();
    QStringList scenarioNames() const;

    QWidget *m_window;
    ProjectDocument *m_document;
    ResultsCalculator *m_calculator;
    ChartPanel *m_chartPanel = nullptr;
    MonteCarloDialog *m_monteCarloDialog = nullptr;
    SensitivityDialog *m_sensitivityDialog = nullptr;
    GoalSeekDialog *m_goalSeekDialog = nullptr;
    OptimizeDialog *m_optimizeDialog = nullptr;
    SizeCommitmentDialog *m_sizeCommitmentDialog = nullptr;
    MoneyStyle m_moneyStyle = MoneyStyle::Compact;
    FileChooser m_chooseFile;
    WizardRunner m_runWizard;
    ErrorReporter m_reportError;
    QMenu *m_importMenu;
    QMenu *m_analysisMenu;
    QMenu *m_exportMenu;
    QAction *m_importRegister;
    QAction *m_importFocus;
    QAction *m_importPrices;
    QAction *m_monteCarlo;
    QAction *m_sensitivity;
    QAction *m_goalSeek;
    QAction *m_optimize;
    QAction *m_sizeCommitment;
    QAction *m_siliconAudit;
    QAction *m_exportDeck;
    QAction *m_exportWorkbook;
    QAction *m_exportCsv;
    QAction *m_exportChart;
};

} // namespace hp
