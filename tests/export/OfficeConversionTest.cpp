// LibreOffice opens the deck and the workbook: each converts to a PDF with
// the expected number of pages. Skipped when LibreOffice is not installed
// only outside ./test.sh: ./test.sh installs libreoffice-impress and
// libreoffice-calc and sets HEDGEPLAN_REQUIRE_OFFICE, so CI always renders.
#include "ExportTestSupport.h"

#include "export/PptxDeckWriter.h"
#include "export/XlsxResultWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hp;
using namespace hp::test;

namespace {

/// Converts `input` to PDF in `dir` with a private profile; the PDF's bytes or empty.
QByteArray convertToPdf(const QString &soffice, const QTemporaryDir &dir, const QString &input, QString *log)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dir.path()); // LibreOffice needs a writable profile
    process.setProcessEnvironment(env);
    process.start(soffice, {QStringLiteral("--headless"), QStringLiteral("--norestore"),
                            QStringLiteral("-env:UserInstallation=file://") + dir.path() + QStringLiteral("/profile"),
                            QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"), dir.path(), input});
    if (!process.waitForFinished(240000)) {
        process.kill();
        process.waitForFinished();
        *log = QStringLiteral("soffice timed out");
        return {};
    }
    *log = QString::fromLocal8Bit(process.readAllStandardOutput() + process.readAllStandardError());
    QString pdf = input;
    pdf.replace(pdf.lastIndexOf(u'.'), pdf.size(), QStringLiteral(".pdf"));
    // To look at the results: HEDGEPLAN_EXPORT_ARTIFACTS=DIR keeps the input and the PDF there.
    const QString keep = qEnvironmentVariable("HEDGEPLAN_EXPORT_ARTIFACTS");
    if (!keep.isEmpty()) {
        for (const QString &file : {input, pdf}) {
            const QString copy = QDir(keep).filePath(QFileInfo(file).fileName());
            QFile::remove(copy);
            QFile::copy(file, copy);
        }
    }
    QFile file(pdf);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class OfficeConversion : public ::testing::Test {
protected:
    void SetUp() override
    {
        soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        if (soffice.isEmpty()) {
            // ./test.sh installs LibreOffice and sets HEDGEPLAN_REQUIRE_OFFICE: there a
            // missing soffice is a failure, never a silent skip.
            if (qEnvironmentVariableIsSet("HEDGEPLAN_REQUIRE_OFFICE"))
                FAIL() << "LibreOffice (soffice) is required by ./test.sh but not installed";
            GTEST_SKIP() << "LibreOffice (soffice) is not installed: apt-get install libreoffice-impress libreoffice-calc";
        }
    }
    QString soffice;
    QTemporaryDir dir;
};

} // namespace

TEST_F(OfficeConversion, DeckConvertsToOnePdfPagePerSlide)
{
    const QString path = dir.filePath(QStringLiteral("deck.pptx"));
    QString error;
    ASSERT_TRUE(PptxDeckWriter().write(sampleDeck(), path, &error)) << error.toStdString();
    QString log;
    const QByteArray pdf = convertToPdf(soffice, dir, path, &log);
    ASSERT_FALSE(pdf.isEmpty()) << log.toStdString();
    EXPECT_EQ(pdfPageCount(pdf), 6) << log.toStdString();
}

TEST_F(OfficeConversion, WorkbookConvertsWithEverySheet)
{
    const QString path = dir.filePath(QStringLiteral("results.xlsx"));
    XlsxResultWriter::Content content;
    content.title = QStringLiteral("Results");
    ResultTable table{QStringLiteral("Totals"), {}, {{QStringLiteral("Figure"), ColumnFormat::Text}, {QStringLiteral("Value"), ColumnFormat::Money}}, {}};
    table.rows.push_back({QStringLiteral("Total"), Decimal::fromInt(1000)});
    content.tables = {table, table};
    content.tables[1].name = QStringLiteral("Totals 2");
    content.charts.push_back(sampleChart(SeriesStyle::StackedBar, {{1, 2, 3}}, "Bars"));
    QString error;
    ASSERT_TRUE(XlsxResultWriter::write(content, path, &error)) << error.toStdString();
    QString log;
    const QByteArray pdf = convertToPdf(soffice, dir, path, &log);
    ASSERT_FALSE(pdf.isEmpty()) << log.toStdString();
    // Two tables, the chart sheet and the chart data sheet: one page each.
    EXPECT_EQ(pdfPageCount(pdf), 4) << log.toStdString();
}
