// Offscreen smoke test of the import wizard: every page, failing cells, rejects, remembered mappings.
#include "ViewTestRegistry.h"
#include "dialogs/ImportDialectPage.h"
#include "dialogs/ImportFilesPage.h"
#include "dialogs/ImportMappingPage.h"
#include "dialogs/ImportPreviewPage.h"
#include "dialogs/ImportRunPage.h"
#include "dialogs/ImportWizard.h"
#include "import/ImportPlan.h"
#include "canonical/DemoPortfolio.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <memory>

namespace {

QString data(const char *name) { return QStringLiteral(HEDGEPLAN_TEST_DATA "/import/") + QString::fromLatin1(name); }

QString writeFile(const QTemporaryDir &dir, const char *name, const QByteArray &bytes)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return path;
}

/// A shown wizard over `project` with `file` added; nullptr (and `error`)
/// when the files page refuses the file.
std::unique_ptr<hp::ImportWizard> openWizard(const hp::Project &project, const QString &file, QString *error)
{
    auto w = std::make_unique<hp::ImportWizard>(project);
    w->show();
    if (!w->filesPage()->addFile(file, error))
        return nullptr;
    return w;
}

/// Moves the wizard `pages` pages on.
void advance(QWizard &w, int pages)
{
    for (int i = 0; i < pages; ++i)
        w.next();
}

/// A procurement register the way one arrives: amounts with a decimal point
/// and one with a decimal comma, impossible dates, a negative total, an
/// unknown class and counterparty: 7 rejects in 6 rows (one row has two).
QByteArray procurementRegister()
{
    return "contract_id,vendor,counterparty_type,start_date,end_date,commitment_total,currency,workload_class\n"
           "P1,Cloud A,cloud,2026-01-01,2026-12-31,\"1,234.56\",USD,training\n"
           "P2,Cloud A,cloud,2026-01-01,2026-12-31,\"1.250.000.000,50 \xE2\x82\xAC\",EUR,training\n"
           "P3,Cloud A,cloud,2026-02-30,2026-12-31,100,USD,training\n"
           "P4,Cloud A,cloud,2026-13-01,2027-13-31,100,USD,training\n"
           "P5,Cloud A,cloud,2026-01-01,2026-12-31,(5.00),USD,training\n"
           "P6,Cloud A,cloud,2026-01-01,2026-12-31,100,USD,quantum\n"
           "P7,Cloud A,satellite,2026-01-01,2026-12-31,100,USD,training\n";
}

QString sourceText(hp::ImportMappingPage *page, int row)
{
    return qobject_cast<QComboBox *>(page->table()->cellWidget(row, 1))->currentText();
}

} // namespace

class ImportWizardTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("hedgeplan-test"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void importsARegisterThroughEveryPage()
    {
        const hp::Project project = hp::DemoPortfolio::load();
        QString error;
        const auto wWizard = openWizard(project, data("register_eu.csv"), &error);
        QVERIFY2(wWizard, qPrintable(error));
        hp::ImportWizard &w = *wWizard;
        QCOMPARE(qobject_cast<QComboBox *>(w.filesPage()->table()->cellWidget(0, 1))->currentText(), QStringLiteral("register"));
        w.next();
        QCOMPARE(w.currentId(), int(hp::ImportWizard::DialectPage));
        QCOMPARE(w.dialectPage()->delimiterBox()->currentIndex(), 1); // ';'
        QVERIFY(w.dialectPage()->decimalCommaBox()->isChecked());
        QVERIFY(w.dialectPage()->notesLabel()->text().contains(QStringLiteral("decimal comma")));
        w.next();
        QCOMPARE(w.currentId(), int(hp::ImportWizard::MappingPage));
        QCOMPARE(sourceText(w.mappingPage(), 0), QStringLiteral("Contract ID"));
        QCOMPARE(sourceText(w.mappingPage(), 1), QStringLiteral("Supplier"));
        QCOMPARE(sourceText(w.mappingPage(), 12), QStringLiteral("Comments")); // notes
        w.next();
        QCOMPARE(w.currentId(), int(hp::ImportWizard::PreviewPage));
        QTableWidget *preview = w.previewPage()->table();
        QCOMPARE(preview->rowCount(), 2);
        QCOMPARE(preview->item(0, 5)->text(), QString::fromUtf8("€ 2.000.000,00"));
        QVERIFY(preview->item(0, 5)->toolTip().isEmpty());
        QVERIFY(!w.previewPage()->notes()->findItems(QStringLiteral("decimal-comma"), Qt::MatchContains).isEmpty());
        w.next();
        QCOMPARE(w.currentId(), int(hp::ImportWizard::RunPage));
        QVERIFY(w.plan().has_value());
        QCOMPARE(w.plan()->contracts.size(), std::size_t(2));
        QCOMPARE(w.runPage()->progressBar()->value(), w.runPage()->progressBar()->maximum());
        QVERIFY(w.runPage()->rateLabel()->text().contains(QStringLiteral("2 rows")));
        QVERIFY(w.button(QWizard::FinishButton)->isEnabled());
        QCOMPARE(hp::applied(project, *w.plan()).contracts.size(), project.contracts.size() + 2);
    }

    void largeFocusFileShowsProgressAndCancelLeavesNoPlan()
    {
        // Issue 16: a FOCUS export of ~24 MB is read off the GUI thread; Cancel stops it and
        // nothing is planned, so the project stays as it was.
        QTemporaryDir dir;
        QFile sampleFile(data("focus_sample.csv"));
        QVERIFY(sampleFile.open(QIODevice::ReadOnly));
        const QByteArray sample = sampleFile.readAll();
        const qsizetype headerEnd = sample.indexOf('\n') + 1;
        QByteArray bytes = sample.left(headerEnd);
        while (bytes.size() < 24 * 1024 * 1024)
            bytes += sample.mid(headerEnd);
        const QString path = writeFile(dir, "focus_large.csv", bytes);
        const hp::Project project = hp::DemoPortfolio::load();
        const hp::Project before = project;
        QString error;
        auto wWizard = openWizard(project, path, &error);
        QVERIFY2(wWizard, qPrintable(error));
        hp::ImportWizard &w = *wWizard;
        QVERIFY(w.session().sources().at(0).bytes.size() <= 64 * 1024); // only the start is held
        advance(w, 3);
        QCOMPARE(w.currentId(), int(hp::ImportWizard::PreviewPage));
        QTimer::singleShot(0, w.runPage()->cancelButton(), [&w] { w.runPage()->cancelButton()->click(); });
        w.next();
        QCOMPARE(w.currentId(), int(hp::ImportWizard::RunPage));
        QVERIFY(!w.plan().has_value());
        QVERIFY2(w.runPage()->summaryLabel()->text().contains(QStringLiteral("Cancelled")), qPrintable(w.runPage()->summaryLabel()->text()));
        QVERIFY(!w.button(QWizard::FinishButton)->isEnabled());
        QVERIFY(project == before);
        // Read to the end the second time: every row, the rate shown, Finish enabled.
        w.back();
        w.next();
        QVERIFY(w.plan().has_value());
        QCOMPARE(w.plan()->rowsAccepted, w.plan()->rowsRead);
        QVERIFY(w.plan()->rowsRead > 30000);
        QCOMPARE(w.runPage()->progressBar()->value(), w.runPage()->progressBar()->maximum());
        QVERIFY2(w.runPage()->rateLabel()->text().contains(QStringLiteral("rows")), qPrintable(w.runPage()->rateLabel()->text()));
        QVERIFY(w.button(QWizard::FinishButton)->isEnabled());
        if (const QString shots = qEnvironmentVariable("HEDGEPLAN_SCREENSHOT_DIR"); !shots.isEmpty())
            w.grab().save(shots + QStringLiteral("/import-run-progress.png"));
    }

    void marksFailingCellsAndSavesRejects()
    {
        const hp::Project project;
        QString error;
        const auto wWizard = openWizard(project, data("register_bad.csv"), &error);
        QVERIFY2(wWizard, qPrintable(error));
        hp::ImportWizard &w = *wWizard;
        advance(w, 3);
        QTableWidget *preview = w.previewPage()->table();
        QCOMPARE(preview->rowCount(), 3);
        QCOMPARE(preview->verticalHeaderItem(1)->text(), QStringLiteral("3")); // the file's line
        QVERIFY(preview->item(1, 3)->toolTip().contains(QStringLiteral("impossible date")));
        QCOMPARE(preview->item(1, 3)->background().color(), QColor(255, 205, 205));
        QVERIFY(preview->item(2, 5)->toolTip().contains(QStringLiteral("must be")));
        QVERIFY(preview->item(0, 3)->toolTip().isEmpty());
        w.next();
        QVERIFY(!w.button(QWizard::FinishButton)->isEnabled()); // all or nothing
        QTemporaryDir dir;
        const QString rejects = dir.filePath(QStringLiteral("rejects.csv"));
        QVERIFY(w.runPage()->saveRejects(rejects, &error));
        QFile f(rejects);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("file,line,column,reason,raw\nregister_bad.csv,3,4,"));
        w.back();
        w.previewPage()->validRowsBox()->setChecked(true);
        w.next();
        QVERIFY(w.button(QWizard::FinishButton)->isEnabled());
        QCOMPARE(w.plan()->contracts.size(), std::size_t(1));
    }

    void opensLargeAndRemembersItsSize()
    {
        QSettings().remove(QStringLiteral("importWizard/geometry"));
        const hp::Project project;
        QSize first;
        {
            hp::ImportWizard w(project);
            const QSize screen = w.screen()->availableSize() * 0.9;
            QCOMPARE(w.size(), hp::ImportWizard::defaultSize().boundedTo(screen));
            QVERIFY(w.width() > 528 && w.height() > 418); // the old cramped size
            w.show();
            w.resize(w.width() - 40, w.height() - 30);
            first = w.size();
            w.reject(); // Cancel remembers too
        }
        hp::ImportWizard again(project);
        again.show();
        QCOMPARE(again.size(), first);
    }

    void wrapsTheNotesAndListsEveryReject()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, "procurement.csv", procurementRegister());
        const hp::Project project;
        QString error;
        const auto wWizard = openWizard(project, path, &error);
        QVERIFY2(wWizard, qPrintable(error));
        hp::ImportWizard &w = *wWizard;
        w.next();
        QCOMPARE(w.currentId(), int(hp::ImportWizard::DialectPage));
        QLabel *notes = w.dialectPage()->notesLabel();
        QVERIFY2(notes->text().contains(QStringLiteral("decimal point kept: '1,234.56' and '1.250.000.000,50")), qPrintable(notes->text()));
        QVERIFY(notes->wordWrap());
        const QSize roomy = w.size();
        w.resize(560, roomy.height()); // narrower than the note: it must wrap, not be clipped
        QCoreApplication::processEvents();
        QVERIFY(notes->fontMetrics().horizontalAdvance(notes->text().split(u'\n').last()) > notes->width());
        QTRY_VERIFY(notes->height() >= notes->heightForWidth(notes->width())); // every wrapped line shows
        QVERIFY(notes->geometry().right() <= notes->parentWidget()->width());
        w.resize(roomy);
        advance(w, 2);
        QCOMPARE(w.currentId(), int(hp::ImportWizard::PreviewPage));
        QVERIFY(w.previewPage()->notes()->wordWrap()); // the preview's notes (coercions, dialect used) wrap too
        w.next();
        QCOMPARE(w.currentId(), int(hp::ImportWizard::RunPage));
        const hp::ImportErrors &rejects = w.plan()->rejects;
        QCOMPARE(int(rejects.size()), 7);
        QVERIFY2(w.runPage()->summaryLabel()->text().contains(QStringLiteral("7 rejects in 6 rows")),
                 qPrintable(w.runPage()->summaryLabel()->text()));
        QVERIFY(!w.runPage()->summaryLabel()->text().contains(QStringLiteral("(s)")));
        QTableWidget *table = w.runPage()->rejectTable();
        QVERIFY(table->isVisible());
        QCOMPARE(table->rowCount(), 7);
        QCOMPARE(table->columnCount(), 5);
        QCOMPARE(table->horizontalHeaderItem(3)->text(), QStringLiteral("Reason"));
        for (int r = 0; r < 7; ++r) {
            const hp::ImportError &e = rejects[std::size_t(r)];
            QCOMPARE(table->item(r, 0)->text(), e.file);
            QCOMPARE(table->item(r, 1)->text(), QString::number(e.line));
            QCOMPARE(table->item(r, 3)->text(), e.reason);
            QCOMPARE(table->item(r, 4)->text(), e.raw);
        }
        QVERIFY(w.runPage()->saveRejectsButton()->isVisible() && w.runPage()->saveRejectsButton()->isEnabled());
        if (const QByteArray shot = qgetenv("HEDGEPLAN_SCREENSHOT_DIR"); !shot.isEmpty())
            w.grab().save(QString::fromLocal8Bit(shot) + QStringLiteral("/import-rejects.png"));
        const QString csv = dir.filePath(QStringLiteral("rejects.csv"));
        QVERIFY(w.runPage()->saveRejects(csv, &error));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count('\n'), 8); // header and the 7 rejects the table lists
    }

    void countsRejectsAndRowsInWords()
    {
        QCOMPARE(hp::ImportRunPage::rejectCount({{QStringLiteral("a.csv"), 2, 3, QStringLiteral("x"), QString()}}),
                 QStringLiteral("1 reject in 1 row"));
        const hp::ImportErrors two{{QStringLiteral("a.csv"), 2, 3, QStringLiteral("x"), QString()},
                                   {QStringLiteral("a.csv"), 2, 4, QStringLiteral("y"), QString()},
                                   {QStringLiteral("b.csv"), 2, 1, QStringLiteral("z"), QString()}};
        QCOMPARE(hp::ImportRunPage::rejectCount(two), QStringLiteral("3 rejects in 2 rows")); // same line, other file: another row
    }

    void offersToReadFractionColumns()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, "fractions.csv",
                                       "contract_id,vendor,counterparty_type,start_date,end_date,commitment_total,currency,discount_pct,workload_class\n"
                                       "F,V,cloud,2026-01-01,2026-12-31,100,USD,0.12,other\n");
        const hp::Project project;
        QString error;
        const auto wWizard = openWizard(project, path, &error);
        QVERIFY2(wWizard, qPrintable(error));
        hp::ImportWizard &w = *wWizard;
        advance(w, 3);
        QCOMPARE(w.previewPage()->fractionBoxes().size(), 1);
        w.previewPage()->fractionBoxes().front()->setChecked(true);
        QCoreApplication::processEvents();
        w.next();
        QCOMPARE(w.plan()->contracts.at(0).commitments.at(0).discountPct, hp::Decimal::fromString(u"12"));
    }

    void remembersTheMappingPerFileShape()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, "flat.csv", "Ref|Who|From|To|Amount\nR1|Acme|2026-01-01|2026-12-31|1000\n");
        const hp::Project project;
        {
            QString error;
            const auto wWizard = openWizard(project, path, &error);
            QVERIFY2(wWizard, qPrintable(error));
            hp::ImportWizard &w = *wWizard;
            advance(w, 2);
            QVERIFY(!w.button(QWizard::NextButton)->isEnabled()); // required fields unmapped
            hp::ImportMappingPage *m = w.mappingPage();
            m->mapToColumn(0, QStringLiteral("Ref"));
            m->mapToColumn(1, QStringLiteral("Who"));
            m->mapToConstant(2, QStringLiteral("cloud"));
            m->mapToColumn(3, QStringLiteral("From"));
            m->mapToColumn(4, QStringLiteral("To"));
            m->mapToColumn(5, QStringLiteral("Amount"));
            m->mapToConstant(6, QStringLiteral("USD"));
            m->mapToConstant(11, QStringLiteral("training"));
            QVERIFY(w.button(QWizard::NextButton)->isEnabled());
            w.next(); // leaving the page remembers the mapping
        }
        QString error;
        const auto againWizard = openWizard(project, path, &error);
        QVERIFY2(againWizard, qPrintable(error));
        hp::ImportWizard &again = *againWizard;
        advance(again, 2);
        QCOMPARE(sourceText(again.mappingPage(), 0), QStringLiteral("Ref"));
        QCOMPARE(sourceText(again.mappingPage(), 2), QStringLiteral("(constant)"));
        QVERIFY(again.button(QWizard::NextButton)->isEnabled());
        advance(again, 2);
        QCOMPARE(again.plan()->contracts.size(), std::size_t(1));
    }

    void importsAPriceMapWithAChosenMix()
    {
        const hp::Project project;
        QString error;
        const auto wWizard = openWizard(project, data("litellm_prices_sample.json"), &error);
        QVERIFY2(wWizard, qPrintable(error));
        hp::ImportWizard &w = *wWizard;
        QCOMPARE(qobject_cast<QComboBox *>(w.filesPage()->table()->cellWidget(0, 1))->currentText(), QStringLiteral("prices"));
        w.next();
        QVERIFY(w.dialectPage()->mixEdit()->isEnabled());
        QVERIFY(!w.dialectPage()->delimiterBox()->isEnabled());
        w.dialectPage()->mixEdit()->setText(QStringLiteral("1:x"));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        w.dialectPage()->mixEdit()->setText(QStringLiteral("1:1"));
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        advance(w, 2);
        w.previewPage()->validRowsBox()->setChecked(true); // wandb's per-token error is rejected
        w.next();
        QVERIFY(w.button(QWizard::FinishButton)->isEnabled());
        // Entries priced 0 for input and output are skipped with a reason (docs/import.md), not imported free.
        QCOMPARE(w.plan()->offerings.size(), std::size_t(3));
        const auto &offerings = w.plan()->offerings;
        const auto gpt4o = std::find_if(offerings.begin(), offerings.end(), [](const hp::Offering &o) { return o.id == QStringLiteral("gpt-4o"); });
        QVERIFY(gpt4o != offerings.end());
        QCOMPARE(gpt4o->unitPrice, hp::Decimal::fromString(u"6.25")); // (2.5 + 10) / 2
    }

    void mapsUnknownFocusProviderNames()
    {
        const hp::Project project = hp::DemoPortfolio::load();
        QString error;
        const auto wWizard = openWizard(project, data("focus_sample.csv"), &error);
        QVERIFY2(wWizard, qPrintable(error));
        hp::ImportWizard &w = *wWizard;
        QCOMPARE(qobject_cast<QComboBox *>(w.filesPage()->table()->cellWidget(0, 1))->currentText(), QStringLiteral("focus"));
        advance(w, 3);
        const QList<QComboBox *> boxes = w.previewPage()->providerBoxes();
        QCOMPARE(boxes.size(), 3); // AWS, Microsoft, Oracle
        QComboBox *aws = boxes.front();
        QVERIFY(aws->currentText().contains(QStringLiteral("keep as written")));
        aws->setCurrentIndex(aws->findData(QStringLiteral("cloud_b")));
        QCoreApplication::processEvents();
        QCOMPARE(w.previewPage()->providerBoxes().size(), 3); // AWS stays listed, now mapped
        w.next();
        QVERIFY(w.button(QWizard::FinishButton)->isEnabled());
        const hp::Project after = hp::applied(project, *w.plan());
        QCOMPARE(after.actuals.size(), project.actuals.size() + 3);
        const auto cloudB = std::find_if(after.actuals.begin(), after.actuals.end(),
                                         [](const hp::Actual &a) { return a.provider == QStringLiteral("cloud_b"); });
        QVERIFY(cloudB != after.actuals.end());
        QCOMPARE(cloudB->billedCost, hp::Decimal::fromString(u"18.006638626"));
    }

    void nonUtf8FileNeedsAnExplicitEncoding()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, "cp1252.csv",
                                       "contract_id,vendor,counterparty_type,start_date,end_date,commitment_total,currency,workload_class,notes\n"
                                       "W,Caf\xE9 Cloud,cloud,2026-01-01,2026-12-31,\x80 100,EUR,other,\x93quoted\x94\n");
        const hp::Project project;
        QString error;
        const auto wWizard = openWizard(project, path, &error);
        QVERIFY2(wWizard, qPrintable(error));
        hp::ImportWizard &w = *wWizard;
        w.next();
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        QVERIFY(w.dialectPage()->notesLabel()->text().contains(QStringLiteral("not valid UTF-8")));
        w.dialectPage()->encodingBox()->setCurrentIndex(int(hp::TextEncoding::Windows1252));
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        advance(w, 3);
        QVERIFY(w.plan()->rejects.empty());
        QCOMPARE(w.plan()->providers.at(0).name, QString::fromUtf8("Café Cloud"));
        QCOMPARE(w.plan()->contracts.at(0).notes, QString::fromUtf8("“quoted”"));
    }
};

HP_VIEW_TEST(ImportWizardTest)
#include "ImportWizardTest.moc"
