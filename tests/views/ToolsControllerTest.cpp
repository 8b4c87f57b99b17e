// Offscreen test of the Import, Analysis and Export menus' controller: an
// import through the wizard is one undo step, exports write zip files, the
// Monte Carlo action opens its dialog over the document's scenarios.
#include "ViewTestRegistry.h"
#include "charts/ChartPanel.h"
#include "dialogs/ImportFilesPage.h"
#include "dialogs/ImportWizard.h"
#include "dialogs/MonteCarloDialog.h"
#include "dialogs/OptimizeDialog.h"
#include "dialogs/OptimizeRequestForm.h"
#include "document/ProjectDocument.h"
#include "document/ResultsCalculator.h"
#include "engine/ScenarioEngine.h"
#include "canonical/DemoPortfolio.h"
#include "main/ToolsController.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QString data(const char *name) { return QStringLiteral(HEDGEPLAN_TEST_DATA "/import/") + QString::fromLatin1(name); }

QByteArray head(const QString &path, int bytes)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(bytes) : QByteArray();
}

const hp::Contract *contract(const hp::Project &project, const QString &id)
{
    for (const hp::Contract &c : project.contracts)
        if (c.id == id)
            return &c;
    return nullptr;
}

hp::Decimal totalCost(const hp::Project &project)
{
    return hp::ScenarioEngine(project).evaluate(QStringLiteral("Status quo")).totals.total;
}

} // namespace

class ToolsControllerTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    QWidget m_window;
    hp::ProjectDocument *m_document = nullptr;
    hp::ResultsCalculator *m_calculator = nullptr;
    hp::ToolsController *m_tools = nullptr;
    QStringList m_errors;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("hedgeplan-test"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void init()
    {
        m_document = new hp::ProjectDocument(&m_window);
        m_document->load(hp::DemoPortfolio::load());
        m_calculator = new hp::ResultsCalculator(m_document, &m_window);
        m_calculator->setScenarios(QStringLiteral("Pivot"));
        m_tools = new hp::ToolsController(&m_window, m_document, m_calculator);
        m_errors.clear();
        m_tools->setErrorReporter([this](const QString &, const QString &text) { m_errors << text; });
    }

    void cleanup()
    {
        delete m_tools;
        delete m_calculator;
        delete m_document;
    }

    void importIsOneUndoStep()
    {
        const hp::Project before = m_document->project();
        const hp::Decimal costBefore = totalCost(before);
        QVERIFY(!contract(before, QStringLiteral("EU-1")));
        hp::FileChoice asked;
        m_tools->setFileChooser([&](const hp::FileChoice &c) {
            asked = c;
            return data("register_eu.csv");
        });
        QString kindShown;
        m_tools->setWizardRunner([&](hp::ImportWizard &w) {
            w.show();
            kindShown = qobject_cast<QComboBox *>(w.filesPage()->table()->cellWidget(0, 1))->currentText();
            for (int page = 0; page < 4 && w.currentId() != hp::ImportWizard::RunPage; ++page)
                w.next();
            return w.currentId() == hp::ImportWizard::RunPage && w.plan().has_value();
        });
        QSignalSpy messages(m_tools, &hp::ToolsController::message);

        m_tools->importAction(hp::ImportKind::Register)->trigger();

        QCOMPARE(asked.mode, hp::FileChoice::OpenFile);
        QVERIFY(asked.filter.contains(QStringLiteral("*.csv")));
        QCOMPARE(kindShown, QStringLiteral("register"));
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
        const hp::Project &after = m_document->project();
        QCOMPARE(after.contracts.size(), before.contracts.size() + 2); // EU-1 and EU-2
        const hp::Contract *eu1 = contract(after, QStringLiteral("EU-1"));
        QVERIFY(eu1);
        QCOMPARE(eu1->currency, QStringLiteral("EUR"));
        QCOMPARE(eu1->notes, QStringLiteral("Frankfurt region"));
        QCOMPARE(eu1->providerId, QStringLiteral("cloud_b")); // "Cloud B" matched by name
        QCOMPARE(m_document->undoStack()->count(), 1);
        // "Model Co" (EU-2's supplier) is no demo provider: the register adds it.
        QCOMPARE(after.providers.size(), before.providers.size() + 1);
        QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Import 2 contracts, 1 provider"));
        QVERIFY(m_document->isModified());
        QCOMPARE(messages.count(), 1);

        m_document->undoStack()->undo();
        QCOMPARE(m_document->project().contracts.size(), before.contracts.size());
        QCOMPARE(m_document->project().providers.size(), before.providers.size());
        QVERIFY(!contract(m_document->project(), QStringLiteral("EU-1")));
        QCOMPARE(totalCost(m_document->project()), costBefore);
        QVERIFY(!m_document->isModified());
    }

    void cancelledWizardChangesNothing()
    {
        m_tools->setFileChooser([](const hp::FileChoice &) { return data("register_eu.csv"); });
        m_tools->setWizardRunner([](hp::ImportWizard &) { return false; });
        m_tools->importAction(hp::ImportKind::Register)->trigger();
        QCOMPARE(m_document->undoStack()->count(), 0);
        m_tools->setFileChooser([](const hp::FileChoice &) { return QString(); });
        m_tools->importAction(hp::ImportKind::Focus)->trigger();
        QCOMPARE(m_document->undoStack()->count(), 0);
    }

    void unreadableFileIsReported()
    {
        m_tools->setFileChooser([](const hp::FileChoice &) { return QStringLiteral("/nonexistent/register.csv"); });
        bool wizardOpened = false;
        m_tools->setWizardRunner([&](hp::ImportWizard &) {
            wizardOpened = true;
            return false;
        });
        m_tools->importAction(hp::ImportKind::Register)->trigger();
        QVERIFY(!wizardOpened);
        QCOMPARE(m_errors.size(), 1);
        QVERIFY2(m_errors.front().contains(QStringLiteral("register.csv")), qPrintable(m_errors.front()));
        QCOMPARE(m_document->undoStack()->count(), 0);
    }

    void stepTextCountsWhatIsImported()
    {
        hp::ImportPlan plan;
        plan.contracts.resize(1);
        plan.providers.resize(2);
        plan.actuals.resize(3);
        QCOMPARE(hp::ToolsController::importStepText(plan), QStringLiteral("Import 1 contract, 2 providers, 3 actuals"));
        QVERIFY(!m_tools->applyImport(hp::ImportPlan())); // nothing to import: no undo step
        QCOMPARE(m_document->undoStack()->count(), 0);
    }

    void exportsDeckWorkbookAndCsv()
    {
        QTemporaryDir dir;
        QStringList suggestions;
        m_tools->setFileChooser([&](const hp::FileChoice &c) {
            suggestions << c.suggestion;
            if (c.mode == hp::FileChoice::Folder)
                return dir.path();
            return dir.filePath(c.filter.contains(QStringLiteral("pptx")) ? QStringLiteral("deck") : QStringLiteral("book.xlsx"));
        });
        QCOMPARE(m_tools->exportScenario(), QStringLiteral("Pivot"));
        QVERIFY(m_tools->exportDocument(hp::DocumentFormat::Pptx));
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
        QCOMPARE(head(dir.filePath(QStringLiteral("deck.pptx")), 2), QByteArray("PK")); // suffix added
        m_tools->exportWorkbookAction()->trigger();
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
        QCOMPARE(head(dir.filePath(QStringLiteral("book.xlsx")), 2), QByteArray("PK"));
        QVERIFY(suggestions.front().endsWith(QStringLiteral("-Pivot.pptx")));
        m_tools->exportCsvAction()->trigger();
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
        const QStringList csv = QDir(dir.path()).entryList({QStringLiteral("pivot-*.csv")});
        QVERIFY2(!csv.isEmpty(), qPrintable(QDir(dir.path()).entryList().join(u' ')));
    }

    void exportToAnUnwritablePlaceIsReported()
    {
        m_tools->setFileChooser([](const hp::FileChoice &) { return QStringLiteral("/nonexistent/folder/deck.xlsx"); });
        QVERIFY(!m_tools->exportDocument(hp::DocumentFormat::Xlsx));
        QCOMPARE(m_errors.size(), 1);
        QVERIFY2(m_errors.front().contains(QStringLiteral("deck.xlsx")), qPrintable(m_errors.front()));
    }

    void chartExportNeedsAPanel()
    {
        QVERIFY(!m_tools->exportChartAction()->isEnabled());
        QVERIFY(!m_tools->exportChart());
        QCOMPARE(m_errors.size(), 1);
    }

    void exportsTheChartShown()
    {
        hp::ChartPanel panel;
        panel.setDebounce(0);
        panel.setProject(m_document->project());
        panel.setScenarios(QStringLiteral("Pivot"));
        QTRY_VERIFY_WITH_TIMEOUT(panel.hasChart() && !panel.isBusy(), 30000);
        m_tools->setChartPanel(&panel);
        QVERIFY(m_tools->exportChartAction()->isEnabled());
        QTemporaryDir dir;
        hp::FileChoice asked;
        m_tools->setFileChooser([&](const hp::FileChoice &c) {
            asked = c;
            return dir.filePath(QStringLiteral("chart.pdf"));
        });
        QVERIFY(m_tools->exportChart());
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
        QCOMPARE(asked.suggestion, QStringLiteral("cost-pivot.png"));
        QCOMPARE(head(dir.filePath(QStringLiteral("chart.pdf")), 4), QByteArray("%PDF"));
        m_tools->setChartPanel(nullptr);
    }

    void monteCarloOpensOverTheScenarios()
    {
        QVERIFY(!m_tools->monteCarloDialog());
        m_tools->monteCarloAction()->trigger();
        hp::MonteCarloDialog *dialog = m_tools->monteCarloDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->scenarioBox()->count(), int(m_document->project().scenarios.size()));
        QCOMPARE(dialog->scenarioBox()->itemText(0), QStringLiteral("Status quo"));
        QCOMPARE(dialog->scenarioBox()->currentText(), QStringLiteral("Pivot")); // the dashboard's
        QCOMPARE(dialog->againstBox()->count(), dialog->scenarioBox()->count() + 1); // "(none)" first
        QCOMPARE(dialog->againstBox()->currentText(), QStringLiteral("(none)")); // the dashboard compares with nothing
        dialog->close();
        // B follows the dashboard's "Compare with" when the dialog opens again.
        m_calculator->setScenarios(QStringLiteral("Pivot"), QStringLiteral("Hedge 60/40"));
        m_tools->monteCarloAction()->trigger();
        QCOMPARE(dialog->scenarioBox()->currentText(), QStringLiteral("Pivot"));
        QCOMPARE(dialog->againstBox()->currentText(), QStringLiteral("Hedge 60/40"));
        dialog->close();
        m_calculator->setScenarios(QStringLiteral("Pivot"));
    }

    void optimizeOpensOnTheDashboardsScenario()
    {
        QVERIFY(!m_tools->optimizeDialog());
        QCOMPARE(m_tools->optimizeAction()->text(), QStringLiteral("&Optimize…"));
        QVERIFY(m_tools->analysisMenu()->actions().contains(m_tools->optimizeAction()));
        m_tools->optimizeAction()->trigger();
        hp::OptimizeDialog *dialog = m_tools->optimizeDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->form()->baseBox()->count(), int(m_document->project().scenarios.size()));
        QCOMPARE(dialog->form()->baseBox()->currentText(), QStringLiteral("Pivot")); // the dashboard's
        dialog->close();
    }

    void actionsNeedAScenario()
    {
        QVERIFY(m_tools->exportDeckAction()->isEnabled());
        m_document->load(hp::Project());
        QVERIFY(!m_tools->exportDeckAction()->isEnabled());
        QVERIFY(!m_tools->monteCarloAction()->isEnabled());
        QVERIFY(!m_tools->optimizeAction()->isEnabled());
        QVERIFY(m_tools->importAction(hp::ImportKind::Prices)->isEnabled());
    }
};

HP_VIEW_TEST(ToolsControllerTest)
#include "ToolsControllerTest.moc"
