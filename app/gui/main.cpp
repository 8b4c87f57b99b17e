// The desktop app's composition root: loads a project (the demo by default),
// evaluates its scenarios and shows the main window.
#include "main/MainWindow.h"
#include "engine/ScenarioEngine.h"
#include "io/CanonicalCsvReader.h"
#include "io/DemoPortfolio.h"
#include "storage/ProjectFile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

namespace {

bool loadProject(const QString &path, hp::Project *project, QString *error)
{
    if (path.isEmpty()) {
        *project = hp::DemoPortfolio::load();
        return true;
    }
    if (QFileInfo(path).isDir()) {
        hp::CsvReadResult r = hp::CanonicalCsvReader::readFolder(path);
        if (!r.ok()) {
            *error = r.errors.front().toString();
            return false;
        }
        *project = std::move(r.project);
        return true;
    }
    hp::StorageError storageError;
    if (!hp::ProjectFile::load(path, project, &storageError)) {
        *error = storageError.message;
        return false;
    }
    return true;
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
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("A .hedgeplan file or a folder of CSVs (default: the demo)."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QStringLiteral("Save a PNG of the window and quit."), QStringLiteral("FILE"));
    parser.addOption(screenshot);
    parser.process(app);

    hp::Project project;
    QString error;
    if (!loadProject(parser.positionalArguments().value(0), &project, &error)) {
        QMessageBox::critical(nullptr, QStringLiteral("Hedgeplan"), error);
        return 2;
    }
    std::vector<hp::ScenarioOutcome> outcomes;
    const hp::ScenarioEngine engine(project);
    for (const hp::Scenario &s : project.scenarios) {
        try {
            outcomes.push_back({s.name, engine.evaluate(s.name)});
        } catch (const hp::EngineError &e) {
            outcomes.push_back({s.name, e.message()});
        }
    }

    hp::MainWindow window;
    window.showProject(project, outcomes);
    window.show();
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(300, &window, [&window, file] {
            window.grab().save(file);
            QApplication::quit();
        });
    }
    return app.exec();
}
