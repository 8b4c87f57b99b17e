#pragma once

// Wiring (for MainWindow, by the lead; ToolsController.h and charts/ChartPanel.h):
//
//   // MainWindow.h: class ToolsController; class ChartPanel;  members m_tools, m_chartPanel
//   // after m_files is created (MainWindow::MainWindow):
//   m_tools = new ToolsController(this, m_document, m_calculator);
//   connect(m_tools, &ToolsController::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
//   // after m_dashboard is created (createDocks): the chart under the dashboard's figures
//   m_chartPanel = new ChartPanel(m_dashboard->chartArea());
//   auto *chartLayout = new QVBoxLayout(m_dashboard->chartArea()); // unless chartArea() has a layout already
//   chartLayout->setContentsMargins(0, 0, 0, 0);
//   chartLayout->addWidget(m_chartPanel);
//   const auto feedChart = [this] {
//       m_chartPanel->setProject(m_document->project());
//       m_chartPanel->setScenarios(m_calculator->primaryScenario(), m_calculator->compareScenario());
//   };
//   connect(m_document, &ProjectDocument::changed, m_chartPanel, feedChart);
//   connect(m_calculator, &ResultsCalculator::resultsReady, m_chartPanel, feedChart); // follows the dashboard's pickers
//   feedChart();
//   m_tools->setChartPanel(m_chartPanel);
//   // createMenus(), after the File menu:
//   QMenu *file = …; file->addSeparator(); file->addMenu(m_tools->importMenu()); file->addMenu(m_tools->exportMenu());
//   menuBar()->addMenu(m_tools->analysisMenu());   // before Help

#include "io/DocumentExporter.h"
#include "io/ImportKind.h"
#include "io/ImportPlan.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace hp {

class ChartPanel;
class ImportWizard;
class MonteCarloDialog;
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

    /// Asks where, then writes the document of the dashboard's scenario;
    /// true when written.
    bool exportDocument(DocumentFormat format);
    bool exportChart();
    /// The scenario the exports use: the dashboard's, else the first one.
    QString exportScenario() const;

signals:
    void message(const QString &text);

private:
    QString choose(FileChoice::Mode mode, const QString &caption, const QString &suggestion, const QString &filter) const;
    bool writeDocument(DocumentFormat format, const QString &out);
    void updateActions();

    QWidget *m_window;
    ProjectDocument *m_document;
    ResultsCalculator *m_calculator;
    ChartPanel *m_chartPanel = nullptr;
    MonteCarloDialog *m_monteCarloDialog = nullptr;
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
    QAction *m_exportDeck;
    QAction *m_exportWorkbook;
    QAction *m_exportCsv;
    QAction *m_exportChart;
};

} // namespace hp
