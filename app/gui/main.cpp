// The desktop app's composition root: the main window with the project named
// on the command line, else the last project (the demo on first start), then
// the offer to restore work a crashed session left behind.
#include "charts/ChartPanel.h"
#include "main/DashboardWidget.h"
#include "report/ChartCatalog.h"
#include "main/FileController.h"
#include "main/MainWindow.h"
#include "main/SiliconAuditPage.h"
#include "main/ProjectSession.h"
#include "canonical/CanonicalCsvReader.h"
#include "canonical/DemoPortfolio.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QKeyEvent>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTableView>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

namespace {

/// A folder of canonical CSVs opens as a new unsaved project; a .hedgeplan file opens as itself.
bool openArgument(hp::MainWindow &window, const QString &path)
{
    if (QFileInfo(path).isDir()) {
        hp::CsvReadResult r = hp::CanonicalCsvReader::readFolder(path);
        if (!r.ok()) {
            QMessageBox::critical(&window, QStringLiteral("Hedgeplan"), r.errors.front().toString());
            return false;
        }
        window.session()->newProject(r.project);
        return true;
    }
    return window.files()->openPath(path);
}

/// `ROW,COLUMN=TEXT`: opens the editor of that cell in the page's first table, puts TEXT in
/// it and presses Enter as a user would (for screenshots of an edit or a refusal).
void typeIntoCell(hp::MainWindow &window, const QString &spec)
{
    static const QRegularExpression form(QStringLiteral("^(\\d+),(\\d+)=(.*)$"));
    const QRegularExpressionMatch m = form.match(spec);
    if (!m.hasMatch())
        return;
    // The first visible table (not a tree) of the page that has that cell.
    QTableView *table = nullptr;
    QModelIndex cell;
    for (QTableView *t : window.editors()->currentWidget()->findChildren<QTableView *>()) {
        if (t->isVisible() && t->model() && (cell = t->model()->index(m.captured(1).toInt(), m.captured(2).toInt())).isValid()) {
            table = t;
            break;
        }
    }
    if (!table)
        return;
    table->setFocus();
    table->setCurrentIndex(cell);
    table->edit(cell);
    for (QLineEdit *editor : table->findChildren<QLineEdit *>()) {
        if (!editor->isVisible())
            continue;
        editor->setText(m.captured(3));
        QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
        QApplication::sendEvent(editor, &enter);
        return;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Hedgeplan"));
    QApplication::setOrganizationName(QStringLiteral("Hedgeplan"));
    QApplication::setApplicationVersion(QStringLiteral(HEDGEPLAN_VERSION));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("hedgeplan"), QIcon(QStringLiteral(":/icons/hedgeplan.svg"))));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Hedgeplan: placement scenarios under vendor contracts."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 QStringLiteral("A .hedgeplan file or a folder of CSVs (default: the last project; the demo on first start)."));
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Open the demo portfolio instead of the last project."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QStringLiteral("Save a PNG of the window and quit."), QStringLiteral("FILE"));
    const QCommandLineOption page(QStringLiteral("page"), QStringLiteral("Start on page N (0 overview … 5 actuals, 6 silicon audit)."), QStringLiteral("N"));
    const QCommandLineOption compare(QStringLiteral("compare"), QStringLiteral("Compare the dashboard's scenario with SCENARIO."), QStringLiteral("SCENARIO"));
    const QCommandLineOption scenario(QStringLiteral("scenario"), QStringLiteral("Show SCENARIO on the dashboard and the silicon audit."), QStringLiteral("SCENARIO"));
    const QCommandLineOption chart(QStringLiteral("chart"), QStringLiteral("Show chart KIND on the dashboard (cost, compare, fan …)."), QStringLiteral("KIND"));
    const QCommandLineOption edit(QStringLiteral("edit"), QStringLiteral("Type TEXT into cell ROW,COLUMN of the page's first visible table that has it, and press Enter."),
                                  QStringLiteral("ROW,COLUMN=TEXT"));
    parser.addOption(demo);
    parser.addOption(scenario);
    parser.addOption(chart);
    parser.addOption(edit);
    parser.addOption(screenshot);
    parser.addOption(page);
    parser.addOption(compare);
    parser.process(app);

    hp::MainWindow window;
    const QString argument = parser.positionalArguments().value(0);
    // No argument: the last project; on first start (or when it is gone) the demo
    // portfolio (docs/rules.md §8), whose figures the banner marks as illustrative.
    // Screenshots show the demo unless given a project.
    QString note;
    bool opened = false;
    if (!argument.isEmpty())
        opened = openArgument(window, argument);
    else if (!parser.isSet(demo) && !parser.isSet(screenshot))
        opened = window.files()->openLastProject(&note);
    if (!opened)
        window.session()->newProject(hp::DemoPortfolio::load());
    if (parser.isSet(page))
        window.showPage(hp::MainWindow::Page(std::clamp(parser.value(page).toInt(), 0, hp::MainWindow::PageCount - 1)));
    if (parser.isSet(scenario)) {
        window.dashboard()->scenarioPicker()->setCurrentText(parser.value(scenario));
        window.siliconAuditPage()->scenarioPicker()->setCurrentText(parser.value(scenario));
    }
    if (parser.isSet(compare))
        window.dashboard()->comparePicker()->setCurrentText(parser.value(compare));
    if (const auto kind = hp::ChartCatalog::parse(parser.value(chart)); kind && window.chartPanel())
        window.chartPanel()->setKind(*kind);
    window.show();
    if (parser.isSet(edit))
        QTimer::singleShot(500, &window, [&window, spec = parser.value(edit)] { typeIntoCell(window, spec); });
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(1500, &window, [&window, file] {
            window.grab().save(file);
            QApplication::quit();
        });
    } else {
        QTimer::singleShot(0, window.files(), [&window, note] {
            if (!note.isEmpty())
                QMessageBox::information(&window, QStringLiteral("Hedgeplan"), note);
            window.files()->offerRecovery();
        });
    }
    return app.exec();
}
