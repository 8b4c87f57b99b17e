// Edits in the desktop app as a user types them (docs/rules.md §7 rev 2): the
// editors the views open keep every keystroke; on Enter a value that does not
// parse or breaks a rule is refused — nothing stored, no undo step, the reason
// shown at the cell — and an accepted value is stored as typed, with an undo
// step that names the entity, the field and the stored value. Selections
// survive renames; the dashboard says when a scenario cannot be evaluated.
#include "ViewTestRegistry.h"
#include "document/ProjectDocument.h"
#include "document/ResultsCalculator.h"
#include "editors/EntityTableEditor.h"
#include "editors/KeptSelection.h"
#include "editors/ScenarioEditor.h"
#include "main/DashboardWidget.h"
#include "main/MainWindow.h"
#include "main/ProjectSession.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

namespace {

hp::Decimal D(const char16_t *s)
{
    return hp::Decimal::fromString(QStringView(s));
}

/// One provider, one offering "H200 on-demand" at 2.00, a workload of 100
/// units placed 100 % on it in "Base", and a child scenario "Pivot".
hp::Project project()
{
    hp::Project p;
    p.title = QStringLiteral("Edits");
    p.providers.push_back({QStringLiteral("cloud_a"), QStringLiteral("Cloud A"), hp::ProviderKind::Cloud, {}, false});
    hp::Offering o;
    o.id = QStringLiteral("a_h200");
    o.providerId = QStringLiteral("cloud_a");
    o.name = QStringLiteral("H200 on-demand");
    o.unit = QStringLiteral("1M tokens");
    o.unitPrice = D(u"2");
    p.offerings.push_back(o);
    hp::Workload w;
    w.id = QStringLiteral("chat");
    w.name = QStringLiteral("Chat");
    w.unit = o.unit;
    w.monthlyUnits = hp::Decimal::fromInt(100);
    p.workloads.push_back(w);
    hp::Scenario base;
    base.name = QStringLiteral("Base");
    base.start = hp::YearMonth(2026, 1);
    base.months = 12;
    base.discountRatePct = hp::Decimal();
    base.placements.push_back({QStringLiteral("chat"), hp::YearMonth(2026, 1), {{o.id, hp::Decimal::hundred()}}, 0});
    p.scenarios.push_back(base);
    hp::Scenario pivot;
    pivot.name = QStringLiteral("Pivot");
    pivot.parent = base.name;
    p.scenarios.push_back(pivot);
    return p;
}

/// The line edit the view opened on `index` as a user does (the cell made
/// current, then F2), with what was in it selected so typing replaces it.
QLineEdit *openEditor(QAbstractItemView *view, const QModelIndex &index)
{
    view->setCurrentIndex(index);
    QTest::keyClick(view, Qt::Key_F2);
    for (QLineEdit *e : view->findChildren<QLineEdit *>()) {
        if (e->isVisible()) {
            e->selectAll();
            return e;
        }
    }
    return nullptr;
}

/// The message at the cells of `view` (a refused edit), or null.
QLabel *cellMessage(QAbstractItemView *view)
{
    return view->viewport()->findChild<QLabel *>(QStringLiteral("cellMessage"));
}

} // namespace

class CellEditingTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("HedgeplanTest"));
        QCoreApplication::setApplicationName(QStringLiteral("HedgeplanCellEditingTest"));
        QSettings().clear();
    }

    void init()
    {
        m_recovery = std::make_unique<QTemporaryDir>();
        m_window = std::make_unique<hp::MainWindow>(m_recovery->path());
        m_window->session()->newProject(project());
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_recovery.reset();
    }

    /// Each refused value: the cell (table, row, column), what is typed, and a part of the reason.
    void aRefusedValueKeepsTheOldOneMakesNoUndoStepAndSaysWhyAtTheCell_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("reason");
        QTest::newRow("share of 150") << int(hp::MainWindow::ScenariosPage) << 2 << QStringLiteral("150") << QStringLiteral("a percentage between 0 and 100");
        QTest::newRow("negative price") << int(hp::MainWindow::ProvidersPage) << 4 << QStringLiteral("-5") << QStringLiteral("must not be negative");
        QTest::newRow("two decimal points") << int(hp::MainWindow::ProvidersPage) << 4 << QStringLiteral("1.2.3") << QStringLiteral("not a number");
        QTest::newRow("letters in money") << int(hp::MainWindow::ProvidersPage) << 4 << QStringLiteral("12 dollars") << QStringLiteral("not a number");
        QTest::newRow("too many decimals") << int(hp::MainWindow::ProvidersPage) << 4 << QStringLiteral("0.1234567891") << QStringLiteral("at most 9 digits");
        QTest::newRow("unfinished month") << int(hp::MainWindow::ProvidersPage) << 6 << QStringLiteral("2026-") << QStringLiteral("not a month");
        QTest::newRow("unfinished start step") << int(hp::MainWindow::ScenariosPage) << 0 << QStringLiteral("2026-") << QStringLiteral("not a month");
    }

    void aRefusedValueKeepsTheOldOneMakesNoUndoStepAndSaysWhyAtTheCell()
    {
        QFETCH(int, page);
        QFETCH(int, column);
        QFETCH(QString, typed);
        QFETCH(QString, reason);
        m_window->showPage(hp::MainWindow::Page(page));
        QTableView *table = page == hp::MainWindow::ScenariosPage ? m_window->scenarioEditor()->placementTable()
                                                                  : m_window->offeringsEditor()->table();
        const QModelIndex cell = table->model()->index(0, column);
        const QString before = cell.data(Qt::DisplayRole).toString();
        const hp::Project stored = m_window->document()->project();

        QLineEdit *editor = openEditor(table, cell);
        QVERIFY(editor);
        QTest::keyClicks(editor, typed);
        QCOMPARE(editor->text(), typed); // every keystroke stays as typed
        const QPointer<QLineEdit> openEditorWidget(editor);
        QTest::keyClick(editor, Qt::Key_Return);

        QTRY_VERIFY(cellMessage(table) && cellMessage(table)->isVisible());
        QTRY_VERIFY(openEditorWidget.isNull() || !openEditorWidget->isVisible()); // the editor closed
        const QString message = cellMessage(table)->text();
        QVERIFY2(message.contains(QStringLiteral("“%1” refused").arg(typed)), qPrintable(message));
        QVERIFY2(message.contains(reason), qPrintable(message));
        QVERIFY2(message.contains(before), qPrintable(message)); // and the value the cell keeps
        // The message sits at the cell: just below or above it, inside the table.
        const QRect at = table->visualRect(cell);
        const QRect shown = cellMessage(table)->geometry();
        QVERIFY(shown.top() > at.bottom() || shown.bottom() < at.top());
        QVERIFY(std::min(std::abs(shown.top() - at.bottom()), std::abs(at.top() - shown.bottom())) <= 4);
        QVERIFY(table->viewport()->rect().contains(shown.topLeft()));
        QCOMPARE(m_window->document()->project(), stored);
        QCOMPARE(m_window->document()->undoStack()->count(), 0);
        QCOMPARE(cell.data(Qt::DisplayRole).toString(), before);
        QVERIFY(m_window->statusBar()->currentMessage().contains(reason));
    }

    void aShareOf150LeavesTheTotalAt100()
    {
        m_window->showPage(hp::MainWindow::ScenariosPage);
        QTableView *table = m_window->scenarioEditor()->placementTable();
        QLineEdit *editor = openEditor(table, table->model()->index(0, 2));
        QVERIFY(editor);
        QTest::keyClicks(editor, QStringLiteral("150"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(cellMessage(table) && cellMessage(table)->isVisible());
        QCOMPARE(m_window->document()->project().scenarios[0].placements[0].allocations[0].sharePct, hp::Decimal::hundred());
        QCOMPARE(table->model()->index(0, 3).data().toString(), QStringLiteral("100%"));
    }

    void anAcceptedValueIsStoredAsTypedAndItsUndoStepNamesEntityFieldAndValue()
    {
        m_window->showPage(hp::MainWindow::ProvidersPage);
        QTableView *table = m_window->offeringsEditor()->table();
        const QModelIndex price = table->model()->index(0, 4);
        QLineEdit *editor = openEditor(table, price);
        QVERIFY(editor);
        QTest::keyClicks(editor, QStringLiteral("1.23"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(m_window->document()->project().offerings[0].unitPrice, D(u"1.23"));
        QCOMPARE(m_window->document()->undoStack()->undoText(), QStringLiteral("Set unit price of \"H200 on-demand\" to 1.23"));

        editor = openEditor(table, price);
        QVERIFY(editor);
        QTest::keyClicks(editor, QStringLiteral("5"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(m_window->document()->project().offerings[0].unitPrice, D(u"5"));
        // The two edits of one cell are one step, and it says the value now stored.
        QCOMPARE(m_window->document()->undoStack()->count(), 1);
        QCOMPARE(m_window->document()->undoStack()->undoText(), QStringLiteral("Set unit price of \"H200 on-demand\" to 5.00"));
        QVERIFY(!cellMessage(table) || !cellMessage(table)->isVisible());

        m_window->showPage(hp::MainWindow::ScenariosPage);
        QTableView *placements = m_window->scenarioEditor()->placementTable();
        editor = openEditor(placements, placements->model()->index(0, 2));
        QVERIFY(editor);
        QTest::keyClicks(editor, QStringLiteral("40%"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(m_window->document()->undoStack()->count(), 2);
        QCOMPARE(m_window->document()->project().scenarios[0].placements[0].allocations[0].sharePct, D(u"40"));
        QCOMPARE(m_window->document()->undoStack()->undoText(),
                 QStringLiteral("Set \"H200 on-demand\" share of \"Chat\" in \"Base\" (step 1) to 40 %"));
    }

    void aRefusalIsDismissedByTheNextAcceptedEdit()
    {
        m_window->showPage(hp::MainWindow::ProvidersPage);
        QTableView *table = m_window->offeringsEditor()->table();
        const QModelIndex price = table->model()->index(0, 4);
        QLineEdit *editor = openEditor(table, price);
        QVERIFY(editor);
        QTest::keyClicks(editor, QStringLiteral("abc"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(cellMessage(table) && cellMessage(table)->isVisible());
        editor = openEditor(table, price);
        QVERIFY(editor);
        QTest::keyClicks(editor, QStringLiteral("3"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(m_window->document()->project().offerings[0].unitPrice, D(u"3"));
        QVERIFY(!cellMessage(table)->isVisible());
    }

    void renamingAScenarioKeepsItSelectedSoTheNextEditLandsOnIt()
    {
        m_window->showPage(hp::MainWindow::ScenariosPage);
        hp::ScenarioEditor *editor = m_window->scenarioEditor();
        QTreeView *tree = editor->tree();
        m_window->dashboard()->scenarioPicker()->setCurrentIndex(1);
        QCOMPARE(m_window->dashboard()->scenarioPicker()->currentText(), QStringLiteral("Pivot"));
        const QModelIndex pivot = tree->model()->index(0, 0, tree->model()->index(0, 0));
        QCOMPARE(pivot.data(Qt::EditRole).toString(), QStringLiteral("Pivot"));
        QLineEdit *name = openEditor(tree, pivot);
        QVERIFY(name);
        QTest::keyClicks(name, QStringLiteral("Pivot B"));
        QTest::keyClick(name, Qt::Key_Return);
        QTRY_VERIFY(m_window->document()->project().scenario(QStringLiteral("Pivot B")));
        QCOMPARE(editor->currentScenario(), QStringLiteral("Pivot B"));
        QCOMPARE(m_window->document()->undoStack()->undoText(), QStringLiteral("Rename scenario \"Pivot\" to \"Pivot B\""));

        // The next edit in the row goes to the renamed scenario, not to its parent.
        QLineEdit *months = openEditor(tree, tree->currentIndex().siblingAtColumn(2));
        QVERIFY(months);
        QTest::keyClicks(months, QStringLiteral("24"));
        QTest::keyClick(months, Qt::Key_Return);
        QTRY_COMPARE(m_window->document()->project().scenario(QStringLiteral("Pivot B"))->months, std::optional<int>(24));
        QCOMPARE(m_window->document()->project().scenario(QStringLiteral("Base"))->months, std::optional<int>(12));
        QCOMPARE(m_window->document()->undoStack()->undoText(), QStringLiteral("Set months of \"Pivot B\" to 24"));
        // The dashboard keeps the scenario it showed, under its new name.
        QCOMPARE(m_window->dashboard()->scenarioPicker()->currentText(), QStringLiteral("Pivot B"));
    }

    void renamingAnIdKeepsTheRowCurrent()
    {
        hp::Project two = project();
        hp::Offering second = two.offerings[0];
        second.id = QStringLiteral("b_trn2");
        second.name = QStringLiteral("Trainium2");
        two.offerings.push_back(second);
        m_window->session()->newProject(two);
        m_window->showPage(hp::MainWindow::ProvidersPage);
        QTableView *table = m_window->offeringsEditor()->table();
        QLineEdit *id = openEditor(table, table->model()->index(1, 0));
        QVERIFY(id);
        QTest::keyClicks(id, QStringLiteral("b_trn2_x"));
        QTest::keyClick(id, Qt::Key_Return);
        QTRY_COMPARE(m_window->document()->project().offerings[1].id, QStringLiteral("b_trn2_x"));
        QCOMPARE(table->currentIndex().row(), 1);
        QCOMPARE(table->currentIndex().column(), 0);
    }

    void theDashboardSaysWhenAScenarioCannotBeEvaluated()
    {
        m_window->showPage(hp::MainWindow::ScenariosPage);
        QTableView *table = m_window->scenarioEditor()->placementTable();
        QLineEdit *editor = openEditor(table, table->model()->index(0, 2));
        QVERIFY(editor);
        QTest::keyClicks(editor, QStringLiteral("55"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(m_window->document()->project().scenarios[0].placements[0].allocations[0].sharePct, D(u"55"));
        QCOMPARE(m_window->dashboard()->scenarioPicker()->currentText(), QStringLiteral("Base"));
        auto summary = [this] {
            for (QLabel *l : m_window->dashboard()->findChildren<QLabel *>())
                if (l->text().contains(QStringLiteral("exclusivit")))
                    return l->text();
            return QString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(summary().contains(QStringLiteral("Base cannot be evaluated")), 10000);
        QVERIFY2(!summary().contains(QStringLiteral("no workload violates")), qPrintable(summary()));
        // And why: the engine's reason.
        QVERIFY2(summary().contains(QStringLiteral("100")), qPrintable(summary()));
    }

    void keptSelectionFollowsTheKeyThenThePosition()
    {
        using K = hp::KeptSelection;
        const QStringList abc{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
        QCOMPARE(K::row(abc, {QStringLiteral("C"), QStringLiteral("A"), QStringLiteral("B")}, 1), 2); // moved: by key
        QCOMPARE(K::row(abc, {QStringLiteral("A"), QStringLiteral("B2"), QStringLiteral("C")}, 1), 1); // renamed: same place
        QCOMPARE(K::row(abc, {QStringLiteral("A"), QStringLiteral("C")}, 2), 1); // removed before it: by key
        QCOMPARE(K::row(abc, {QStringLiteral("A"), QStringLiteral("B")}, 2), 1); // itself removed: the nearest
        QCOMPARE(K::row({QStringLiteral("x"), QStringLiteral("x")}, {QStringLiteral("x"), QStringLiteral("x")}, 1), 1); // repeated keys
        QCOMPARE(K::row(abc, {}, 0), -1);
        QCOMPARE(K::row({}, abc, -1), 0); // nothing was selected: the first
    }

private:
    std::unique_ptr<QTemporaryDir> m_recovery;
    std::unique_ptr<hp::MainWindow> m_window;
};

HP_VIEW_TEST(CellEditingTest)
#include "CellEditingTest.moc"
