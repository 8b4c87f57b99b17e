// The Analysis menu's dialogs (issue #19): Sensitivity shows the engine's
// tornado as a chart and a table, off the GUI thread; a scenario without
// ranges says so and how to add them; Copy gives the exact figures.
// Optimize shows PlacementOptimizer::run's answer, off the GUI thread, with
// Cancel; "Save as scenario" is one undo step; bad input is refused unrun.
#include "ViewTestRegistry.h"
#include "charts/ChartView.h"
#include "dialogs/OptimizeDialog.h"
#include "dialogs/OptimizeRequestForm.h"
#include "dialogs/SensitivityDialog.h"
#include "document/ProjectDocument.h"
#include "itemmodels/ResultTableModel.h"
#include "optimizer/PlacementOptimizer.h"
#include "analysis/SensitivityAnalysis.h"
#include "canonical/DemoPortfolio.h"
#include "money/MoneyFormat.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QUndoStack>
#include <QSignalSpy>
#include <QtTest>

namespace {

/// The request the tests give the optimize dialog: the base "Status quo", the
/// training workload only, step 25, NPV.
hp::OptimizerRequest trainingAtStep25()
{
    hp::OptimizerRequest r;
    r.scenario = QStringLiteral("Status quo");
    r.workloads = {QStringLiteral("training")};
    r.stepPct = hp::Decimal::fromInt(25);
    r.objective = hp::OptimizerObjective::Npv;
    return r;
}

void fillForm(hp::OptimizeDialog &dialog, const hp::OptimizerRequest &r)
{
    hp::OptimizeRequestForm *form = dialog.form();
    form->baseBox()->setCurrentText(r.scenario);
    form->setChosenWorkloads(r.workloads);
    form->stepEdit()->setText(r.stepPct.toString());
    form->objectiveBox()->setCurrentIndex(form->objectiveBox()->findData(int(r.objective)));
    form->minProvidersEdit()->setText(r.limits.minProviders ? QString::number(*r.limits.minProviders) : QString());
}

/// The dialog's tables are the direct run's answer, cell by cell.
void compareWithEngine(const hp::OptimizeDialog &dialog, const hp::OptimizerResult &direct)
{
    QVERIFY(dialog.result().has_value());
    const hp::OptimizerResult &shown = *dialog.result();
    QCOMPARE(int(shown.status), int(direct.status));
    QCOMPARE(*shown.value, *direct.value);
    QCOMPARE(shown.evaluations, direct.evaluations);
    QCOMPARE(shown.plan, direct.plan);
    hp::ResultTableModel *shares = dialog.sharesModel();
    int row = 0;
    for (const hp::Placement &p : direct.plan) {
        for (const hp::Allocation &a : p.allocations) {
            QCOMPARE(shares->index(row, 0).data().toString(), p.workloadId);
            QCOMPARE(shares->index(row, 1).data().toString(), p.from.toString());
            QCOMPARE(shares->index(row, 2).data().toString(), a.offeringId);
            QCOMPARE(shares->index(row, 3).data().toString(), QStringLiteral("%1 %").arg(QLocale().toString(a.sharePct.toDouble(), 'f', 1)));
            ++row;
        }
    }
    QCOMPARE(shares->rowCount(), row);
    hp::ResultTableModel *figures = dialog.figuresModel();
    QCOMPARE(figures->rowCount(), 5);
    const hp::Decimal planRows[] = {*direct.value, direct.totals->total, direct.totals->npv, direct.totals->expectedExposure,
                                    direct.totals->riskAdjustedTotal};
    const hp::Decimal baseRows[] = {direct.baseObjective, direct.baseTotals.total, direct.baseTotals.npv, direct.baseTotals.expectedExposure,
                                    direct.baseTotals.riskAdjustedTotal};
    for (int k = 0; k < 5; ++k) {
        QCOMPARE(figures->index(k, 1).data(Qt::ToolTipRole).toString(), hp::MoneyFormat::exactWithCurrency(baseRows[k], QStringLiteral("USD")));
        QCOMPARE(figures->index(k, 2).data(Qt::ToolTipRole).toString(), hp::MoneyFormat::exactWithCurrency(planRows[k], QStringLiteral("USD")));
        QCOMPARE(figures->index(k, 3).data(Qt::ToolTipRole).toString(),
                 hp::MoneyFormat::exactWithCurrency(planRows[k] - baseRows[k], QStringLiteral("USD")));
    }
    hp::ResultTableModel *constraints = dialog.constraintsModel();
    QCOMPARE(constraints->rowCount(), int(direct.constraints.size()));
    for (int k = 0; k < constraints->rowCount(); ++k) {
        const hp::ConstraintReport &c = direct.constraints[std::size_t(k)];
        QCOMPARE(constraints->index(k, 4).data().toString(), c.met ? QStringLiteral("yes") : QStringLiteral("no"));
        QCOMPARE(constraints->index(k, 5).data().toString(), c.binding ? QStringLiteral("yes") : QStringLiteral("no"));
    }
}

} // namespace

class AnalysisDialogsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
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

    void optimizeShowsTheOptimizersAnswer()
    {
        hp::ProjectDocument document;
        document.load(hp::DemoPortfolio::load());
        hp::OptimizeDialog dialog(&document);
        dialog.setBase(QStringLiteral("Status quo"));
        QCOMPARE(dialog.form()->baseBox()->currentText(), QStringLiteral("Status quo"));
        // By default every workload the base places at the plan's first month.
        QCOMPARE(dialog.form()->chosenWorkloads().size(), int(document.project().workloads.size()));
        const hp::OptimizerRequest request = trainingAtStep25();
        fillForm(dialog, request);
        QSignalSpy finished(&dialog, &hp::OptimizeDialog::finished);
        QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
        QVERIFY(dialog.isRunning() || finished.count() == 1);
        QVERIFY(finished.count() == 1 || finished.wait(120000));
        const hp::OptimizerResult direct = hp::PlacementOptimizer::run(document.project(), request);
        QCOMPARE(int(direct.status), int(hp::OptimizerStatus::Optimal));
        qInfo("demo: Status quo, training, step 25, NPV: %s, NPV %s, %d evaluations, %.2f s", direct.status == hp::OptimizerStatus::Optimal ? "optimal" : "not optimal",
              qPrintable(direct.value->toCents()), direct.evaluations, direct.seconds);
        compareWithEngine(dialog, direct);
        QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("Optimal")));
        QVERIFY(dialog.statusLabel()->text().contains(hp::MoneyFormat::exactWithCurrency(*direct.value, QStringLiteral("USD"))));
        QVERIFY(dialog.progressLabel()->text().contains(QString::number(direct.evaluations)));
        QVERIFY(dialog.saveButton()->isEnabled());
        QCOMPARE(document.undoStack()->count(), 0); // a run changes nothing

        // With a constraint: at least two providers for training from the plan's first month.
        hp::OptimizerRequest spread = request;
        spread.limits.minProviders = 2;
        fillForm(dialog, spread);
        QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
        QVERIFY(finished.wait(120000));
        const hp::OptimizerResult constrained = hp::PlacementOptimizer::run(document.project(), spread);
        compareWithEngine(dialog, constrained);
        QCOMPARE(dialog.constraintsModel()->rowCount(), 1);
        QCOMPARE(dialog.constraintsModel()->index(0, 0).data().toString(), QStringLiteral("Min. providers"));
        // For the docs: HEDGEPLAN_SCREENSHOT_DIR=docs/screenshots saves how the dialog looks.
        if (const QString dir = qEnvironmentVariable("HEDGEPLAN_SCREENSHOT_DIR"); !dir.isEmpty()) {
            dialog.show();
            QTest::qWait(200);
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/optimize-dialog.png")));
        }
    }

    void optimizeSavesThePlanAsOneUndoStep()
    {
        hp::ProjectDocument document;
        document.load(hp::DemoPortfolio::load());
        const hp::Project before = document.project();
        hp::OptimizeDialog dialog(&document);
        dialog.setBase(QStringLiteral("Status quo"));
        fillForm(dialog, trainingAtStep25());
        QSignalSpy finished(&dialog, &hp::OptimizeDialog::finished);
        QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
        QVERIFY(finished.wait(120000));
        QCOMPARE(dialog.freshName(), QStringLiteral("Status quo optimized"));
        QString offered;
        dialog.setNameChooser([&offered](const QString &suggestion) -> std::optional<QString> {
            offered = suggestion;
            return QStringLiteral("Training optimized");
        });
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QCOMPARE(offered, QStringLiteral("Status quo optimized"));
        QCOMPARE(document.project().scenarios.size(), before.scenarios.size() + 1);
        QCOMPARE(document.undoStack()->count(), 1);
        const hp::Scenario *saved = document.project().scenario(QStringLiteral("Training optimized"));
        QVERIFY(saved);
        QCOMPARE(saved->parent, QStringLiteral("Status quo"));
        const hp::OptimizerResult direct = hp::PlacementOptimizer::run(before, trainingAtStep25());
        QCOMPARE(saved->placements, direct.planScenario.placements);
        // The same name again is refused, and nothing is pushed.
        QVERIFY(!dialog.saveAs(QStringLiteral("Training optimized")));
        QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("already exists")));
        QCOMPARE(document.undoStack()->count(), 1);
        document.undoStack()->undo();
        QVERIFY(document.project() == before);
    }

    void cancellingARunLeavesTheProjectUnchanged()
    {
        hp::ProjectDocument document;
        document.load(hp::DemoPortfolio::load());
        const hp::Project before = document.project();
        hp::OptimizeDialog dialog(&document);
        dialog.setBase(QStringLiteral("Status quo"));
        dialog.form()->stepEdit()->setText(QStringLiteral("1")); // every workload at 1 point: a long search
        // The demo's base rations H200 inference: without this `capacity` can end the search early (infeasible).
        dialog.form()->allowUnservedBox()->setChecked(true);
        QSignalSpy finished(&dialog, &hp::OptimizeDialog::finished);
        QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
        QVERIFY(dialog.isRunning());
        QVERIFY(dialog.cancelButton()->isEnabled());
        QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
        QVERIFY(finished.wait(120000));
        QVERIFY(dialog.result().has_value());
        QVERIFY(dialog.result()->cancelled);
        QVERIFY(dialog.result()->status != hp::OptimizerStatus::Optimal);
        QVERIFY2(dialog.statusLabel()->text().contains(QStringLiteral("cancelled")), qPrintable(dialog.statusLabel()->text()));
        QCOMPARE(document.undoStack()->count(), 0);
        QVERIFY(document.project() == before);
    }

    void badInputIsRefusedWithItsReasonAndNothingRuns()
    {
        hp::ProjectDocument document;
        document.load(hp::DemoPortfolio::load());
        hp::OptimizeDialog dialog(&document);
        dialog.setBase(QStringLiteral("Status quo"));
        QSignalSpy finished(&dialog, &hp::OptimizeDialog::finished);
        dialog.form()->stepEdit()->setText(QStringLiteral("7"));
        QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
        QVERIFY(!dialog.isRunning());
        QCOMPARE(dialog.statusLabel()->text(),
                 QStringLiteral("Refused: Step must divide 100 and be at least 0.01 (got 7). Nothing was run."));
        dialog.form()->stepEdit()->setText(QStringLiteral("5"));
        dialog.form()->maxExpectedExposureEdit()->setText(QStringLiteral("-1"));
        QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
        QVERIFY(!dialog.isRunning());
        QCOMPARE(dialog.statusLabel()->text(), QStringLiteral("Refused: Max. expected exposure must not be negative (got -1). Nothing was run."));
        dialog.form()->maxExpectedExposureEdit()->setText(QStringLiteral("lots"));
        QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
        QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("Max. expected exposure takes a number (got 'lots')")));
        QTest::qWait(50);
        QCOMPARE(finished.count(), 0);
        QVERIFY(!dialog.result().has_value());
        QVERIFY(!dialog.saveButton()->isEnabled());
    }
};

HP_VIEW_TEST(AnalysisDialogsTest)
#include "AnalysisDialogsTest.moc"
