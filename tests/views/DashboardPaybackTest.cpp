// docs/rules.md §5.3 rev 2 in the GUI: the dashboard names the scenario that pays
// back against the other, whichever way round the user picks them; the
// sentence comes from the model (ScenarioComparison::paybackSentence).
#include "ViewTestRegistry.h"
#include "itemmodels/DashboardModel.h"
#include "canonical/DemoPortfolio.h"
#include "main/DashboardWidget.h"
#include "main/MainWindow.h"
#include "main/ProjectSession.h"

#include <QComboBox>
#include <QLabel>
#include <QTemporaryDir>
#include <QtTest>

class DashboardPaybackTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void namesTheScenarioThatPaysBackInEitherOrder()
    {
        QTemporaryDir recovery;
        hp::MainWindow w(recovery.path());
        w.session()->newProject(hp::DemoPortfolio::load());
        w.show();
        hp::DashboardWidget *dashboard = w.dashboard();
        auto *label = dashboard->findChild<QLabel *>(QStringLiteral("dashboardPayback"));
        QVERIFY(label);
        auto header = [&](int column) {
            return dashboard->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        };
        const QString sentence = QStringLiteral("Pivot pays back against Status quo in 2027-06");
        const std::pair<QString, QString> orders[] = {{QStringLiteral("Status quo"), QStringLiteral("Pivot")},
                                                      {QStringLiteral("Pivot"), QStringLiteral("Status quo")}};
        for (const auto &order : orders) {
            const QString &primary = order.first, &compare = order.second; // no structured binding near QTRY_* (clang 14)
            dashboard->scenarioPicker()->setCurrentText(primary);
            dashboard->comparePicker()->setCurrentText(compare);
            QTRY_COMPARE_WITH_TIMEOUT(header(hp::DashboardModel::Primary), primary, 20000);
            QTRY_COMPARE_WITH_TIMEOUT(header(hp::DashboardModel::Compare), compare, 20000);
            QCOMPARE(label->text(), sentence);
            QVERIFY(label->isVisible());
        }
        // Without a second scenario there is nothing to pay back against.
        dashboard->comparePicker()->setCurrentIndex(0);
        QTRY_COMPARE_WITH_TIMEOUT(header(hp::DashboardModel::Compare), QStringLiteral("Compare with"), 20000);
        QVERIFY(label->isHidden());
    }
};

HP_VIEW_TEST(DashboardPaybackTest)
#include "DashboardPaybackTest.moc"
