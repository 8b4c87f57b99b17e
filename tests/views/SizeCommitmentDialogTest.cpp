// Offscreen test of Analysis ▸ Size commitment… (docs/rules.md §12.2): the
// dialog shows CommitmentSizing's answer (table and chart) computed off the GUI
// thread; Cancel keeps nothing and leaves the project unchanged; a clause
// without tiers or committing 0 today is refused with the command line's
// reason and nothing runs; "Apply this size" is one undo step; the commitment
// form's "Size this commitment…" keeps the form's values and asks for sizing.
#include "ViewTestRegistry.h"
#include "charts/ChartView.h"
#include "dialogs/SizeCommitmentDialog.h"
#include "document/ProjectDocument.h"
#include "itemmodels/ResultTableModel.h"
#include "editors/ClauseFormDialog.h"
#include "optimizer/CommitmentSizing.h"
#include "canonical/DemoPortfolio.h"
#include "report/SizingTables.h"

#include <QChart>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

namespace {

const QString kAlliance = QStringLiteral("b_alliance");

/// The demo's Cloud B alliance: 3, 4, 6, 8, 9, 10, 10 billion a year (Σ 50 B),
/// tiers 20 B → 5 %, 35 B → 8 %, 50 B → 12 %, 75 B → 15 %.
const hp::CommitmentClause &alliance(const hp::Project &p)
{
    return p.contract(kAlliance)->commitments.front();
}

} // namespace

class SizeCommitmentDialogTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aWrongSeedKeepsEveryKeystrokeAndIsRefusedWithItsReason()
    {
        hp::ProjectDocument document;
        document.load(hp::DemoPortfolio::load());
        const hp::Project before = document.project();
        hp::SizeCommitmentDialog dialog(&document);
        dialog.setTarget(QStringLiteral("Pivot"), kAlliance, 1);
        for (const QString &typed : {QStringLiteral("12a"), QStringLiteral("-1"), QStringLiteral("18446744073709551616")}) {
            dialog.seedEdit()->clear();
            QTest::keyClicks(dialog.seedEdit(), typed);
            QCOMPARE(dialog.seedEdit()->text(), typed); // nothing typed is dropped
            QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
            QVERIFY(!dialog.isRunning());
            QVERIFY2(dialog.statusLabel()->text().contains(QStringLiteral("the seed must be a whole number from 0 to 18446744073709551615")),
                     qPrintable(dialog.statusLabel()->text()));
            QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("Nothing was run")));
        }
        QVERIFY(document.project() == before);
    }

    void showsTheEnginesCandidatesTableAndChart()
    {
        hp::ProjectDocument document;
        document.load(hp::DemoPortfolio::load());
        hp::SizeCommitmentDialog dialog(&document);
        dialog.setTarget(QStringLiteral("Pivot"), kAlliance, 1);
        QCOMPARE(dialog.scenarioBox()->currentText(), QStringLiteral("Pivot"));
        QCOMPARE(dialog.contractBox()->currentData().toString(), kAlliance);
        QCOMPARE(dialog.clauseBox()->value(), 1);
        // Only contracts with a commitment clause are offered.
        for (int i = 0; i < dialog.contractBox()->count(); ++i)
            QVERIFY(!document.project().contract(dialog.contractBox()->itemData(i).toString())->commitments.empty());
        dialog.trialsBox()->setValue(50); // Pivot has uncertainty ranges: P90 above the mean
        dialog.seedEdit()->setText(QStringLiteral("3"));
        QSignalSpy finished(&dialog, &hp::SizeCommitmentDialog::finished);
        QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
        QVERIFY(dialog.isRunning());
        QVERIFY(!dialog.runButton()->isEnabled());
        QVERIFY(dialog.cancelButton()->isEnabled());
        QVERIFY(finished.wait(300000));
        QVERIFY(!dialog.isRunning());
        QVERIFY(dialog.result().has_value());

        // The same request straight on the engine gives the same candidates.
        hp::SizingRequest request{QStringLiteral("Pivot"), kAlliance, 1, 50, 3, 0};
        const hp::SizingResult direct = *hp::CommitmentSizing::run(document.project(), request);
        QCOMPARE(dialog.result()->candidates.size(), direct.candidates.size());
        for (std::size_t i = 0; i < direct.candidates.size(); ++i)
            QVERIFY(dialog.result()->candidates[i] == direct.candidates[i]);
        QCOMPARE(dialog.result()->best, direct.best);
        // 0 %, 5 %, … 200 % of 50 B; the tiers 20, 35, 50 and 75 B are among the steps: 41 rows.
        QCOMPARE(dialog.tableModel()->rowCount(), 41);
        QCOMPARE(dialog.tableModel()->columnCount(), 6);
        const int best = int(direct.best);
        QCOMPARE(dialog.tableModel()->index(best, hp::SizingTables::kBestColumn).data().toString(), QStringLiteral("best"));
        QCOMPARE(dialog.tableView()->selectionModel()->selectedRows().front().row(), best);
        QCOMPARE(dialog.tableModel()->index(best, 2).data(Qt::ToolTipRole).toString(),
                 hp::MoneyFormat::exactWithCurrency(direct.candidates[direct.best].expectedTotal, QStringLiteral("USD")));
        // Today's 50 B at index 20 earns the 12 % tier.
        QCOMPARE(dialog.tableModel()->index(20, 0).data(Qt::ToolTipRole).toString(),
                 hp::MoneyFormat::exactWithCurrency(hp::Decimal::fromInt(50'000'000'000), QStringLiteral("USD")));
        QCOMPARE(dialog.tableModel()->index(20, 1).data().toString(), QStringLiteral("12.0 %"));
        // The chart: expected and P90 lines over the 41 sizes, 4 tiers and the best marked.
        QVERIFY(dialog.chartView()->chart() != nullptr);
        QVERIFY(dialog.chartView()->chart()->series().count() >= 2 + 5);
        QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("Best")));
        QVERIFY(dialog.applyButton()->isEnabled());
        QCOMPARE(document.undoStack()->count(), 0); // running changes nothing

        // For the docs: HEDGEPLAN_SCREENSHOT_DIR=docs/screenshots saves how the dialog looks.
        if (const QString dir = qEnvironmentVariable("HEDGEPLAN_SCREENSHOT_DIR"); !dir.isEmpty()) {
            dialog.show();
            QTest::qWait(300);
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/size-commitment-dialog.png")));
        }
    }

    void applyThisSizeIsOneUndoStep()
    {
        hp::ProjectDocument document;
        document.load(hp::DemoPortfolio::load());
        const hp::Project before = document.project();
        hp::SizeCommitmentDialog dialog(&document);
        dialog.setTarget(QStringLiteral("Status quo"), kAlliance, 1);
        dialog.trialsBox()->setValue(1);
        QSignalSpy finished(&dialog, &hp::SizeCommitmentDialog::finished);
        QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
        QVERIFY(finished.wait(300000));
        // Row 14 = 70 % of 50 B = 35 B, the 8 % tier: every year × 0.7, in cents.
        const hp::SizingCandidate &c = dialog.result()->candidates[14];
        QCOMPARE(c.total, hp::Decimal::fromInt(35'000'000'000));
        QVERIFY(dialog.applyRow(14));
        QCOMPARE(document.undoStack()->count(), 1);
        const std::vector<hp::Decimal> expected{hp::Decimal::fromInt(2'100'000'000), hp::Decimal::fromInt(2'800'000'000),
                                                hp::Decimal::fromInt(4'200'000'000), hp::Decimal::fromInt(5'600'000'000),
                                                hp::Decimal::fromInt(6'300'000'000), hp::Decimal::fromInt(7'000'000'000),
                                                hp::Decimal::fromInt(7'000'000'000)};
        QVERIFY(alliance(document.project()).yearAmounts == expected);
        QCOMPARE(alliance(document.project()).effectiveDiscountPct(), hp::Decimal::fromInt(8));
        QVERIFY(document.undoStack()->text(0).contains(QStringLiteral("Size commitment clause 1 of b_alliance")));
        document.undoStack()->undo();
        QVERIFY(document.project() == before);
        document.undoStack()->redo();
        QVERIFY(alliance(document.project()).yearAmounts == expected);
        // Edited behind the dialog's back: the run no longer describes the clause; nothing changes.
        document.undoStack()->undo();
        QVERIFY(!dialog.applyRow(20));
        QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("changed since the sizing ran")));
        QVERIFY(document.project() == before);
    }

    void cancelKeepsNothingAndLeavesTheProjectUnchanged()
    {
        hp::ProjectDocument document;
        document.load(hp::DemoPortfolio::load());
        const hp::Project before = document.project();
        hp::SizeCommitmentDialog dialog(&document);
        dialog.setTarget(QStringLiteral("Pivot"), kAlliance, 1);
        dialog.trialsBox()->setValue(1'000'000); // far longer than the test waits
        QSignalSpy finished(&dialog, &hp::SizeCommitmentDialog::finished);
        QSignalSpy cancelled(dialog.job(), &hp::SizingJob::cancelled);
        QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
        QVERIFY(dialog.isRunning());
        QTest::qWait(100);
        QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
        QVERIFY(finished.wait(120000));
        QCOMPARE(cancelled.count(), 1);
        QVERIFY(!dialog.isRunning());
        QVERIFY(!dialog.result().has_value());
        QCOMPARE(dialog.tableModel()->rowCount(), 0);
        QVERIFY(!dialog.applyButton()->isEnabled());
        QVERIFY(dialog.runButton()->isEnabled());
        QCOMPARE(dialog.statusLabel()->text(), QStringLiteral("Cancelled: no result was kept and the project is unchanged."));
        QCOMPARE(document.undoStack()->count(), 0);
        QVERIFY(document.project() == before);
    }

    void aClauseWithoutTiersOrCommittingNothingIsRefusedUnrun()
    {
        hp::Project project = hp::DemoPortfolio::load();
        // c_reservation gets tiers but commits 0 today; b_edp keeps no tiers.
        hp::CommitmentClause &reservation = project.contracts[std::size_t(std::find_if(project.contracts.begin(), project.contracts.end(), [](const hp::Contract &c) {
                                                                                 return c.id == QStringLiteral("c_reservation");
                                                                             }) - project.contracts.begin())]
                                                .commitments.front();
        reservation.tiers = {{hp::Decimal::fromInt(100), hp::Decimal::fromInt(5)}};
        for (hp::Decimal &a : reservation.yearAmounts)
            a = hp::Decimal();
        hp::ProjectDocument document;
        document.load(project);
        hp::SizeCommitmentDialog dialog(&document);
        QSignalSpy finished(&dialog, &hp::SizeCommitmentDialog::finished);
        QSignalSpy progress(dialog.job(), &hp::SizingJob::progress);
        for (const QString &id : {QStringLiteral("b_edp"), QStringLiteral("c_reservation")}) {
            dialog.setTarget(QStringLiteral("Status quo"), id, 1);
            const hp::SizingRequest request{QStringLiteral("Status quo"), id, 1, dialog.trialsBox()->value(), 0, 0};
            const QString why = hp::CommitmentSizing::refusal(document.project(), request);
            QVERIFY(!why.isEmpty());
            // Said as soon as the clause is chosen, and again on Run, which runs nothing.
            QCOMPARE(dialog.statusLabel()->text(), QStringLiteral("Cannot size this: %1.").arg(why));
            QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
            QVERIFY(!dialog.isRunning());
            QCOMPARE(dialog.statusLabel()->text(), QStringLiteral("Refused: %1. Nothing was run.").arg(why));
        }
        QVERIFY(hp::CommitmentSizing::refusal(document.project(), {QStringLiteral("Status quo"), QStringLiteral("b_edp"), 1, 1, 0, 0})
                    .contains(QStringLiteral("nothing to trade")));
        QVERIFY(hp::CommitmentSizing::refusal(document.project(), {QStringLiteral("Status quo"), QStringLiteral("c_reservation"), 1, 1, 0, 0})
                    .contains(QStringLiteral("commits 0 today")));
        QTest::qWait(50);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(progress.count(), 0);
        QVERIFY(!dialog.result().has_value());
        QCOMPARE(document.undoStack()->count(), 0);
        QVERIFY(document.project() == project);
    }

    void theCommitmentFormOffersSizingAndKeepsItsValues()
    {
        const hp::Project demo = hp::DemoPortfolio::load();
        hp::ClauseFormDialog form(hp::Clause(alliance(demo)));
        form.offerSizing();
        QVERIFY(form.sizeButton() != nullptr);
        QCOMPARE(form.sizeButton()->text(), QStringLiteral("Si&ze this commitment…"));
        if (const QString dir = qEnvironmentVariable("HEDGEPLAN_SCREENSHOT_DIR"); !dir.isEmpty()) {
            form.show();
            QTest::qWait(200);
            QVERIFY(form.grab().save(dir + QStringLiteral("/commitment-form-size.png")));
            form.hide();
        }
        QTimer::singleShot(0, &form, [&form] { QTest::mouseClick(form.sizeButton(), Qt::LeftButton); });
        QCOMPARE(form.exec(), hp::ClauseFormDialog::SizeRequested);
        QVERIFY(std::get<hp::CommitmentClause>(form.clause()).yearAmounts == alliance(demo).yearAmounts);

        // Other clauses have nothing to size.
        hp::ClauseFormDialog other(hp::Clause(hp::ExclusivityClause{}));
        other.offerSizing();
        QVERIFY(other.sizeButton() == nullptr);
    }
};

HP_VIEW_TEST(SizeCommitmentDialogTest)
#include "SizeCommitmentDialogTest.moc"
