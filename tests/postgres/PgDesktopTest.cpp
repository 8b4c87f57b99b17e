// The desktop app on a real PostgreSQL server (docs/gui.md "Team projects",
// docs/rules.md §13): File > Open from Database, the password prompt (only
// when libpq has none; never stored in the settings or the recent list), a
// read-only role, the lost-update refusal, and others' saves arriving through
// LISTEN/NOTIFY within 2 s (reload, or merge with a per-row question).
#include "PgTestDatabase.h"
#include "dialogs/DatabaseOpenDialog.h"
#include "dialogs/HistoryDialog.h"
#include "dialogs/PasswordPrompt.h"
#include "dialogs/ServerChangesDialog.h"
#include "itemmodels/ChangeLogModel.h"
#include "document/ProjectDocument.h"
#include "document/ReplaceProjectCommand.h"
#include "canonical/DemoPortfolio.h"
#include "main/FileController.h"
#include "main/LiveUpdates.h"
#include "main/MainWindow.h"
#include "editors/EntityTableEditor.h"
#include "main/ProjectSession.h"
#include "postgres/PgProjectStore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <gtest/gtest.h>

#include <iostream>
#include <memory>

using namespace hp;
using hp::test::Database;
using hp::test::PgTestCluster;
using hp::test::uriOf;

namespace {

/// Calls `handle` with the modal dialog of type T once it is open (a dialog's exec() blocks the test).
template <class T, class Handle>
void whenModal(Handle handle)
{
    auto *timer = new QTimer(qApp);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    QObject::connect(timer, &QTimer::timeout, timer, [timer, clock, handle] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            handle(dialog);
        } else if (clock->elapsed() > 20000) {
            timer->stop();
            timer->deleteLater();
            ADD_FAILURE() << "the dialog " << T::staticMetaObject.className() << " did not open";
        }
    });
    timer->start(20);
}

/// Another client's edit: reads the project as `role`, changes it, saves (one transaction).
template <class Edit>
void theirSave(const ProjectUri &uri, Edit edit)
{
    Project p;
    PgSnapshot snapshot;
    StorageError error;
    ASSERT_TRUE(PgProjectStore::load(uri, &p, &error, &snapshot)) << error.message.toStdString();
    edit(p);
    ASSERT_TRUE(PgProjectStore::save(uri, p, &snapshot, &error)) << error.message.toStdString();
}

Project stored(const ProjectUri &uri)
{
    Project p;
    StorageError error;
    EXPECT_TRUE(PgProjectStore::load(uri, &p, &error)) << error.message.toStdString();
    return p;
}

void edit(MainWindow &w, const std::function<void(Project &)> &change)
{
    Project p = w.document()->project();
    change(p);
    w.document()->push(new ReplaceProjectCommand(w.document(), p, QStringLiteral("test edit")));
}

/// A role that edits like hp_editor (member of it), created once per cluster.
QString otherEditor(const Database &db)
{
    static bool created = false;
    if (!created)
        db.cluster.sql(QStringLiteral("CREATE ROLE hp_gui_other LOGIN; GRANT hp_editor TO hp_gui_other;"));
    created = true;
    return QStringLiteral("hp_gui_other");
}

} // namespace

TEST(PgDesktop, DatabaseDialogListsTheProjectsAndOpensOneThatSavesBack)
{
    const Database db;
    const Project demo = DemoPortfolio::load();
    db.replace(QStringLiteral("demo"), demo);
    Project small;
    small.title = QStringLiteral("Small");
    db.replace(QStringLiteral("another plan"), small);
    QTemporaryDir recovery;
    MainWindow w(recovery.path());
    QStringList listed;
    whenModal<DatabaseOpenDialog>([&](DatabaseOpenDialog *d) {
        d->findChild<QLineEdit *>(QStringLiteral("host"))->setText(db.cluster.socketDir());
        d->findChild<QLineEdit *>(QStringLiteral("database"))->setText(db.name);
        d->findChild<QLineEdit *>(QStringLiteral("user"))->setText(QStringLiteral("hp_editor"));
        d->findChild<QLineEdit *>(QStringLiteral("project"))->clear();
        d->listProjects();
        auto *list = d->findChild<QListWidget *>(QStringLiteral("projects"));
        for (int i = 0; i < list->count(); ++i)
            listed << list->item(i)->text();
        list->setCurrentRow(1); // "demo" (sorted: "another plan", "demo")
        // For the docs: HEDGEPLAN_SCREENSHOT_DIR=docs/screenshots saves how the dialog looks.
        if (const QString dir = qEnvironmentVariable("HEDGEPLAN_SCREENSHOT_DIR"); !dir.isEmpty())
            d->grab().save(dir + QStringLiteral("/database-open.png"));
        d->accept();
    });
    w.files()->openDatabase();
    EXPECT_EQ(listed, (QStringList{QStringLiteral("another plan"), QStringLiteral("demo")}));
    ASSERT_TRUE(w.session()->database().has_value());
    EXPECT_EQ(w.session()->database()->project(), QStringLiteral("demo"));
    EXPECT_TRUE(w.document()->project() == demo);
    EXPECT_TRUE(w.windowTitle().contains(QStringLiteral("project=demo"))) << w.windowTitle().toStdString();
    EXPECT_FALSE(w.session()->isReadOnly());
    EXPECT_TRUE(w.files()->saveAction()->isEnabled());
    EXPECT_TRUE(w.accessNote()->isHidden());

    edit(w, [](Project &p) { p.providers[0].name = QStringLiteral("Renamed in the app"); });
    EXPECT_TRUE(w.document()->isModified());
    EXPECT_TRUE(w.files()->save());
    EXPECT_FALSE(w.document()->isModified());
    EXPECT_EQ(stored(db.uri(QStringLiteral("demo"))).providers[0].name, QStringLiteral("Renamed in the app"));
    // The recent list keeps the URI; opening it again reads the saved state.
    EXPECT_EQ(w.session()->recentFiles().value(0), w.session()->path());
}

TEST(PgDesktop, PasswordIsAskedOnlyWhenNeededAndNeverStored)
{
    const Database db;
    db.cluster.sql(QStringLiteral("GRANT hp_editor TO hp_password"));
    db.replace(QStringLiteral("demo"), DemoPortfolio::load());
    const QString text = db.text(QStringLiteral("demo"), QStringLiteral("hp_password"));
    qunsetenv("PGPASSWORD");
    QTemporaryDir recovery;
    MainWindow w(recovery.path());
    QSignalSpy messages(w.files(), &FileController::message);

    // A wrong password: one clear message, nothing opened.
    QString refusal;
    whenModal<PasswordPrompt>([&](PasswordPrompt *prompt) {
        prompt->findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("wrong-one"));
        whenModal<QMessageBox>([&](QMessageBox *box) {
            refusal = box->text();
            box->accept();
        });
        prompt->accept();
    });
    EXPECT_FALSE(w.files()->openPath(text));
    EXPECT_TRUE(refusal.contains(QStringLiteral("password authentication failed"))) << refusal.toStdString();
    EXPECT_EQ(refusal.count(QStringLiteral("Cannot use")), 1) << refusal.toStdString();
    EXPECT_FALSE(refusal.contains(QStringLiteral("wrong-one")));
    EXPECT_FALSE(w.session()->database().has_value());

    // The right one, "Remember in keyring" ticked: no keyring offscreen, which the app says, and goes on.
    whenModal<PasswordPrompt>([&](PasswordPrompt *prompt) {
        prompt->findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("right-password"));
        prompt->findChild<QCheckBox *>(QStringLiteral("remember"))->setChecked(true);
        prompt->accept();
    });
    ASSERT_TRUE(w.files()->openPath(text));
    ASSERT_TRUE(w.session()->database().has_value());
    QStringList said;
    for (const QList<QVariant> &m : messages)
        said << m.value(0).toString();
    EXPECT_TRUE(said.join(u'\n').contains(QStringLiteral("keyring"))) << said.join(u'\n').toStdString();

    // Nowhere but in memory: not the settings file, the recent list, the title, the path or the project.
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << settings.fileName().toStdString();
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.contains("hp_password")); // the recent entry is there…
    EXPECT_FALSE(bytes.contains("right-password")); // …without its password
    for (const QString &shown : w.session()->recentFiles() + QStringList{w.session()->path(), w.windowTitle(), w.document()->project().title})
        EXPECT_FALSE(shown.contains(QStringLiteral("right-password"))) << shown.toStdString();
    EXPECT_EQ(w.session()->recentFiles().value(0), uriOf(text).display());

    // With PGPASSWORD (libpq's own place) nothing is asked.
    bool prompted = false;
    auto *watch = new QTimer(&w);
    QObject::connect(watch, &QTimer::timeout, &w, [&] {
        if (auto *prompt = qobject_cast<PasswordPrompt *>(QApplication::activeModalWidget())) {
            prompted = true;
            prompt->reject();
        }
    });
    watch->start(20);
    qputenv("PGPASSWORD", "right-password");
    w.session()->newProject(Project());
    EXPECT_TRUE(w.files()->openPath(text));
    qunsetenv("PGPASSWORD");
    watch->stop();
    EXPECT_FALSE(prompted);
}

TEST(PgDesktop, SelectOnlyRoleOpensReadOnlyAndSaysSo)
{
    const Database db;
    db.replace(QStringLiteral("demo"), DemoPortfolio::load());
    db.cluster.sql(QStringLiteral("CREATE ROLE hp_gui_viewer LOGIN; GRANT pg_read_all_data TO hp_gui_viewer;"));
    QTemporaryDir recovery;
    MainWindow w(recovery.path());
    ASSERT_TRUE(w.files()->openPath(db.text(QStringLiteral("demo"), QStringLiteral("hp_gui_viewer"))));
    EXPECT_TRUE(w.session()->isReadOnly());
    EXPECT_TRUE(w.windowTitle().contains(QStringLiteral("[read-only]"))) << w.windowTitle().toStdString();
    EXPECT_FALSE(w.accessNote()->isHidden());
    EXPECT_TRUE(w.accessNote()->text().contains(QStringLiteral("may only read")));
    EXPECT_FALSE(w.files()->saveAction()->isEnabled());
    if (const QString dir = qEnvironmentVariable("HEDGEPLAN_SCREENSHOT_DIR"); !dir.isEmpty()) {
        w.show();
        w.showPage(MainWindow::ProvidersPage);
        QTest::qWait(1500); // the dashboard's first results
        w.grab().save(dir + QStringLiteral("/database-read-only.png"));
    }
    edit(w, [](Project &p) { p.providers[0].name = QStringLiteral("Not allowed"); });
    EXPECT_FALSE(w.session()->save());
    EXPECT_TRUE(w.session()->lastError().contains(QStringLiteral("may only read")));
    EXPECT_TRUE(w.document()->isModified());
}

TEST(PgDesktop, SaveRefusesToOverwriteAnotherRolesChangeAndStaysModified)
{
    const Database db;
    db.replace(QStringLiteral("demo"), DemoPortfolio::load());
    const QString other = otherEditor(db);
    QTemporaryDir recovery;
    MainWindow w(recovery.path());
    ASSERT_TRUE(w.session()->openDatabase(db.uri(QStringLiteral("demo"))));
    const QString id = w.document()->project().providers[0].id;
    // No event loop runs between their save and ours: the live update cannot step in.
    theirSave(db.uri(QStringLiteral("demo"), other), [](Project &p) { p.providers[0].name = QStringLiteral("Theirs"); });
    edit(w, [](Project &p) { p.providers[0].name = QStringLiteral("Mine"); });
    EXPECT_FALSE(w.session()->save());
    const QString why = w.session()->lastError();
    EXPECT_TRUE(why.contains(QStringLiteral("'%1' of table providers was changed by hp_gui_other at ").arg(id))) << why.toStdString();
    EXPECT_TRUE(why.contains(QStringLiteral("nothing was saved"))) << why.toStdString();
    EXPECT_TRUE(w.document()->isModified());
    EXPECT_EQ(stored(db.uri(QStringLiteral("demo"))).providers[0].name, QStringLiteral("Theirs"));
}

TEST(PgDesktop, AnotherClientsSaveReloadsTheDocumentWithinTwoSeconds)
{
    const Database db;
    db.replace(QStringLiteral("demo"), DemoPortfolio::load());
    const QString other = otherEditor(db);
    QTemporaryDir recovery;
    MainWindow w(recovery.path());
    ASSERT_TRUE(w.session()->openDatabase(db.uri(QStringLiteral("demo"))));
    ASSERT_TRUE(w.liveUpdates()->isListening());
    w.showPage(MainWindow::ProvidersPage);
    QSignalSpy messages(w.liveUpdates(), &LiveUpdates::message);
    QElapsedTimer clock;
    clock.start();
    theirSave(db.uri(QStringLiteral("demo"), other), [](Project &p) {
        p.providers[1].name = QStringLiteral("Renamed by them");
        p.title = QStringLiteral("Their title");
    });
    QTRY_VERIFY_WITH_TIMEOUT(w.document()->project().providers[1].name == QStringLiteral("Renamed by them"), 2000);
    EXPECT_LT(clock.elapsed(), 2000);
    EXPECT_EQ(w.document()->project().title, QStringLiteral("Their title"));
    EXPECT_FALSE(w.document()->isModified());
    EXPECT_EQ(w.navigator()->currentRow(), int(MainWindow::ProvidersPage));
    ASSERT_GE(messages.size(), 1);
    // Two rows: the providers row and the project's settings row holding the title.
    EXPECT_EQ(messages.last().value(0).toString(), QStringLiteral("Updated from the server: 2 rows changed by hp_gui_other"));
    // The next save starts from their versions: no refusal.
    edit(w, [](Project &p) { p.providers[1].name = QStringLiteral("Mine after theirs"); });
    EXPECT_TRUE(w.session()->save()) << w.session()->lastError().toStdString();
}

TEST(PgDesktop, AnotherClientsSaveMergesWithUnsavedEditsAskingPerRow)
{
    const Database db;
    db.replace(QStringLiteral("demo"), DemoPortfolio::load());
    const QString other = otherEditor(db);
    QTemporaryDir recovery;
    MainWindow w(recovery.path());
    ASSERT_TRUE(w.session()->openDatabase(db.uri(QStringLiteral("demo"))));
    edit(w, [](Project &p) {
        p.providers[0].name = QStringLiteral("Mine 0");
        p.providers[2].name = QStringLiteral("Mine 2");
    });
    QStringList conflicts;
    whenModal<ServerChangesDialog>([&](ServerChangesDialog *d) {
        for (int i = 0; i < d->rows()->count(); ++i)
            conflicts << d->rows()->item(i)->text();
        // Keep mine for provider 0, take theirs for provider 2.
        for (int i = 0; i < d->rows()->count(); ++i)
            if (d->rows()->item(i)->text().contains(w.document()->project().providers[2].id))
                d->rows()->item(i)->setCheckState(Qt::Checked);
        if (const QString dir = qEnvironmentVariable("HEDGEPLAN_SCREENSHOT_DIR"); !dir.isEmpty())
            d->grab().save(dir + QStringLiteral("/server-changes.png"));
        d->accept();
    });
    QSignalSpy pulled(w.liveUpdates(), &LiveUpdates::pulled);
    theirSave(db.uri(QStringLiteral("demo"), other), [](Project &p) {
        p.providers[0].name = QStringLiteral("Theirs 0");
        p.providers[1].name = QStringLiteral("Theirs 1");
        p.providers[2].name = QStringLiteral("Theirs 2");
    });
    QTRY_VERIFY_WITH_TIMEOUT(pulled.size() >= 1, 5000);
    const Project &p = w.document()->project();
    EXPECT_EQ(conflicts.size(), 2) << conflicts.join(u'\n').toStdString();
    EXPECT_EQ(p.providers[0].name, QStringLiteral("Mine 0"));
    EXPECT_EQ(p.providers[1].name, QStringLiteral("Theirs 1"));
    EXPECT_EQ(p.providers[2].name, QStringLiteral("Theirs 2"));
    EXPECT_TRUE(w.document()->isModified());
    // The merge is one undoable step; saving writes "Mine 0" over their version on purpose.
    EXPECT_TRUE(w.session()->save()) << w.session()->lastError().toStdString();
    const Project saved = stored(db.uri(QStringLiteral("demo")));
    EXPECT_EQ(saved.providers[0].name, QStringLiteral("Mine 0"));
    EXPECT_EQ(saved.providers[1].name, QStringLiteral("Theirs 1"));
    EXPECT_EQ(saved.providers[2].name, QStringLiteral("Theirs 2"));
}

TEST(PgDesktop, ChangeLogModelShowsWhoWhenAndOldToNewNewestFirst)
{
    // Entries as PgProjectStore::changes gives them, written by hand.
    const QJsonArray log = QJsonDocument::fromJson(R"([
        {"who":"alice","when":"2026-12-01T10:00:00Z","entity":"providers","row":"cloud-a","old":null,"new":{"id":"cloud-a","name":"Cloud A"}},
        {"who":"bob","when":"2026-12-02T11:00:00Z","entity":"providers","row":"cloud-a","old":{"name":"Cloud A"},"new":{"name":"Cloud Alpha"}},
        {"who":"bob","when":"2026-12-02T11:00:00Z","entity":"placements","row":{"scenario":"Base","workload":"w1"},"old":{"share":"100"},"new":null},
        {"who":"carol","when":"2026-12-03T09:30:00Z","entity":"providers","row":"cloud-b","old":{"name":"B"},"new":{"name":"Cloud B"}}
    ])").array();
    ChangeLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLog(log);
    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.index(0, ChangeLogModel::Who).data().toString(), QStringLiteral("carol")); // newest first
    EXPECT_EQ(model.index(3, ChangeLogModel::Change).data().toString(), QStringLiteral("added: id=cloud-a, name=Cloud A"));
    EXPECT_EQ(model.index(1, ChangeLogModel::Row).data().toString(), QStringLiteral("scenario=Base, workload=w1"));
    EXPECT_EQ(model.index(1, ChangeLogModel::Change).data().toString(), QStringLiteral("removed: share=100"));
    EXPECT_EQ(model.entities(), (QStringList{QStringLiteral("placements"), QStringLiteral("providers")}));
    model.setFilter(QStringLiteral("providers"), QStringLiteral("cloud-a"));
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, ChangeLogModel::When).data().toString(), QStringLiteral("2026-12-02T11:00:00Z"));
    EXPECT_EQ(model.index(0, ChangeLogModel::Change).data().toString(), QStringLiteral("name: Cloud A → Cloud Alpha"));
    model.setFilter(QString(), QString());
    EXPECT_EQ(model.rowCount(), 4);
}

TEST(PgDesktop, HistoryShowsTheSelectedRowsChangesAndIsOffForFiles)
{
    const Database db;
    db.replace(QStringLiteral("demo"), DemoPortfolio::load());
    const QString other = otherEditor(db);
    QTemporaryDir recovery;
    MainWindow w(recovery.path());
    EXPECT_FALSE(w.historyAction()->isEnabled()); // the demo, no database: no history
    ASSERT_TRUE(w.session()->openDatabase(db.uri(QStringLiteral("demo"))));
    EXPECT_TRUE(w.historyAction()->isEnabled());
    const Project before = w.document()->project();
    theirSave(db.uri(QStringLiteral("demo"), other), [](Project &p) { p.providers[1].name = QStringLiteral("Renamed by them"); });
    QTRY_VERIFY_WITH_TIMEOUT(w.document()->project().providers[1].name == QStringLiteral("Renamed by them"), 2000);

    w.showPage(MainWindow::ProvidersPage);
    w.show();
    QApplication::setActiveWindow(&w);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
    auto *table = w.providersEditor()->table();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(1, 0));
    HistoryDialog *dialog = w.showHistory();
    ASSERT_NE(dialog, nullptr);
    QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(dialog->entityPicker()->currentData().toString(), QStringLiteral("providers"));
    EXPECT_EQ(dialog->rowFilter()->text(), before.providers[1].id);
    // Two entries for that row: the copy that created it (hp_editor), their rename (hp_gui_other), newest first.
    ASSERT_EQ(dialog->model()->rowCount(), 2);
    EXPECT_EQ(dialog->model()->index(0, ChangeLogModel::Who).data().toString(), QStringLiteral("hp_gui_other"));
    EXPECT_EQ(dialog->model()->index(0, ChangeLogModel::Change).data().toString(),
              QStringLiteral("name: %1 → Renamed by them").arg(before.providers[1].name));
    EXPECT_EQ(dialog->model()->index(1, ChangeLogModel::Who).data().toString(), QStringLiteral("hp_editor"));
    EXPECT_TRUE(dialog->model()->index(1, ChangeLogModel::Change).data().toString().startsWith(QStringLiteral("added: ")));
    dialog->rowFilter()->clear();
    EXPECT_GT(dialog->model()->rowCount(), 2);
    if (const QString dir = qEnvironmentVariable("HEDGEPLAN_SCREENSHOT_DIR"); !dir.isEmpty()) {
        dialog->rowFilter()->setText(before.providers[1].id);
        dialog->grab().save(dir + QStringLiteral("/history.png"));
    }
    dialog->close();

    // Saved as a file: no history any more.
    ASSERT_TRUE(w.session()->saveAs(recovery.filePath(QStringLiteral("copy.hedgeplan"))));
    EXPECT_FALSE(w.historyAction()->isEnabled());
    EXPECT_EQ(w.showHistory(), nullptr);
}

TEST(PgDesktop, UnreachableServerMissingDatabaseOrProjectGiveOneMessageAndCreateNothing)
{
    const Database db;
    db.replace(QStringLiteral("demo"), DemoPortfolio::load());
    QTemporaryDir recovery;
    MainWindow w(recovery.path());
    const QString socket = QString::fromUtf8(QUrl::toPercentEncoding(db.cluster.socketDir()));
    struct Case {
        QString uri;
        QString says;
    };
    const std::vector<Case> cases{
        {QStringLiteral("postgresql://hp_editor@127.0.0.1:1/%1?project=demo&connect_timeout=2").arg(db.name),
         QStringLiteral("cannot connect to the database server")},
        {QStringLiteral("postgresql://hp_editor@/no_such_db?host=%1&project=demo").arg(socket), QStringLiteral("the database does not exist")},
        {QStringLiteral("postgresql://hp_editor@/%1?host=%2&project=missing").arg(db.name, socket),
         QStringLiteral("the database has no project 'missing' (projects: 'demo')")},
    };
    for (const Case &c : cases) {
        QString shown;
        whenModal<QMessageBox>([&](QMessageBox *box) {
            shown = box->text();
            box->accept();
        });
        EXPECT_FALSE(w.files()->openPath(c.uri)) << c.uri.toStdString();
        EXPECT_TRUE(shown.contains(c.says)) << shown.toStdString();
        EXPECT_EQ(shown.count(QStringLiteral("Cannot use")), 1) << shown.toStdString();
        EXPECT_FALSE(w.session()->database().has_value());
    }
    EXPECT_EQ(db.cluster.scalar(QStringLiteral("SELECT count(*) FROM hedgeplan.projects"), db.name), QStringLiteral("1"));
    EXPECT_EQ(db.cluster.scalar(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = 'no_such_db'"), QStringLiteral("postgres")),
              QStringLiteral("0"));
}
