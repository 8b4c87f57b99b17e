#pragma once

#include "money/MoneyFormat.h"

#include "domain/Project.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTableView;
class QUndoView;

namespace hp {

class ContractEditor;
class DashboardWidget;
class ExecutiveOverview;
class EntityTableEditor;
class FileController;
class HistoryDialog;
class LiveUpdates;
class ProjectDocument;
class ProjectSession;
class ResultsCalculator;
class ScenarioEditor;
class ScenarioOverviewModel;
class SiliconAuditPage;
class ToolsController;
class ChartPanel;

/// The main window (docs/gui.md): a navigator of the project's parts on the
/// left, their editors in the middle, the dashboard of the chosen scenario
/// and the undo history on the right; File/Edit/View/Help menus, a toolbar
/// and shortcuts. It owns the document (the one source of truth), the file
/// session and the results calculator.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    /// The navigator's pages, in order; `--page N` and Ctrl+N+1 use these indices
    /// (AuditPage, the silicon audit, was appended so the others kept theirs).
    enum Page { Overview, ProvidersPage, WorkloadsPage, ContractsPage, ScenariosPage, ActualsPage, AuditPage, PageCount };

    /// `recoveryDirectory` empty: the user's application data folder.
    explicit MainWindow(const QString &recoveryDirectory = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens `project` as a new unsaved document; the calculator evaluates it off the GUI thread.
    void showProject(const Project &project);
    /// The overview's headline table (one row per scenario) and its model.
    QTableView *scenarioTable() const { return m_table; }
    ExecutiveOverview *executiveOverview() const { return m_executive; }
    ScenarioOverviewModel *overviewModel() const { return m_overviewModel; }

    ProjectDocument *document() const { return m_document; }
    ProjectSession *session() const { return m_session; }
    ResultsCalculator *calculator() const { return m_calculator; }
    FileController *files() const { return m_files; }
    LiveUpdates *liveUpdates() const { return m_live; }
    DashboardWidget *dashboard() const { return m_dashboard; }
    QListWidget *navigator() const { return m_navigator; }
    QStackedWidget *editors() const { return m_stack; }
    EntityTableEditor *providersEditor() const { return m_providers; }
    EntityTableEditor *offeringsEditor() const { return m_offerings; }
    EntityTableEditor *workloadsEditor() const { return m_workloads; }
    ContractEditor *contractEditor() const { return m_contracts; }
    ScenarioEditor *scenarioEditor() const { return m_scenarios; }
    SiliconAuditPage *siliconAuditPage() const { return m_audit; }
    QUndoView *undoView() const { return m_undoView; }
    ToolsController *tools() const { return m_tools; }
    ChartPanel *chartPanel() const { return m_chartPanel; }
    /// The status bar's note on a read-only database project (hidden otherwise).
    QLabel *accessNote() const { return m_access; }

    void showPage(Page page);
    /// Edit > History… (database projects): the change log for the selected table and row, in a window of its own.
    HistoryDialog *showHistory();
    QAction *historyAction() const { return m_history; }

    static QString defaultRecoveryDirectory();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *createOverview();
    void createPages();
    void createDocks();
    void createMenus();
    void updateTitle();
    /// A row whose scenario cannot be evaluated shows its message across the figure columns.
    void updateOverviewSpans();
    /// Compact or exact money in the overview table, the dashboard and the analysis dialogs.
    void applyMoneyStyle(MoneyStyle style);
    EntityTableEditor *activeTableEditor() const;
    /// The table and row key History starts with: the focused editor's entity and current row.
    void historyTarget(QString *entity, QString *row) const;

    ProjectDocument *m_document;
    ProjectSession *m_session;
    ResultsCalculator *m_calculator;
    ScenarioOverviewModel *m_overviewModel;
    FileController *m_files = nullptr;
    LiveUpdates *m_live = nullptr;
    QListWidget *m_navigator = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    ExecutiveOverview *m_executive = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_guide = nullptr;
    QLabel *m_busy = nullptr;
    QLabel *m_access = nullptr;
    QAction *m_history = nullptr; ///< "Read-only: your database role may only read…"
    EntityTableEditor *m_providers = nullptr;
    EntityTableEditor *m_offerings = nullptr;
    EntityTableEditor *m_workloads = nullptr;
    EntityTableEditor *m_actuals = nullptr;
    ContractEditor *m_contracts = nullptr;
    ScenarioEditor *m_scenarios = nullptr;
    SiliconAuditPage *m_audit = nullptr;
    DashboardWidget *m_dashboard = nullptr;
    QUndoView *m_undoView = nullptr;
    ToolsController *m_tools = nullptr;
    ChartPanel *m_chartPanel = nullptr;
};

} // namespace hp
