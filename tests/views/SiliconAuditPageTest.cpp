// Offscreen: the silicon audit page (docs/gui.md, docs/rules.md §11.3) is the
// navigator's last page, Analysis ▸ Silicon audit… switches to it, and its
// table shows the demo's rows once the calculator's results arrive (computed
// off the GUI thread); the dashboard names the demo's dispute.
#include "ViewTestRegistry.h"
#include "itemmodels/DashboardModel.h"
#include "itemmodels/SiliconAuditModel.h"
#include "canonical/DemoPortfolio.h"
#include "main/DashboardWidget.h"
#include "main/MainWindow.h"
#include "main/ProjectSession.h"
#include "main/SiliconAuditPage.h"
#include "main/ToolsController.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

class SiliconAuditPageTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theNavigatorAndTheAnalysisMenuOpenTheAuditOfTheDemo()
    {
        QTemporaryDir recovery;
        hp::MainWindow w(recovery.path());
        w.session()->newProject(hp::DemoPortfolio::load());
        w.show();
        w.showPage(hp::MainWindow::Overview);

        // The navigator: the page is appended, so the older pages keep their indices.
        QCOMPARE(w.navigator()->count(), int(hp::MainWindow::PageCount));
        QCOMPARE(int(hp::MainWindow::AuditPage), 6);
        QCOMPARE(w.navigator()->item(hp::MainWindow::AuditPage)->text(), QStringLiteral("Silicon audit"));
        QCOMPARE(w.navigator()->item(hp::MainWindow::ActualsPage)->text(), QStringLiteral("Actuals"));
        hp::SiliconAuditPage *page = w.siliconAuditPage();
        QVERIFY(page);
        QCOMPARE(w.editors()->indexOf(page), int(hp::MainWindow::AuditPage));

        // Analysis ▸ Silicon audit… (in the window's menu bar) switches to it.
        QMenu *analysis = nullptr;
        for (QAction *a : w.menuBar()->actions())
            if (a->text() == QStringLiteral("&Analysis"))
                analysis = a->menu();
        QVERIFY(analysis);
        QAction *audit = w.tools()->siliconAuditAction();
        QVERIFY(analysis->actions().contains(audit));
        QCOMPARE(audit->text(), QStringLiteral("Silicon &audit…"));
        QVERIFY(audit->isEnabled());
        QVERIFY(w.editors()->currentWidget() != page);
        audit->trigger();
        QCOMPARE(w.editors()->currentWidget(), page);
        QCOMPARE(w.navigator()->currentRow(), int(hp::MainWindow::AuditPage));

        // The demo's Status quo (the first scenario): four workloads, 410 M a month.
        QCOMPARE(page->scenarioPicker()->currentText(), QStringLiteral("Status quo"));
        hp::SiliconAuditModel *model = page->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 4, 20000);
        QTableView *table = page->table();
        QCOMPARE(table->model(), model);
        QCOMPARE(model->index(0, hp::SiliconAuditModel::WorkloadColumn).data().toString(), QStringLiteral("chat_api"));
        QCOMPARE(model->index(0, hp::SiliconAuditModel::PremiumColumn).data().toString(), QStringLiteral("200,000,000.00"));
        QCOMPARE(model->index(0, hp::SiliconAuditModel::AlternativeColumn).data().toString(), QStringLiteral("b_inf2_inf\n(Inferentia2)"));
        QVERIFY(page->summaryLabel()->text().startsWith(QStringLiteral("Paying 410,000,000.00 a month in silicon premium at 2026-01 in Status quo")));
        auto *total = page->findChild<QLabel *>(QStringLiteral("siliconAuditTotal"));
        QVERIFY(total);
        QCOMPARE(total->text(), QStringLiteral("Silicon premium per month: 410,000,000.00 USD"));

        // Another scenario: Pivot, settled settles the runtime dispute, so moving
        // agent_runtime no longer exposes anything (Status quo: 28,000,000.00).
        QCOMPARE(model->index(1, hp::SiliconAuditModel::ExposureColumn).data().toString(), QStringLiteral("28,000,000.00"));
        page->scenarioPicker()->setCurrentText(QStringLiteral("Pivot, settled"));
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 4, 20000);
        QCOMPARE(model->index(1, hp::SiliconAuditModel::WorkloadColumn).data().toString(), QStringLiteral("agent_runtime"));
        QCOMPARE(model->index(1, hp::SiliconAuditModel::ExposureColumn).data().toString(), QStringLiteral("0.00"));
        // The dashboard keeps its own scenario.
        QCOMPARE(w.dashboard()->scenarioPicker()->currentText(), QStringLiteral("Status quo"));
    }

    void theDashboardSaysWhetherToSettle()
    {
        QTemporaryDir recovery;
        hp::MainWindow w(recovery.path());
        w.session()->newProject(hp::DemoPortfolio::load());
        w.show();
        hp::DashboardWidget *dashboard = w.dashboard();
        QLabel *label = dashboard->disputesLabel();
        QCOMPARE(label->objectName(), QStringLiteral("dashboardDisputes"));
        dashboard->scenarioPicker()->setCurrentText(QStringLiteral("Pivot"));
        dashboard->comparePicker()->setCurrentText(QStringLiteral("Pivot, settled"));
        QTRY_COMPARE_WITH_TIMEOUT(dashboard->model()->headerData(hp::DashboardModel::Compare, Qt::Horizontal, Qt::DisplayRole).toString(),
                                  QStringLiteral("Pivot, settled"), 20000);
        QVERIFY(label->isVisible());
        QCOMPARE(label->text(), QStringLiteral("Cloud A strategic partnership, stateful runtime (contested): settle — "
                                               "5,000,000,000.00 now against an expected exposure of 9,454,664,558.14 if litigated; "
                                               "settling is cheaper whenever the chance of losing exceeds 18.5 % (assumed: 35 %). "
                                               "Pivot: not settled; Pivot, settled: settled in 2027-01."));
    }
};

HP_VIEW_TEST(SiliconAuditPageTest)
#include "SiliconAuditPageTest.moc"
