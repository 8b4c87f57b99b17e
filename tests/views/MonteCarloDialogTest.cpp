// The Monte Carlo dialog (issue 7): runs off the GUI thread with progress,
// shows the same figures as a direct run, Cancel keeps nothing.
#include "dialogs/MonteCarloDialog.h"
#include "document/MonteCarloJob.h"
#include "io/DemoPortfolio.h"
#include "main/MoneyFormat.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

class MonteCarloDialogTest : public QObject {
    Q_OBJECT

private slots:
    void runShowsTheSimulationsFigures()
    {
        const hp::Project demo = hp::DemoPortfolio::load();
        hp::MonteCarloDialog dialog([demo] { return demo; });
        dialog.setScenarios({QStringLiteral("Status quo"), QStringLiteral("Pivot")});
        dialog.scenarioBox()->setCurrentText(QStringLiteral("Pivot"));
        dialog.againstBox()->setCurrentText(QStringLiteral("Status quo"));
        dialog.trialsBox()->setValue(200);
        dialog.seedEdit()->setText(QStringLiteral("42"));
        QSignalSpy ready(&dialog, &hp::MonteCarloDialog::resultReady);
        QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
        QVERIFY(!dialog.runButton()->isEnabled()); // running: Run is off, Cancel is on
        QVERIFY(dialog.cancelButton()->isEnabled());
        QVERIFY(ready.wait(60000));
        QVERIFY(dialog.runButton()->isEnabled());
        const auto direct = hp::MonteCarloSimulation::run(demo, {QStringLiteral("Pivot"), QStringLiteral("Status quo"), 200, 42, 0});
        QVERIFY(direct.has_value());
        QCOMPARE(dialog.table()->rowCount(), 4); // NPV and total of A and of B
        // Compact by default ("$114.02B"), the exact figure in the tooltip; exact on demand.
        QCOMPARE(dialog.table()->item(0, 1)->text(), hp::MoneyFormat::compact(direct->npv.p50));
        QCOMPARE(dialog.table()->item(0, 1)->toolTip(), hp::MoneyFormat::full(direct->npv.p50) + QStringLiteral(" USD"));
        dialog.setMoneyStyle(hp::MoneyStyle::Exact);
        QCOMPARE(dialog.table()->item(0, 1)->text(), hp::MoneyFormat::full(direct->npv.p50));
        QCOMPARE(dialog.table()->item(1, 3)->text(), hp::MoneyFormat::full(direct->total.mean));
        QCOMPARE(dialog.table()->item(2, 0)->text(), hp::MoneyFormat::full(direct->npvAgainst->p10));
        QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("seed 42")));
        QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("Status quo beats Pivot")));
        // For the docs: HEDGEPLAN_SCREENSHOT_DIR=docs/screenshots saves how the dialog looks.
        if (const QString dir = qEnvironmentVariable("HEDGEPLAN_SCREENSHOT_DIR"); !dir.isEmpty()) {
            dialog.show();
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/monte-carlo-dialog.png")));
        }
    }

    void cancelKeepsNothing()
    {
        const hp::Project demo = hp::DemoPortfolio::load();
        hp::MonteCarloDialog dialog([demo] { return demo; });
        dialog.setScenarios({QStringLiteral("Pivot")});
        dialog.trialsBox()->setValue(100'000);
        QSignalSpy cancelled(dialog.job(), &hp::MonteCarloJob::cancelled);
        QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
        QTest::qWait(100);
        QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
        QVERIFY(cancelled.wait(60000));
        QCOMPARE(dialog.table()->rowCount(), 0);
        QVERIFY(dialog.statusLabel()->text().startsWith(QStringLiteral("Cancelled")));
        QVERIFY(dialog.runButton()->isEnabled());
    }

    void aBadSeedIsRefusedBeforeRunning()
    {
        hp::MonteCarloDialog dialog([] { return hp::DemoPortfolio::load(); });
        dialog.setScenarios({QStringLiteral("Pivot")});
        dialog.seedEdit()->setText(QStringLiteral("99999999999999999999")); // above 2^64 − 1
        QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
        QVERIFY(!dialog.job()->isRunning());
        QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("seed")));
    }
};

QTEST_MAIN(MonteCarloDialogTest)
#include "MonteCarloDialogTest.moc"
