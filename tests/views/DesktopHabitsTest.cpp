// Everyday desktop habits (issue 17): Save As has Ctrl+Shift+S, a restart
// opens the last project (the demo only on first start or when it is gone),
// and the Undo/Redo toolbar buttons keep their width whatever the label.
#include "ViewTestRegistry.h"
#include "document/ProjectDocument.h"
#include "canonical/DemoPortfolio.h"
#include "main/FileController.h"
#include "main/MainWindow.h"
#include "main/ProjectSession.h"

#include <QAction>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QtTest>

namespace {

QToolButton *toolButton(hp::MainWindow &w, const QString &textStart)
{
    auto *bar = w.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    if (!bar)
        return nullptr;
    for (QAction *a : bar->actions())
        if (a->text().remove(u'&').startsWith(textStart))
            return qobject_cast<QToolButton *>(bar->widgetForAction(a));
    return nullptr;
}

} // namespace

class DesktopHabitsTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("hedgeplan-habits-test"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void init() { QSettings().clear(); }

    void saveAsHasControlShiftS()
    {
        QTemporaryDir recovery;
        hp::MainWindow w(recovery.path());
        QVERIFY(w.files()->saveAsAction()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
        QCOMPARE(w.files()->saveAction()->shortcut(), QKeySequence(QKeySequence::Save));
    }

    void firstStartHasNoLastProject()
    {
        QTemporaryDir recovery;
        hp::MainWindow w(recovery.path());
        QString note;
        QVERIFY(!w.files()->openLastProject(&note));
        QVERIFY(note.isEmpty()); // nothing to say: the demo is what a first start shows
        QVERIFY(w.session()->path().isEmpty());
    }

    void aRestartOpensTheLastProject()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mine.hedgeplan"));
        {
            hp::MainWindow w(dir.filePath(QStringLiteral("recovery")));
            hp::Project p = hp::DemoPortfolio::load();
            p.title = QStringLiteral("Mine");
            p.illustrative = false;
            w.session()->newProject(p);
            QVERIFY(w.files()->saveAsPath(path));
        }
        hp::MainWindow restarted(dir.filePath(QStringLiteral("recovery")));
        QString note;
        QVERIFY(restarted.files()->openLastProject(&note));
        QVERIFY2(note.isEmpty(), qPrintable(note));
        QCOMPARE(restarted.session()->path(), path);
        QCOMPARE(restarted.document()->project().title, QStringLiteral("Mine"));
        QVERIFY(!restarted.session()->isReadOnly());
    }

    void aLastProjectThatIsGoneIsSaidAndForgotten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gone.hedgeplan"));
        {
            hp::MainWindow w(dir.filePath(QStringLiteral("recovery")));
            w.session()->newProject(hp::DemoPortfolio::load());
            QVERIFY(w.files()->saveAsPath(path));
        }
        QVERIFY(QFile::remove(path));
        hp::MainWindow restarted(dir.filePath(QStringLiteral("recovery")));
        QString note;
        QVERIFY(!restarted.files()->openLastProject(&note));
        QVERIFY2(note.contains(QStringLiteral("gone.hedgeplan")) && note.contains(QStringLiteral("no longer there")), qPrintable(note));
        QVERIFY(restarted.session()->lastProject().isEmpty()); // said once, not at every start
        note.clear();
        QVERIFY(!restarted.files()->openLastProject(&note));
        QVERIFY(note.isEmpty());
    }

    void aLastProjectInUseOpensReadOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.hedgeplan"));
        hp::MainWindow first(dir.filePath(QStringLiteral("recovery1")));
        first.session()->newProject(hp::DemoPortfolio::load());
        QVERIFY(first.files()->saveAsPath(path)); // holds the lock
        hp::MainWindow second(dir.filePath(QStringLiteral("recovery2")));
        QString note;
        QVERIFY(second.files()->openLastProject(&note));
        QVERIFY(second.session()->isReadOnly());
        QVERIFY2(note.contains(QStringLiteral("read-only")), qPrintable(note));
    }

    void undoAndRedoButtonsKeepTheirWidth()
    {
        QTemporaryDir recovery;
        hp::MainWindow w(recovery.path());
        w.session()->newProject(hp::DemoPortfolio::load());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QToolButton *undo = toolButton(w, QStringLiteral("Undo"));
        QToolButton *redo = toolButton(w, QStringLiteral("Redo"));
        QToolButton *addRow = toolButton(w, QStringLiteral("Add Row"));
        QVERIFY(undo && redo && addRow);
        const int undoWidth = undo->width();
        const int redoWidth = redo->width();
        const int addRowX = addRow->x();
        const QString label = QStringLiteral("Edit unit price of offering gpu-reserved-eu-west-3 in the providers table");
        w.document()->undoStack()->push(new QUndoCommand(label));
        w.document()->undoStack()->push(new QUndoCommand(label + QStringLiteral(" again")));
        w.document()->undoStack()->undo();
        QCoreApplication::processEvents();
        QCOMPARE(undo->width(), undoWidth);
        QCOMPARE(redo->width(), redoWidth);
        QCOMPARE(addRow->x(), addRowX);
        QVERIFY(undo->isEnabled() && redo->isEnabled());
        QVERIFY2(undo->toolTip().contains(label), qPrintable(undo->toolTip())); // the full label is still there
        QVERIFY2(redo->toolTip().contains(label + QStringLiteral(" again")), qPrintable(redo->toolTip()));
        QVERIFY(!undo->icon().isNull());
    }
};

HP_VIEW_TEST(DesktopHabitsTest)
#include "DesktopHabitsTest.moc"
