// The Monte Carlo dialog (issue 7): runs off the GUI thread with progress,
// shows the same figures as a direct run, Cancel keeps nothing.
#include "ViewTestRegistry.h"
#include "dialogs/MonteCarloDialog.h"
#include "document/MonteCarloJob.h"
#include "canonical/DemoPortfolio.h"
#include "main/MoneyFormat.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QTemporaryDir>
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

private Q_SLOTS:
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
        // The litigation share is always said (docs/user-guide.md §7), as the run drew it.
        QVERIFY2(dialog.statusLabel()->text().contains(
                     QStringLiteral("Litigation outcome drawn in %1 % of trials.").arg(direct->litigationShare * 100.0, 0, 'f', 1)),
                 qPrintable(dialog.statusLabel()->text()));
        // Copy: exact figures, tab-separated, A and B; Export CSV: the same table.
        QVERIFY(dialog.copyButton()->isEnabled());
        const QString copied = dialog.exactText();
        QVERIFY2(copied.startsWith(QStringLiteral("Figure\tP10 (USD)\tP50 (USD)\tP90 (USD)\tMean (USD)\n")), qPrintable(copied));
        QVERIFY(copied.contains(QStringLiteral("\nNPV\t%1\t%2\t").arg(direct->npv.p10.toCents(), direct->npv.p50.toCents())));
        QVERIFY(copied.contains(QStringLiteral("\nTotal cost of Status quo\t%1\t").arg(direct->totalAgainst->p10.toCents())));
        QTest::mouseClick(dialog.copyButton(), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), copied);
        QTemporaryDir dir;
        QString error;
        QVERIFY2(dialog.exportCsv(dir.filePath(QStringLiteral("mc.csv")), &error), qPrintable(error));
        QFile csv(dir.filePath(QStringLiteral("mc.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("Figure,P10,P50,P90,Mean\r\n"));
        QVERIFY(bytes.contains(QStringLiteral("NPV of Status quo,%1,").arg(direct->npvAgainst->p10.toCents()).toUtf8()));
        // For the docs: HEDGEPLAN_SCREENSHOT_DIR=docs/screenshots saves how the dialog looks.
        if (const QString shots = qEnvironmentVariable("HEDGEPLAN_SCREENSHOT_DIR"); !shots.isEmpty()) {
            dialog.show();
            QVERIFY(dialog.grab().save(shots + QStringLiteral("/monte-carlo-dialog.png")));
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
        // Typed letters stay in the field (no keystroke is dropped) and are refused with the reason.
        dialog.seedEdit()->clear();
        QTest::keyClicks(dialog.seedEdit(), QStringLiteral("4x2"));
        QCOMPARE(dialog.seedEdit()->text(), QStringLiteral("4x2"));
        QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
        QVERIFY(!dialog.job()->isRunning());
        QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("The seed must be a whole number from 0 to 18446744073709551615")));
    }
};

HP_VIEW_TEST(MonteCarloDialogTest)
#include "MonteCarloDialogTest.moc"
