#pragma once

#include "domain/Project.h"
#include "engine/EngineResult.h"

#include <QMainWindow>

#include <variant>
#include <vector>

class QLabel;
class QListWidget;
class QStackedWidget;
class QTableWidget;
class QTimer;
class QUndoView;

namespace hp {

class ContractEditor;
class DashboardWidget;
class EntityTableEditor;
class FileController;
class ProjectDocument;
class ProjectSession;
class ResultsCalculator;
class ScenarioEditor;
class ToolsController;
class ChartPanel;

/// One scenario's evaluation as the window shows it: the engine's result or
/// the reason it could not be evaluated.
struct ScenarioOutcome {
    QString scenario;
    std::variant<EngineResult, QString> result;
};

/// The main window (docs/gui.md): a navigator of the project's parts on the
/// left, their editors in the middle, the dashboard of the chosen scenario
/// and the undo history on the right; File/Edit/View/Help menus, a toolbar
/// and shortcuts. It owns the document (the one source of truth), the file
/// session and the results calculator.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum Page { Overview, ProvidersPage, WorkloadsPage, ContractsPage, ScenariosPage, ActualsPage, PageCount };

    /// `recoveryDirectory` empty: the user's application data folder.
    explicit MainWindow(const QString &recoveryDirectory = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens `project` as a new unsaved document and shows the given outcomes in the overview.
    void showProject(const Project &project, const std::vector<ScenarioOutcome> &outcomes);
    /// The overview's headline table (one row per scenario).
    QTableWidget *scenarioTable() const { return m_table; }

    ProjectDocument *document() const { return m_document; }
    ProjectSession *session() const { return m_session; }
    ResultsCalculator *calculator() const { return m_calculator; }
    FileController *files() const { return m_files; }
    DashboardWidget *dashboard() const { return m_dashboard; }
    QListWidget *navigator() const { return m_navigator; }
    QStackedWidget *editors() const { return m_stack; }
    EntityTableEditor *providersEditor() const { return m_providers; }
    EntityTableEditor *offeringsEditor() const { return m_offerings; }
    EntityTableEditor *workloadsEditor() const { return m_workloads; }
    ContractEditor *contractEditor() const { return m_contracts; }
    ScenarioEditor *scenarioEditor() const { return m_scenarios; }
    QUndoView *undoView() const { return m_undoView; }
    ToolsController *tools() const { return m_tools; }
    ChartPanel *chartPanel() const { return m_chartPanel; }

    void showPage(Page page);
    /// Evaluates every scenario into the overview table (on load and when the overview is shown).
    void refreshOverview();

    static QString defaultRecoveryDirectory();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *createOverview();
    void createPages();
    void createDocks();
    void createMenus();
    void updateTitle();
    void fillOverview(const Project &project, const std::vector<ScenarioOutcome> &outcomes);
    EntityTableEditor *activeTableEditor() const;

    ProjectDocument *m_document;
    ProjectSession *m_session;
    ResultsCalculator *m_calculator;
    FileController *m_files = nullptr;
    QListWidget *m_navigator = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_guide = nullptr;
    QLabel *m_busy = nullptr;
    EntityTableEditor *m_providers = nullptr;
    EntityTableEditor *m_offerings = nullptr;
    EntityTableEditor *m_workloads = nullptr;
    EntityTableEditor *m_actuals = nullptr;
    ContractEditor *m_contracts = nullptr;
    ScenarioEditor *m_scenarios = nullptr;
    DashboardWidget *m_dashboard = nullptr;
    QUndoView *m_undoView = nullptr;
    ToolsController *m_tools = nullptr;
    ChartPanel *m_chartPanel = nullptr;
    QTimer *m_overviewTimer = nullptr;
};

} // namespace hp
