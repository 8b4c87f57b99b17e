// The Analysis menu's dialogs (issue #19): Sensitivity shows the engine's
// tornado as a chart and a table, off the GUI thread; a scenario without
// ranges says so and how to add them; Copy gives the exact figures.
#include "charts/ChartView.h"
#include "dialogs/SensitivityDialog.h"
#include "document/ResultTableModel.h"
#include "engine/SensitivityAnalysis.h"
#include "io/DemoPortfolio.h"
#include "money/MoneyFormat.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

class AnalysisDialogsTest : public QObject {
    Q_OBJECT

private slots:
    void sensitivityShowsTheTornadoOfTheEngine()
    {
        const hp::Project demo = hp::DemoPortfolio::load();
        hp::SensitivityDialog dialog([demo] { return demo; });
        dialog.setScenarios({QStringLiteral("Status quo"), QStringLiteral("Pivot")}, QStringLiteral("Pivot"));
        QCOMPARE(dialog.scenarioBox()->currentText(), QStringLiteral("Pivot"));
        QSignalSpy finished(&dialog, &hp::SensitivityDialog::finished);
        QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        const hp::SensitivityResult direct = hp::SensitivityAnalysis::run(demo, QStringLiteral("Pivot"));
        QVERIFY(direct.bars.size() >= 5); // the demo's six Pivot ranges, bernoulli-free ones at least
        hp::ResultTableModel *model = dialog.tableModel();
        QCOMPARE(model->rowCount(), int(direct.bars.size()));
        QCOMPARE(model->headerData(6, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Swing (USD)"));
        // Largest swing first, compact on screen, exact in the tooltip and on copy.
        QCOMPARE(model->index(0, 0).data().toString(), hp::toString(direct.bars.front().range.input));
        QCOMPARE(model->index(0, 6).data().toString(), hp::MoneyFormat::compact(direct.bars.front().swing));
        QCOMPARE(model->index(0, 6).data(Qt::ToolTipRole).toString(), hp::MoneyFormat::full(direct.bars.front().swing) + QStringLiteral(" USD"));
        dialog.setMoneyStyle(hp::MoneyStyle::Exact);
        QCOMPARE(model->index(0, 4).data().toString(), hp::MoneyFormat::full(direct.bars.front().npvLow));
        QCOMPARE(dialog.chart()->chartData().categories.size(), int(direct.bars.size()));
        QVERIFY(dialog.statusLabel()->text().contains(hp::MoneyFormat::full(direct.baseNpv)));
        QVERIFY(dialog.copyButton()->isEnabled());
        QTest::mouseClick(dialog.copyButton(), Qt::LeftButton);
        const QString copied = QApplication::clipboard()->text();
        QVERIFY(copied.startsWith(QStringLiteral("Input\tTarget\tLow value\tHigh value\tNPV at low (USD)\tNPV at high (USD)\tSwing (USD)\n")));
        QVERIFY(copied.contains(QStringLiteral("\t%1\n").arg(direct.bars.front().swing.toCents())));
        // For the docs: HEDGEPLAN_SCREENSHOT_DIR=docs/screenshots saves how the dialog looks.
        if (const QString dir = qEnvironmentVariable("HEDGEPLAN_SCREENSHOT_DIR"); !dir.isEmpty()) {
            dialog.setMoneyStyle(hp::MoneyStyle::Compact);
            dialog.show();
            QTest::qWait(200);
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/sensitivity-dialog.png")));
        }
    }

    void aScenarioWithoutRangesSaysHowToAddThem()
    {
        const hp::Project demo = hp::DemoPortfolio::load();
        hp::SensitivityDialog dialog([demo] { return demo; });
        dialog.setScenarios({QStringLiteral("Status quo")});
        QSignalSpy finished(&dialog, &hp::SensitivityDialog::finished);
        QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QCOMPARE(dialog.tableModel()->rowCount(), 0);
        QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("has no uncertainty ranges")));
        QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("Scenarios page")));
        QVERIFY(!dialog.copyButton()->isEnabled());
    }

    void anUnknownScenarioIsReportedNotThrown()
    {
        hp::SensitivityDialog dialog([] { return hp::DemoPortfolio::load(); });
        dialog.setScenarios({QStringLiteral("Gone")});
        QSignalSpy finished(&dialog, &hp::SensitivityDialog::finished);
        QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QVERIFY2(dialog.statusLabel()->text().startsWith(QStringLiteral("Could not run: ")), qPrintable(dialog.statusLabel()->text()));
        QVERIFY(dialog.runButton()->isEnabled());
    }
};

QTEST_MAIN(AnalysisDialogsTest)
#include "AnalysisDialogsTest.moc"
