#include "XlsxResultWriter.h"

#include "export/ExportFile.h"
#include "export/PptxChartPart.h"
#include "export/XlsxChartBlock.h"
#include "export/ZipPartRewriter.h"
#include "report/ResultCellText.h"

#include <QFile>

#include <xlsxwriter.h>

#include <algorithm>
#include <map>
#include <vector>

namespace hp {

namespace {

struct TableFormats {
    lxw_format *header = nullptr;
    lxw_format *money = nullptr;
    lxw_format *percent = nullptr;
    lxw_format *number = nullptr;
    lxw_format *integer = nullptr;

    lxw_format *of(ColumnFormat f) const
    {
        switch (f) {
        case ColumnFormat::Money:
            return money;
        case ColumnFormat::Percent:
            return percent;
        case ColumnFormat::Number:
            return number;
        case ColumnFormat::Integer:
            return integer;
        case ColumnFormat::Text:
        case ColumnFormat::Month:
            break;
        }
        return nullptr;
    }
};

lxw_format *numberFormat(lxw_workbook *workbook, const char *format)
{
    lxw_format *f = workbook_add_format(workbook);
    format_set_num_format(f, format);
    return f;
}

/// Printed (and converted to PDF) landscape, one page wide.
void printLayout(lxw_worksheet *sheet)
{
    worksheet_set_landscape(sheet);
    worksheet_fit_to_pages(sheet, 1, 0);
}

void writeTable(lxw_worksheet *sheet, const ResultTable &table, const TableFormats &formats)
{
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        const ResultColumn &column = table.columns[c];
        worksheet_write_string(sheet, 0, lxw_col_t(c), column.header.toUtf8().constData(), formats.header);
        qsizetype width = column.header.size();
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            if (c >= table.rows[r].size())
                continue;
            const ResultCell &cell = table.rows[r][c];
            const auto row = lxw_row_t(r + 1);
            if (ResultCellText::isNumber(cell)) {
                // Money goes in as its cent-rounded value, as every export shows it.
                const double value = column.format == ColumnFormat::Money
                    ? ResultCellText::plain(cell, column.format).toDouble()
                    : ResultCellText::toDouble(cell);
                worksheet_write_number(sheet, row, lxw_col_t(c), value, formats.of(column.format));
            } else if (const QString *text = std::get_if<QString>(&cell)) {
                worksheet_write_string(sheet, row, lxw_col_t(c), text->toUtf8().constData(), nullptr);
            }
            width = std::max(width, ResultCellText::display(cell, column.format).size());
        }
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), double(std::clamp<qsizetype>(width + 2, 8, 60)), nullptr);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    printLayout(sheet);
    worksheet_repeat_rows(sheet, 0, 0);
}

constexpr int kRowsPerChart = 24; // a chart (1.5 × 288 px) and a gap

/// Two charts a page, none cut by a page break: landscape at 65 % (a page
/// then holds at least 48 rows on A4 and Letter), a break every two charts.
void chartsPrintLayout(lxw_worksheet *sheet, int rows)
{
    worksheet_set_landscape(sheet);
    worksheet_set_print_scale(sheet, 65);
    std::vector<lxw_row_t> breaks; // copied by libxlsxwriter
    for (int row = 2 * kRowsPerChart; row < rows; row += 2 * kRowsPerChart)
        breaks.push_back(lxw_row_t(row));
    if (breaks.empty())
        return;
    breaks.push_back(0); // the list ends with 0
    worksheet_set_h_pagebreaks(sheet, breaks.data());
}

} // namespace

QString XlsxResultWriter::sheetName(const QString &name)
{
    QString out;
    for (QChar c : name)
        out += QStringLiteral("[]:*?/\\").contains(c) ? QChar(u'_') : c;
    return out.left(31);
}

bool XlsxResultWriter::write(const Content &content, const QString &path, QString *error)
{
    ExportFile file(path);
    if (file.temporaryPath().isEmpty()) {
        *error = file.error();
        return false;
    }
    lxw_workbook *workbook = workbook_new(QFile::encodeName(file.temporaryPath()).constData());
    if (!workbook) {
        *error = QStringLiteral("%1: cannot create the workbook").arg(path);
        return false;
    }
    // libxlsxwriter takes char * but copies the text.
    QByteArray title = content.title.toUtf8();
    QByteArray author("Hedgeplan");
    lxw_doc_properties properties{};
    properties.title = title.data();
    properties.author = author.data();
    workbook_set_properties(workbook, &properties);

    TableFormats formats;
    formats.header = workbook_add_format(workbook);
    format_set_bold(formats.header);
    format_set_bottom(formats.header, LXW_BORDER_THIN);
    formats.money = numberFormat(workbook, "#,##0.00");
    formats.percent = numberFormat(workbook, "0.0%");
    formats.number = numberFormat(workbook, "#,##0.00");
    formats.integer = numberFormat(workbook, "0");

    for (const ResultTable &table : content.tables) {
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, sheetName(table.name).toUtf8().constData());
        if (!sheet) {
            workbook_close(workbook);
            *error = QStringLiteral("%1: cannot add the sheet '%2'").arg(path, table.name);
            return false;
        }
        writeTable(sheet, table, formats);
    }

    // Charts with a second value axis, as on screen (HHI and single-homed
    // share, monthly and cumulative revenue share): libxlsxwriter 1.1 has no
    // secondary axis, so their parts are replaced by the deck's chart XML
    // over the same table once the workbook is closed.
    std::map<QString, QByteArray> twoAxisCharts;
    if (!content.charts.empty()) {
        const QString dataSheetName = QStringLiteral("Chart data");
        lxw_worksheet *chartSheet = workbook_add_worksheet(workbook, "Charts");
        lxw_worksheet *dataSheet = workbook_add_worksheet(workbook, dataSheetName.toUtf8().constData());
        int row = 0;
        int chartRow = 0;
        int chartNumber = 0; // libxlsxwriter names charts xl/charts/chartN.xml in insertion order
        for (const ChartData &chart : content.charts) {
            worksheet_write_string(dataSheet, lxw_row_t(row), 0, chart.title.toUtf8().constData(), formats.header);
            const XlsxChartBlock block(chart, dataSheetName, row + 1);
            block.writeTable(dataSheet, {formats.header, numberFormat(workbook, XlsxChartBlock::numberFormat(chart.unit)),
                                         numberFormat(workbook, XlsxChartBlock::numberFormat(chart.secondaryUnit))});
            if (lxw_chart *native = block.addChart(workbook)) {
                lxw_chart_options options{};
                options.x_scale = 2.0;
                options.y_scale = 1.5;
                worksheet_insert_chart_opt(chartSheet, lxw_row_t(chartRow), 1, native, &options);
                ++chartNumber;
                if (std::any_of(chart.series.begin(), chart.series.end(), [](const ChartSeries &s) { return s.secondaryAxis; }))
                    twoAxisCharts[QStringLiteral("xl/charts/chart%1.xml").arg(chartNumber)] =
                        PptxChartPart::xml(chart, QString(), {dataSheetName, row + 1, true});
            }
            row = block.layout().lastDataRow() + 2;
            chartRow += kRowsPerChart;
        }
        chartsPrintLayout(chartSheet, chartRow);
        printLayout(dataSheet);
        worksheet_set_column(dataSheet, 0, 0, 14, nullptr);
        worksheet_set_column(dataSheet, 1, 30, 16, nullptr);
    }

    const lxw_error result = workbook_close(workbook);
    if (result != LXW_NO_ERROR) {
        *error = QStringLiteral("%1: cannot write the workbook: %2").arg(path, QString::fromUtf8(lxw_strerror(result)));
        return false;
    }
    QString rewriteError;
    if (!ZipPartRewriter::replace(file.temporaryPath(), twoAxisCharts, &rewriteError)) {
        *error = QStringLiteral("%1: %2").arg(path, rewriteError);
        return false;
    }
    return file.commit(error);
}

} // namespace hp
