#include "MainWindow.h"

#include "DashboardWidget.h"
#include "ExecutiveOverview.h"
#include "FileController.h"
#include "LiveUpdates.h"
#include "ProjectSession.h"
#include "ToolsController.h"
#include "SiliconAuditPage.h"
#include "ToolsWiring.h"
#include "dialogs/HistoryDialog.h"
#include "itemmodels/ActualsModel.h"
#include "itemmodels/DashboardModel.h"
#include "itemmodels/OfferingsModel.h"
#include "document/ProjectDocument.h"
#include "itemmodels/ProvidersModel.h"
#include "document/ResultsCalculator.h"
#include "itemmodels/ScenarioOverviewModel.h"
#include "itemmodels/WorkloadsModel.h"
#include "editors/ContractEditor.h"
#include "editors/EntityTableEditor.h"
#include "editors/ScenarioEditor.h"
#include "postgres/PgProjectStore.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUndoView>
#include <QVBoxLayout>

#include <iterator>

namespace hp {

namespace {
const char *const kPageNames[] = {QT_TRANSLATE_NOOP("hp::MainWindow", "Overview"),
                                  QT_TRANSLATE_NOOP("hp::MainWindow", "Providers && offerings"),
                                  QT_TRANSLATE_NOOP("hp::MainWindow", "Workloads"),
                                  QT_TRANSLATE_NOOP("hp::MainWindow", "Contracts"),
                                  QT_TRANSLATE_NOOP("hp::MainWindow", "Scenarios"),
                                  QT_TRANSLATE_NOOP("hp::MainWindow", "Actuals"),
                                  QT_TRANSLATE_NOOP("hp::MainWindow", "Silicon audit")};
const char *const kPageIcons[] = {"go-home",        "network-server",       "system-run",           "text-x-generic",
                                  "view-list-tree", "x-office-spreadsheet", "utilities-system-monitor"};
static_assert(std::size(kPageNames) == MainWindow::PageCount && std::size(kPageIcons) == MainWindow::PageCount);

/// The change log's table of an editor's entities, and the key of row `row` (empty when it has no one-column key).
QString tableOf(EntityKind kind, const Project &p, int row, QString *key)
{
    auto pick = [&](const auto &list, auto keyOf) {
        if (row >= 0 && row < int(list.size()))
            *key = keyOf(list[std::size_t(row)]);
    };
    switch (kind) {
    case EntityKind::Provider: pick(p.providers, [](const Provider &e) { return e.id; }); return QStringLiteral("providers");
    case EntityKind::Offering: pick(p.offerings, [](const Offering &e) { return e.id; }); return QStringLiteral("offerings");
    case EntityKind::Workload: pick(p.workloads, [](const Workload &e) { return e.id; }); return QStringLiteral("workloads");
    case EntityKind::Contract: pick(p.contracts, [](const Contract &e) { return e.id; }); return QStringLiteral("contracts");
    case EntityKind::Scenario: pick(p.scenarios, [](const Scenario &e) { return e.name; }); return QStringLiteral("scenarios");
    case EntityKind::Actual: return QStringLiteral("actuals");
    }
    return QString();
}
} // namespace

QString MainWindow::defaultRecoveryDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/recovery");
}

MainWindow::MainWindow(const QString &recoveryDirectory, QWidget *parent)
    : QMainWindow(parent)
    , m_document(new ProjectDocument(this))
    , m_session(new ProjectSession([this] { return m_document->snapshot(); },
                                   recoveryDirectory.isEmpty() ? defaultRecoveryDirectory() : recoveryDirectory, this))
    , m_calculator(new ResultsCalculator(m_document, this))
    , m_overviewModel(new ScenarioOverviewModel(m_calculator, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    connect(m_session, &ProjectSession::projectLoaded, m_document, qOverload<const Project &>(&ProjectDocument::load));
    connect(m_session, &ProjectSession::saved, m_document, &ProjectDocument::markSaved);
    connect(m_session, &ProjectSession::pathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ProjectDocument::modifiedChanged, m_session, &ProjectSession::setModified);
    connect(m_document, &ProjectDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ProjectDocument::projectReset, this, &MainWindow::updateTitle);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(createOverview());
    createPages();
    setCentralWidget(m_stack);
    createDocks();
    m_files = new FileController(this, m_document, m_session);
    connect(m_files, &FileController::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    m_live = new LiveUpdates(this, m_document, m_session);
    connect(m_live, &LiveUpdates::message, this, [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    createMenus();
    // Import, Analysis and Export menus and the dashboard's chart panel.
    const ToolsWiring tools = ToolsWiring::install(*this);
    m_tools = tools.tools;
    m_chartPanel = tools.chartPanel;
    applyMoneyStyle(QSettings().value(QStringLiteral("view/exactMoney"), false).toBool() ? MoneyStyle::Exact : MoneyStyle::Compact);

    m_busy = new QLabel(this);
    statusBar()->addPermanentWidget(m_busy);
    m_access = new QLabel(this);
    m_access->setObjectName(QStringLiteral("accessNote"));
    m_access->setStyleSheet(QStringLiteral("QLabel { background: #FDE7E9; color: #7A0010; padding: 2px 6px; }"));
    statusBar()->addPermanentWidget(m_access);
    connect(m_calculator, &ResultsCalculator::busyChanged, this, [this](bool busy) { m_busy->setText(busy ? tr("Computing…") : QString()); });

    resize(1600, 940);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    showPage(Page(std::clamp(settings.value(QStringLiteral("window/page"), 0).toInt(), 0, PageCount - 1)));
    updateTitle();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::createOverview()
{
    // The page scrolls: the cards, the chart and the exact table never squeeze each other.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("overviewPage"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    scroll->setWidget(page);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 8, 0);
    m_banner = new QLabel(page);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #FFF4CE; color: #5A4500; padding: 8px; border-radius: 4px; }"));
    m_banner->setText(tr("Illustrative figures: this demo portfolio is inspired by public reporting; its numbers are not real contract terms."));
    m_banner->hide();
    layout->addWidget(m_banner);
    m_guide = new QLabel(page);
    m_guide->setWordWrap(true);
    m_guide->setTextFormat(Qt::RichText);
    m_guide->setText(tr("<h3>A new project: what to enter first</h3><ol>"
                        "<li><b>Providers &amp; offerings</b> (Ctrl+2): each cloud or API vendor, its egress tiers, and what it sells per unit.</li>"
                        "<li><b>Workloads</b> (Ctrl+3): class, unit, monthly units and growth, revenue.</li>"
                        "<li><b>Contracts</b> (Ctrl+4): term and fee, then clauses — commitments, revenue share, exclusivity.</li>"
                        "<li><b>Scenarios</b> (Ctrl+5): a root scenario with start and length, then the placement of each workload.</li>"
                        "</ol><p>The dashboard on the right follows every edit; Ctrl+Z undoes any of them.</p>"));
    m_guide->hide();
    layout->addWidget(m_guide);
    m_executive = new ExecutiveOverview(m_document, m_calculator, page);
    m_executive->setObjectName(QStringLiteral("executiveOverview"));
    layout->addWidget(m_executive);
    auto *heading = new QLabel(tr("<b>Every figure</b> — hover one for the exact amount; View → Exact Money shows cents"), page);
    layout->addWidget(heading);
    // The figures come from the calculator's results (every scenario, evaluated
    // off the GUI thread while the overview is shown).
    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("scenarioOverview"));
    m_table->setModel(m_overviewModel);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_overviewModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateOverviewSpans);
    connect(m_overviewModel, &QAbstractItemModel::dataChanged, this, &MainWindow::updateOverviewSpans);
    m_table->setMinimumHeight(220);
    layout->addWidget(m_table);
    return scroll;
}

void MainWindow::applyMoneyStyle(MoneyStyle style)
{
    m_overviewModel->setMoneyStyle(style);
    m_dashboard->model()->setMoneyStyle(style);
    if (m_tools)
        m_tools->setMoneyStyle(style);
}

void MainWindow::updateOverviewSpans()
{
    m_table->clearSpans();
    for (int row = 0; row < m_overviewModel->rowCount(); ++row)
        if (m_overviewModel->isError(row))
            m_table->setSpan(row, ScenarioOverviewModel::FirstFigureColumn, 1, ScenarioOverviewModel::figureCount());
}

void MainWindow::createPages()
{
    auto connectMessages = [this](auto *editor) {
        connect(editor, &std::remove_pointer_t<decltype(editor)>::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    };
    auto *providersPage = new QSplitter(Qt::Vertical, m_stack);
    m_providers = new EntityTableEditor(new ProvidersModel(m_document, this), tr("Providers"),
                                        tr("Egress tiers: monthly GB bands as up_to_gb:price; …; rest:price."), providersPage);
    m_offerings = new EntityTableEditor(new OfferingsModel(m_document, this), tr("Offerings"),
                                        tr("Price per unit in the reporting currency; drift in percentage points per year."), providersPage);
    m_stack->addWidget(providersPage);
    m_workloads = new EntityTableEditor(new WorkloadsModel(m_document, this), tr("Workloads"),
                                        tr("Units and revenue per month at the horizon start; growth in percentage points per month."), m_stack);
    m_stack->addWidget(m_workloads);
    m_contracts = new ContractEditor(m_document, m_stack);
    m_stack->addWidget(m_contracts);
    m_scenarios = new ScenarioEditor(m_document, m_stack);
    m_stack->addWidget(m_scenarios);
    m_actuals = new EntityTableEditor(new ActualsModel(m_document, this), tr("Actuals"),
                                      tr("Billed cost per provider and month, as imported from FOCUS exports."), m_stack);
    m_stack->addWidget(m_actuals);
    m_audit = new SiliconAuditPage(m_document, m_calculator, m_stack);
    m_stack->addWidget(m_audit);
    connectMessages(m_providers);
    connectMessages(m_offerings);
    connectMessages(m_workloads);
    connectMessages(m_actuals);
    connectMessages(m_contracts);
    connectMessages(m_scenarios);
}

void MainWindow::createDocks()
{
    m_navigator = new QListWidget(this);
    m_navigator->setObjectName(QStringLiteral("navigator"));
    for (int p = 0; p < PageCount; ++p)
        new QListWidgetItem(QIcon::fromTheme(QString::fromLatin1(kPageIcons[p])), tr(kPageNames[p]).replace(QStringLiteral("&&"), QStringLiteral("&")), m_navigator);
    m_navigator->setIconSize(QSize(20, 20));
    m_navigator->setSpacing(2);
    connect(m_navigator, &QListWidget::currentRowChanged, this, [this](int row) {
        m_stack->setCurrentIndex(row);
        // The overview and the silicon audit show any scenario: every one is evaluated while they are shown.
        m_calculator->setOverviewWanted(row == Overview || row == AuditPage);
    });
    auto *nav = new QDockWidget(tr("Navigator"), this);
    nav->setObjectName(QStringLiteral("navigatorDock"));
    nav->setWidget(m_navigator);
    nav->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    m_navigator->setMaximumWidth(220);
    m_navigator->setMinimumWidth(170); // "Providers & offerings" whole
    addDockWidget(Qt::LeftDockWidgetArea, nav);

    m_dashboard = new DashboardWidget(m_document, m_calculator, this);
    auto *dash = new QDockWidget(tr("Dashboard"), this);
    dash->setObjectName(QStringLiteral("dashboardDock"));
    dash->setWidget(m_dashboard);
    addDockWidget(Qt::RightDockWidgetArea, dash);

    m_undoView = new QUndoView(m_document->undoStack(), this);
    m_undoView->setEmptyLabel(tr("<opened>"));
    auto *history = new QDockWidget(tr("Undo history"), this);
    history->setObjectName(QStringLiteral("undoDock"));
    history->setWidget(m_undoView);
    // Under the navigator (whose list is short), so the dashboard has the whole right
    // column: its figures table and its chart both fit without scrolling (issue #17).
    addDockWidget(Qt::LeftDockWidgetArea, history);
    resizeDocks({nav, history}, {260, 600}, Qt::Vertical);
    resizeDocks({nav, dash}, {210, 600}, Qt::Horizontal);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_files->newAction());
    file->addAction(m_files->openAction());
    file->addAction(m_files->openDatabaseAction());
    file->addMenu(m_files->recentMenu());
    file->addSeparator();
    file->addAction(m_files->saveAction());
    file->addAction(m_files->saveAsAction());
    file->addAction(m_files->revertAction());
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo"), style()->standardIcon(QStyle::SP_ArrowBack)));
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo"), style()->standardIcon(QStyle::SP_ArrowForward)));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *addRow = edit->addAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add Row"), this, [this] {
        if (EntityTableEditor *e = activeTableEditor())
            e->addRow();
    });
    // Ctrl+Ins is Copy on X11, so rows use the spreadsheet keys Ctrl++ / Ctrl+-.
    addRow->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *removeRow = edit->addAction(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Re&move Row"), this, [this] {
        if (EntityTableEditor *e = activeTableEditor())
            e->removeCurrentRow();
    });
    removeRow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    edit->addSeparator();
    m_history = edit->addAction(QIcon::fromTheme(QStringLiteral("document-open-recent")), tr("&History…"), this, &MainWindow::showHistory);
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int p = 0; p < PageCount; ++p) {
        QAction *a = view->addAction(tr(kPageNames[p]), this, [this, p] { showPage(Page(p)); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + p)));
    }
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    // Issue #17: compact money where people read; exact to the cent on demand (editors,
    // CSV and JSON are always exact; a compact cell's tooltip has the exact figure).
    QAction *exactMoney = view->addAction(tr("E&xact Money"));
    exactMoney->setObjectName(QStringLiteral("exactMoney"));
    exactMoney->setCheckable(true);
    exactMoney->setToolTip(tr("Show money to the cent instead of compact ($184.76B) in the overview, dashboard and analysis dialogs"));
    connect(exactMoney, &QAction::toggled, this, [this](bool exact) {
        QSettings().setValue(QStringLiteral("view/exactMoney"), exact);
        applyMoneyStyle(exact ? MoneyStyle::Exact : MoneyStyle::Compact);
    });
    exactMoney->setChecked(QSettings().value(QStringLiteral("view/exactMoney"), false).toBool());
    QAction *recompute = view->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Re&compute"), m_calculator, &ResultsCalculator::recompute);
    recompute->setShortcut(QKeySequence::Refresh);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Getting Started"), this, [this] {
        m_guide->show();
        showPage(Overview);
    });
    help->addAction(tr("&About Hedgeplan"), this, [this] {
        QMessageBox::about(this, tr("About Hedgeplan"),
                           tr("Hedgeplan %1 — scenario planning for AI and cloud workload placement under vendor contracts.")
                               .arg(QApplication::applicationVersion()));
    });

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_files->newAction());
    bar->addAction(m_files->openAction());
    bar->addAction(m_files->saveAction());
    bar->addSeparator();
    bar->addAction(undo);
    bar->addAction(redo);
    // "Undo Edit price of …" would widen the buttons and push the others sideways:
    // icons only, the full label in the tooltip (the action's text).
    for (QAction *a : {undo, redo})
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(a)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    bar->addSeparator();
    bar->addAction(addRow);
    bar->addAction(removeRow);
    bar->addAction(recompute);
}

EntityTableEditor *MainWindow::activeTableEditor() const
{
    for (QWidget *w = QApplication::focusWidget(); w; w = w->parentWidget())
        if (auto *e = qobject_cast<EntityTableEditor *>(w))
            return e;
    const auto editors = m_stack->currentWidget()->findChildren<EntityTableEditor *>();
    if (auto *e = qobject_cast<EntityTableEditor *>(m_stack->currentWidget()))
        return e;
    return editors.isEmpty() ? nullptr : editors.front();
}

void MainWindow::historyTarget(QString *entity, QString *row) const
{
    if (EntityTableEditor *e = activeTableEditor()) {
        *entity = tableOf(e->model()->kind(), m_document->project(), e->table()->currentIndex().row(), row);
        return;
    }
    if (m_stack->currentWidget() == m_contracts)
        *entity = QStringLiteral("contracts");
    else if (m_stack->currentWidget() == m_scenarios)
        *entity = QStringLiteral("scenarios");
}

HistoryDialog *MainWindow::showHistory()
{
    const auto &uri = m_session->database();
    if (!uri)
        return nullptr;
    QJsonArray log;
    StorageError error;
    if (!PgProjectStore::changes(*uri, &log, &error)) {
        QMessageBox::warning(this, tr("History"), error.message);
        return nullptr;
    }
    QString entity, row;
    historyTarget(&entity, &row);
    auto *dialog = new HistoryDialog(log, entity, row, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void MainWindow::showPage(Page page)
{
    m_navigator->setCurrentRow(page);
}

void MainWindow::updateTitle()
{
    const Project &p = m_document->project();
    QString title = p.title.isEmpty() ? tr("Untitled") : p.title;
    // A database project shows its URI as ProjectUri::display() gives it (never a password).
    if (!m_session->path().isEmpty())
        title += QStringLiteral(" (%1)").arg(m_session->database() ? m_session->path() : QFileInfo(m_session->path()).fileName());
    if (m_session->isReadOnly())
        title += tr(" [read-only]");
    if (m_access && m_history) { // both exist once the window is built
        m_access->setText(m_session->database() && m_session->isReadOnly()
                              ? tr("Read-only: your database role may only read this project (Save As keeps changes in a file)")
                              : QString());
        m_access->setVisible(!m_access->text().isEmpty());
        m_history->setEnabled(m_session->database().has_value());
        m_history->setStatusTip(m_session->database() ? tr("Who changed what and when in this database project (the change log)")
                                                      : tr("History is kept for projects in a database (File > Open from Database)"));
    }
    setWindowTitle(QStringLiteral("%1[*] — Hedgeplan").arg(title));
    setWindowModified(m_document->isModified());
    m_banner->setVisible(p.illustrative);
    m_guide->setVisible(p.providers.empty() && p.workloads.empty());
}

void MainWindow::showProject(const Project &project)
{
    m_session->newProject(project);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/page"), m_navigator->currentRow());
    event->accept();
}

} // namespace hp
