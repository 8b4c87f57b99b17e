// Edits through the widgets reach the document as undo commands; the title
// shows unsaved changes; a save and an open round-trip through ProjectSession.
#include "ViewTestRegistry.h"
#include "document/ReplaceProjectCommand.h"
#include "itemmodels/DashboardModel.h"
#include "document/ProjectDocument.h"
#include "document/ResultsCalculator.h"
#include "editors/EntityTableEditor.h"
#include "editors/ScenarioEditor.h"
#include "canonical/DemoPortfolio.h"
#include "main/DashboardWidget.h"
#include "main/FileController.h"
#include "main/MainWindow.h"
#include "main/ProjectSession.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUndoView>
#include <QtTest>

namespace {

/// One provider, one offering at 2.00, 100 units a month for 12 months: 2,400.00.
hp::Project tinyProject()
{
    hp::Project p;
    p.title = QStringLiteral("Tiny");
    p.providers.push_back({QStringLiteral("cloud"), QStringLiteral("Cloud"), hp::ProviderKind::Cloud, {}, false});
    hp::Offering o;
    o.id = QStringLiteral("gpu");
    o.providerId = QStringLiteral("cloud");
    o.name = QStringLiteral("GPU");
    o.unit = QStringLiteral("1M tokens");
    o.unitPrice = hp::Decimal::fromString(u"2");
    p.offerings.push_back(o);
    hp::Workload w;
    w.id = QStringLiteral("chat");
    w.name = QStringLiteral("Chat");
    w.unit = o.unit;
    w.monthlyUnits = hp::Decimal::fromInt(100);
    p.workloads.push_back(w);
    hp::Scenario s;
    s.name = QStringLiteral("Base");
    s.start = hp::YearMonth(2026, 1);
    s.months = 12;
    s.discountRatePct = hp::Decimal();
    s.placements.push_back({QStringLiteral("chat"), hp::YearMonth(2026, 1), {{QStringLiteral("gpu"), hp::Decimal::hundred()}}, 0});
    p.scenarios.push_back(s);
    return p;
}

QString dashboardTotal(hp::MainWindow &w)
{
    // The exact figure (the cell itself is compact by default: "$2.4K").
    return w.dashboard()->model()->index(0, hp::DashboardModel::Primary).data(Qt::ToolTipRole).toString();
}

/// Types `text` into the cell's editor (the delegate's line edit) and commits it with Enter.
void typeIntoCell(QTableView *table, const QModelIndex &index, const QString &text)
{
    table->setCurrentIndex(index);
    table->edit(index);
    auto *editor = table->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits on Return through a queued call.
    QTRY_COMPARE(table->model()->data(index, Qt::EditRole).toString(), text);
}

} // namespace

class MainWindowEditingTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("HedgeplanTest"));
        QCoreApplication::setApplicationName(QStringLiteral("HedgeplanGuiTest"));
        QSettings().clear();
    }

    void priceEditedInTheTableChangesTheDashboardAndUndoRestoresIt()
    {
        QTemporaryDir recovery;
        hp::MainWindow w(recovery.path());
        w.session()->newProject(tinyProject());
        w.show();
        QSignalSpy ready(w.calculator(), &hp::ResultsCalculator::resultsReady);
        QVERIFY(ready.wait(10000));
        QCOMPARE(dashboardTotal(w), QStringLiteral("2,400.00 USD"));
        QVERIFY(!w.isWindowModified());

        w.showPage(hp::MainWindow::ProvidersPage);
        QTableView *offerings = w.offeringsEditor()->table();
        typeIntoCell(offerings, offerings->model()->index(0, 4), QStringLiteral("2.5"));
        QCOMPARE(w.document()->project().offerings[0].unitPrice, hp::Decimal::fromString(u"2.5"));
        QCOMPARE(w.document()->undoStack()->count(), 1);
        QVERIFY(w.isWindowModified());
        QVERIFY(w.windowTitle().contains(QStringLiteral("[*]")));
        // 12 × 100 × 2.50
        QTRY_COMPARE_WITH_TIMEOUT(dashboardTotal(w), QStringLiteral("3,000.00 USD"), 10000);
        QCOMPARE(w.undoView()->stack(), w.document()->undoStack());

        QTest::keySequence(&w, QKeySequence::Undo);
        QCOMPARE(w.document()->project().offerings[0].unitPrice, hp::Decimal::fromInt(2));
        QVERIFY(!w.isWindowModified());
        QTRY_COMPARE_WITH_TIMEOUT(dashboardTotal(w), QStringLiteral("2,400.00 USD"), 10000);
    }

    void childScenarioOverrideThroughTheTreeIsOneUndoStep()
    {
        QTemporaryDir recovery;
        hp::MainWindow w(recovery.path());
        w.session()->newProject(hp::DemoPortfolio::load());
        w.showPage(hp::MainWindow::ScenariosPage);
        QTreeView *tree = w.scenarioEditor()->tree();
        QCOMPARE(tree->model()->rowCount(), 1);
        const QModelIndex pivotMonths = tree->model()->index(0, 2, tree->model()->index(0, 0));
        QVERIFY(tree->model()->setData(pivotMonths, QStringLiteral("36")));
        QCOMPARE(*w.document()->project().scenario(QStringLiteral("Pivot"))->months, 36);
        w.document()->undoStack()->undo();
        QVERIFY(!w.document()->project().scenario(QStringLiteral("Pivot"))->months.has_value());
    }

    void saveAndOpenRoundTripThroughTheSession()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tiny.hedgeplan"));
        {
            hp::MainWindow w(dir.filePath(QStringLiteral("recovery")));
            w.session()->newProject(tinyProject());
            QTableView *workloads = w.workloadsEditor()->table();
            QVERIFY(workloads->model()->setData(workloads->model()->index(0, 4), QStringLiteral("250")));
            QVERIFY(w.isWindowModified());
            QVERIFY(w.files()->saveAsPath(path));
            QVERIFY(!w.isWindowModified());
            QVERIFY(w.windowTitle().contains(QStringLiteral("tiny.hedgeplan")));
            QCOMPARE(w.session()->recentFiles().value(0), path);
        }
        hp::MainWindow reopened(dir.filePath(QStringLiteral("recovery")));
        QVERIFY(reopened.files()->openPath(path));
        hp::Project expected = tinyProject();
        expected.workloads[0].monthlyUnits = hp::Decimal::fromInt(250);
        QCOMPARE(reopened.document()->project().workloads, expected.workloads);
        QCOMPARE(reopened.document()->project().scenarios, expected.scenarios);
        QVERIFY(!reopened.isWindowModified());
        QVERIFY(!reopened.document()->undoStack()->canUndo());
    }

    void aLockedProjectOpensReadOnlyInASecondWindow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.hedgeplan"));
        hp::MainWindow first(dir.filePath(QStringLiteral("recovery1")));
        first.session()->newProject(tinyProject());
        QVERIFY(first.files()->saveAsPath(path));

        hp::MainWindow second(dir.filePath(QStringLiteral("recovery2")));
        QCOMPARE(second.session()->open(path), hp::ProjectSession::OpenResult::Locked);
        QVERIFY(second.session()->openReadOnly(path));
        QVERIFY(second.session()->isReadOnly());
        QVERIFY(second.windowTitle().contains(QStringLiteral("[read-only]")));
        QVERIFY(!second.files()->saveAction()->isEnabled());
        QCOMPARE(second.document()->project().offerings, tinyProject().offerings);
    }

    void theTimersAutosaveWritesOffTheGuiThread()
    {
        QTemporaryDir recovery;
        hp::MainWindow w(recovery.path());
        w.session()->newProject(tinyProject());
        hp::Project changed = w.document()->project();
        changed.title = QStringLiteral("Changed");
        w.document()->push(new hp::ReplaceProjectCommand(w.document(), changed, QStringLiteral("rename")));
        QVERIFY(w.session()->isModified());
        QSignalSpy written(w.session(), &hp::ProjectSession::autosaved);
        w.session()->autosaveInBackground();
        QVERIFY(written.wait(10000));
        QVERIFY(w.session()->lastAutosaveWasOffGuiThread());
        QCOMPARE(QDir(recovery.path()).entryList({QStringLiteral("*.hedgeplan")}, QDir::Files).size(), 1);
        // Nothing is being written any more: waiting returns at once.
        w.session()->waitForAutosave();
    }

    void unsavedChangesAreAutosavedAndClosingAsks()
    {
        QTemporaryDir recovery;
        {
            hp::MainWindow w(recovery.path());
            w.session()->newProject(tinyProject());
            w.show();
            w.showPage(hp::MainWindow::WorkloadsPage);
            QApplication::setActiveWindow(&w);
            QVERIFY(QTest::qWaitForWindowActive(&w));
            w.workloadsEditor()->table()->setFocus();
            // Ctrl++ adds a row to the table that has the focus.
            QTest::keyClick(w.workloadsEditor()->table(), Qt::Key_Plus, Qt::ControlModifier);
            QCOMPARE(w.document()->project().workloads.size(), std::size_t(2));
            QVERIFY(w.session()->isModified());
            QVERIFY(w.session()->autosave());
            QCOMPARE(QDir(recovery.path()).entryList({QStringLiteral("*.hedgeplan")}, QDir::Files).size(), 1);

            // Closing asks; Cancel keeps the window and the changes.
            bool asked = false;
            QTimer::singleShot(0, this, [&asked] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                asked = box->text().contains(QStringLiteral("unsaved changes"));
                box->button(QMessageBox::Cancel)->click();
            });
            QVERIFY(!w.close());
            QVERIFY(asked);
            QVERIFY(w.document()->isModified());
            QTimer::singleShot(0, this, [] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                box->button(QMessageBox::Discard)->click();
            });
            QVERIFY(w.close());
        }
        // A clean end of the session leaves no recovery copy behind.
        QCOMPARE(QDir(recovery.path()).entryList({QStringLiteral("*.hedgeplan")}, QDir::Files).size(), 0);
    }

    void newProjectShowsTheGuide()
    {
        QTemporaryDir recovery;
        hp::MainWindow w(recovery.path());
        w.show();
        w.files()->newProject();
        QVERIFY(w.document()->project().providers.empty());
        QCOMPARE(w.navigator()->count(), int(hp::MainWindow::PageCount));
        w.showPage(hp::MainWindow::Overview);
        const auto labels = w.editors()->widget(0)->findChildren<QLabel *>();
        const bool guideShown = std::any_of(labels.begin(), labels.end(), [](QLabel *l) {
            return l->isVisible() && l->text().contains(QStringLiteral("what to enter first"));
        });
        QVERIFY(guideShown);
    }
};

HP_VIEW_TEST(MainWindowEditingTest)
#include "MainWindowEditingTest.moc"
