#include "ToolsWiring.h"

#include "DashboardWidget.h"
#include "MainWindow.h"
#include "ToolsController.h"
#include "charts/ChartPanel.h"
#include "editors/ContractEditor.h"
#include "document/ProjectDocument.h"
#include "document/ResultsCalculator.h"

#include <QAction>
#include <QLabel>
#include <QLayout>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QVBoxLayout>

namespace hp {

namespace {

ChartPanel *installChartPanel(MainWindow &window)
{
    QWidget *area = window.dashboard()->chartArea();
    for (QLabel *placeholder : area->findChildren<QLabel *>(QString(), Qt::FindDirectChildrenOnly))
        placeholder->hide();
    QLayout *layout = area->layout() ? area->layout() : new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    area->setMinimumHeight(320);
    auto *panel = new ChartPanel(area);
    layout->addWidget(panel);

    ProjectDocument *document = window.document();
    ResultsCalculator *calculator = window.calculator();
    QObject::connect(document, &ProjectDocument::changed, panel, [panel, document] { panel->setProject(document->project()); });
    // The dashboard's pickers set the calculator's scenarios; its results follow every pick.
    QObject::connect(calculator, &ResultsCalculator::resultsReady, panel, [panel, calculator] {
        panel->setScenarios(calculator->primaryScenario(), calculator->compareScenario());
    });
    panel->setProject(document->project());
    panel->setScenarios(calculator->primaryScenario(), calculator->compareScenario());
    return panel;
}

void installMenus(MainWindow &window, const ToolsController &tools)
{
    QMenuBar *bar = window.menuBar();
    const QList<QAction *> menus = bar->actions();
    QMenu *file = menus.isEmpty() ? nullptr : menus.front()->menu();
    if (file) {
        QAction *beforeQuit = nullptr;
        for (QAction *a : file->actions())
            if (a->isSeparator())
                beforeQuit = a;
        QAction *import = file->insertMenu(beforeQuit, tools.importMenu());
        file->insertMenu(beforeQuit, tools.exportMenu());
        file->insertSeparator(import);
    }
    // Before Help, the last menu.
    QAction *help = menus.size() > 1 ? menus.back() : nullptr;
    bar->insertMenu(help, tools.analysisMenu());
}

} // namespace

ToolsWiring ToolsWiring::install(MainWindow &window)
{
    ToolsWiring wiring;
    wiring.tools = new ToolsController(&window, window.document(), window.calculator());
    QObject::connect(wiring.tools, &ToolsController::message, &window, [&window](const QString &text) {
        window.statusBar()->showMessage(text, 8000);
    });
    // Analysis ▸ Silicon audit… shows the navigator's page of it.
    QObject::connect(wiring.tools, &ToolsController::siliconAuditRequested, &window,
                     [&window] { window.showPage(MainWindow::AuditPage); });
    // The commitment form's "Size this commitment…" opens Analysis ▸ Size commitment… on that clause.
    if (window.contractEditor())
        QObject::connect(window.contractEditor(), &ContractEditor::sizeCommitmentRequested, wiring.tools,
                         [tools = wiring.tools](const QString &contract, int clause) { tools->showSizeCommitment(contract, clause); });
    wiring.chartPanel = installChartPanel(window);
    wiring.tools->setChartPanel(wiring.chartPanel);
    installMenus(window, *wiring.tools);
    return wiring;
}

} // namespace hp
