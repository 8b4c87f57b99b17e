// No engine on the GUI thread (docs/architecture.md): edits made through the
// real main window are evaluated in the thread pool; the engine's probe
// counts every evaluation that runs on the GUI thread and must count none.
#include "ViewTestRegistry.h"
#include "document/ResultsCalculator.h"
#include "itemmodels/ScenarioOverviewModel.h"
#include "editors/EntityTableEditor.h"
#include "engine/EvaluationThreadProbe.h"
#include "engine/ScenarioEngine.h"
#include "canonical/DemoPortfolio.h"
#include "main/DashboardWidget.h"
#include "main/MainWindow.h"

#include <QComboBox>
#include <QListWidget>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>
#include <QtTest>

namespace {

QString overviewCell(hp::MainWindow &w, int row, int column)
{
    return w.overviewModel()->index(row, column).data().toString();
}

} // namespace

class EngineOffGuiThreadTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("HedgeplanTest"));
        QCoreApplication::setApplicationName(QStringLiteral("HedgeplanEngineThreadTest"));
        QSettings().clear();
    }

    void cleanup() { hp::EvaluationThreadProbe::arm(false); }

    /// The probe can fail: an evaluation on the GUI thread is counted, one in the pool is not.
    void theProbeCountsEvaluationsOnTheGuiThreadOnly()
    {
        const hp::Project demo = hp::DemoPortfolio::load();
        hp::EvaluationThreadProbe::arm(true);
        QCOMPARE(hp::EvaluationThreadProbe::mainThreadEvaluations(), 0);
        (void)QtConcurrent::run([&demo] { return hp::ScenarioEngine(demo).evaluate(QStringLiteral("Pivot")); }).result();
        QCOMPARE(hp::EvaluationThreadProbe::mainThreadEvaluations(), 0);
        (void)hp::ScenarioEngine(demo).evaluate(QStringLiteral("Pivot"));
        QCOMPARE(hp::EvaluationThreadProbe::mainThreadEvaluations(), 1);
        hp::EvaluationThreadProbe::arm(false);
        (void)hp::ScenarioEngine(demo).evaluate(QStringLiteral("Pivot"));
        QVERIFY(!hp::EvaluationThreadProbe::isArmed());
        QCOMPARE(hp::EvaluationThreadProbe::mainThreadEvaluations(), 1);
    }

    void editsThroughTheWindowNeverEvaluateOnTheGuiThread()
    {
        QTemporaryDir recovery;
        hp::EvaluationThreadProbe::arm(true);
        hp::MainWindow w(recovery.path());
        w.showProject(hp::DemoPortfolio::load());
        w.show();
        w.showPage(hp::MainWindow::Overview);
        // The overview fills from the calculator: every scenario, with figures.
        QTRY_COMPARE_WITH_TIMEOUT(w.overviewModel()->rowCount(), 5, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!overviewCell(w, 0, 1).isEmpty(), 10000);
        const QString statusQuoTotal = overviewCell(w, 0, 1);

        // An edit on another page: the dashboard follows, then the overview when shown again.
        w.showPage(hp::MainWindow::ProvidersPage);
        QTableView *offerings = w.offeringsEditor()->table();
        const QModelIndex price = offerings->model()->index(0, 4);
        const QString oldPrice = price.data(Qt::EditRole).toString();
        QVERIFY(offerings->model()->setData(price, QStringLiteral("99"))); // the editor's commit
        QCOMPARE(price.data(Qt::EditRole).toString(), QStringLiteral("99"));
        w.dashboard()->comparePicker()->setCurrentIndex(1);
        w.showPage(hp::MainWindow::Overview);
        QTRY_VERIFY_WITH_TIMEOUT(overviewCell(w, 0, 1) != statusQuoTotal, 10000);

        // Undo while the overview is shown: it returns to the figures of before.
        QTest::keySequence(&w, QKeySequence::Undo);
        QCOMPARE(price.data(Qt::EditRole).toString(), oldPrice);
        QTRY_COMPARE_WITH_TIMEOUT(overviewCell(w, 0, 1), statusQuoTotal, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!w.calculator()->isBusy(), 10000);

        QCOMPARE(hp::EvaluationThreadProbe::mainThreadEvaluations(), 0);
    }
};

HP_VIEW_TEST(EngineOffGuiThreadTest)
#include "EngineOffGuiThreadTest.moc"
