// Analysis → Goal seek… (issue #19): the dialog's answer is the engine's goal
// seek for the same move; "Apply as scenario" is one undo step; bad input is
// refused with its reason before anything runs.
#include "ViewTestRegistry.h"
#include "dialogs/GoalSeekDialog.h"
#include "document/ProjectDocument.h"
#include "analysis/GoalSeek.h"
#include "engine/ScenarioEngine.h"
#include "canonical/DemoPortfolio.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

class GoalSeekDialogTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void seeksTheSmallestShareWithoutShortfallAndAppliesItAsOneStep()
    {
        hp::ProjectDocument doc;
        doc.load(hp::DemoPortfolio::load());
        hp::GoalSeekDialog dialog(&doc);
        dialog.refresh(QStringLiteral("Pivot"));
        QCOMPARE(dialog.scenarioBox()->currentText(), QStringLiteral("Pivot"));
        QCOMPARE(dialog.fromEdit()->text(), QStringLiteral("2026-02")); // the horizon's second month
        dialog.workloadBox()->setCurrentText(QStringLiteral("chat_api"));
        dialog.targetBox()->setCurrentText(QStringLiteral("b_trn2_inf"));
        dialog.contractBox()->setCurrentText(QStringLiteral("b_alliance"));
        QSignalSpy finished(&dialog, &hp::GoalSeekDialog::finished);
        QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
        QVERIFY(finished.wait(60000));

        const hp::ShareMove move{QStringLiteral("Pivot"), QStringLiteral("chat_api"), hp::YearMonth(2026, 2), QStringLiteral("b_trn2_inf")};
        const hp::GoalSeekResult direct = hp::GoalSeek::smallestShareWithoutShortfall(doc.project(), move, QStringLiteral("b_alliance"));
        QVERIFY(dialog.result().has_value());
        QCOMPARE(dialog.result()->reachable, direct.reachable);
        QCOMPARE(dialog.result()->sharePct, direct.sharePct);
        QCOMPARE(dialog.result()->figure, direct.figure);
        QVERIFY2(direct.reachable, qPrintable(direct.message)); // the demo's alliance commitment can be met by moving chat
        QVERIFY2(dialog.resultLabel()->text().contains(QStringLiteral("Move %1 % of chat_api to b_trn2_inf from 2026-02").arg(direct.sharePct.toString())),
                 qPrintable(dialog.resultLabel()->text()));

        // For the docs: HEDGEPLAN_SCREENSHOT_DIR=docs/screenshots saves how the dialog looks.
        if (const QString dir = qEnvironmentVariable("HEDGEPLAN_SCREENSHOT_DIR"); !dir.isEmpty()) {
            dialog.show();
            QTest::qWait(100);
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/goal-seek-dialog.png")));
        }
        // Apply: one new child scenario, in one undo step, that meets the goal.
        const hp::Project before = doc.project();
        const int steps = doc.undoStack()->count();
        QVERIFY(dialog.applyButton()->isEnabled());
        QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
        QCOMPARE(doc.undoStack()->count(), steps + 1);
        QCOMPARE(doc.project().scenarios.size(), before.scenarios.size() + 1);
        const hp::Scenario &child = doc.project().scenarios.back();
        QCOMPARE(child.name, QStringLiteral("Pivot, goal seek"));
        QCOMPARE(child.parent, QStringLiteral("Pivot"));
        const hp::EngineResult r = hp::ScenarioEngine(doc.project()).evaluate(child.name);
        for (const hp::ProviderResult &p : r.providers)
            for (const hp::CommitmentYearResult &y : p.commitments)
                if (y.contractId == QStringLiteral("b_alliance")) {
                    QVERIFY(y.shortfall.isZero());
                    QVERIFY(y.projectedShortfall.isZero());
                }
        doc.undoStack()->undo();
        QCOMPARE(doc.project(), before);
    }

    void badInputIsRefusedBeforeAnythingRuns()
    {
        hp::ProjectDocument doc;
        doc.load(hp::DemoPortfolio::load());
        hp::GoalSeekDialog dialog(&doc);
        dialog.refresh(QStringLiteral("Pivot"));
        dialog.fromEdit()->setText(QStringLiteral("2026-13"));
        QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
        QVERIFY(dialog.resultLabel()->text().startsWith(QStringLiteral("From month: not a month")));
        QVERIFY(!dialog.result().has_value());
        dialog.fromEdit()->setText(QStringLiteral("2026-02"));
        dialog.exposureGoal()->setChecked(true);
        dialog.limitEdit()->setText(QStringLiteral("-5"));
        QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
        QCOMPARE(dialog.resultLabel()->text(), QStringLiteral("Exposure limit: must not be negative"));
        QVERIFY(!dialog.applyButton()->isEnabled());
        QCOMPARE(doc.project(), hp::DemoPortfolio::load());
    }

    void aMonthOutsideTheHorizonIsRefused()
    {
        hp::ProjectDocument doc;
        doc.load(hp::DemoPortfolio::load());
        hp::GoalSeekDialog dialog(&doc);
        dialog.refresh(QStringLiteral("Status quo"));
        dialog.fromEdit()->setText(QStringLiteral("2040-01"));
        dialog.exposureGoal()->setChecked(true);
        dialog.limitEdit()->setText(QStringLiteral("1000"));
        QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
        QCOMPARE(dialog.resultLabel()->text(),
                 QStringLiteral("From month: 2040-01 is outside the horizon of Status quo (2026-01 to 2030-12)"));
        QVERIFY(!dialog.result().has_value());
    }
};

HP_VIEW_TEST(GoalSeekDialogTest)
#include "GoalSeekDialogTest.moc"
