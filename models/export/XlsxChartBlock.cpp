#include "XlsxChartBlock.h"

#include "report/MonthTicks.h"
#include "report/SeriesColours.h"

#include <QDir>
#include <QFile>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>

namespace hp {

XlsxChartBlock::XlsxChartBlock(const ChartData &chart, const QString &sheetName, int firstRow, int firstColumn)
    : m_chart(chart), m_sheet(sheetName), m_layout(chart, firstRow, firstColumn)
{
}

const char *XlsxChartBlock::numberFormat(ValueUnit unit)
{
    switch (unit) {
    case ValueUnit::Money:
        return "#,##0";
    case ValueUnit::Percent:
        return "0.0%";
    case ValueUnit::Ratio:
        return "0.00";
    case ValueUnit::Count:
        return "#,##0";
    }
    return "General";
}

QString XlsxChartBlock::axisFormat(const ChartData &chart, bool secondary)
{
    const ValueUnit unit = secondary ? chart.secondaryUnit : chart.unit;
    if (unit != ValueUnit::Money && unit != ValueUnit::Count)
        return QString::fromLatin1(numberFormat(unit));
    // The largest bar or area top: stacked series add up per category.
    double largest = 0;
    std::vector<double> stacked(std::size_t(chart.categories.size()), 0.0);
    for (const ChartSeries &s : chart.series) {
        if (s.secondaryAxis != secondary)
            continue;
        const bool stacks = s.style == SeriesStyle::StackedArea || s.style == SeriesStyle::StackedBar;
        for (const auto *values : {&s.values, &s.upper})
            for (std::size_t i = 0; i < values->size(); ++i) {
                const double v = std::isfinite((*values)[i]) ? std::abs((*values)[i]) : 0.0;
                if (stacks && i < stacked.size())
                    largest = std::max(largest, stacked[i] += v);
                else
                    largest = std::max(largest, v);
            }
    }
    if (largest >= 1e9)
        return QStringLiteral("#,##0.0,,,\"B\"");
    if (largest >= 1e6)
        return QStringLiteral("#,##0,,\"M\"");
    if (largest >= 1e4)
        return QStringLiteral("#,##0,\"k\"");
    return QString::fromLatin1(numberFormat(unit));
}

namespace {

void writeText(lxw_worksheet *sheet, int row, int column, const QString &text, lxw_format *format)
{
    worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), text.toUtf8().constData(), format);
}

void writeColumn(lxw_worksheet *sheet, const ChartTableLayout &layout, int column, const std::vector<double> &values,
                 lxw_format *format)
{
    for (std::size_t i = 0; i < values.size(); ++i)
        if (std::isfinite(values[i]))
            worksheet_write_number(sheet, lxw_row_t(layout.firstDataRow() + int(i)), lxw_col_t(column), values[i], format);
}

uint8_t chartType(SeriesStyle style, bool sideways)
{
    if (sideways && style == SeriesStyle::Bar)
        return LXW_CHART_BAR;
    if (sideways && style == SeriesStyle::StackedBar)
        return LXW_CHART_BAR_STACKED;
    switch (style) {
    case SeriesStyle::StackedArea:
        return LXW_CHART_AREA_STACKED;
    case SeriesStyle::StackedBar:
        return LXW_CHART_COLUMN_STACKED;
    case SeriesStyle::Waterfall: // floating bars: an invisible base stacked under the parts
        return LXW_CHART_COLUMN_STACKED;
    case SeriesStyle::Bar:
        return LXW_CHART_COLUMN;
    case SeriesStyle::Line:
    case SeriesStyle::DashedLine:
    case SeriesStyle::Band:
        return LXW_CHART_LINE;
    }
    return LXW_CHART_LINE;
}

/// libxlsxwriter reads colour 0 as "not set" (Excel's automatic colour): black is LXW_COLOR_BLACK.
lxw_color_t rgb(QRgb colour)
{
    const lxw_color_t value = lxw_color_t(colour & 0xffffff);
    return value == 0 ? lxw_color_t(LXW_COLOR_BLACK) : value;
}

} // namespace

void XlsxChartBlock::writeTable(lxw_worksheet *sheet, const Formats &formats) const
{
    const ChartTableLayout &l = m_layout;
    writeText(sheet, l.headerRow(), l.categoryColumn(), m_chart.categoryTitle, formats.header);
    for (qsizetype i = 0; i < m_chart.categories.size(); ++i)
        writeText(sheet, l.firstDataRow() + int(i), l.categoryColumn(), m_chart.categories[i], nullptr);
    for (std::size_t s = 0; s < m_chart.series.size(); ++s) {
        const ChartSeries &series = m_chart.series[s];
        lxw_format *format = series.secondaryAxis ? formats.secondary : formats.values;
        const bool band = l.upperColumn(s) >= 0;
        writeText(sheet, l.headerRow(), l.valuesColumn(s), band ? series.name + QStringLiteral(" (low)") : series.name,
                  formats.header);
        writeColumn(sheet, l, l.valuesColumn(s), series.values, format);
        if (band) {
            writeText(sheet, l.headerRow(), l.upperColumn(s), series.name + QStringLiteral(" (high)"), formats.header);
            writeColumn(sheet, l, l.upperColumn(s), series.upper, format);
        }
    }
    if (l.baseColumn() >= 0) {
        writeText(sheet, l.headerRow(), l.baseColumn(), QStringLiteral("Waterfall base"), formats.header);
        std::vector<double> bases;
        for (const WaterfallBar &bar : m_chart.waterfall)
            bases.push_back(bar.low());
        writeColumn(sheet, l, l.baseColumn(), bases, formats.values);
    }
    writeBandWidths(sheet, formats);
}

void XlsxChartBlock::writeBandWidths(lxw_worksheet *sheet, const Formats &formats) const
{
    // A band's width is a formula of its two bounds, so editing a bound in
    // PowerPoint's "Edit Data" moves the band with it.
    const ChartTableLayout &l = m_layout;
    for (std::size_t s = 0; s < m_chart.series.size(); ++s) {
        if (l.widthColumn(s) < 0)
            continue;
        const ChartSeries &band = m_chart.series[s];
        lxw_format *format = band.secondaryAxis ? formats.secondary : formats.values;
        writeText(sheet, l.headerRow(), l.widthColumn(s), band.name, formats.header);
        const std::vector<double> widths = ChartTableLayout::bandWidths(band);
        for (std::size_t i = 0; i < widths.size(); ++i) {
            if (!std::isfinite(widths[i]))
                continue;
            const int row = l.firstDataRow() + int(i);
            const QByteArray formula = QStringLiteral("=%1%3-%2%3")
                                           .arg(ChartTableLayout::columnLetters(l.upperColumn(s)),
                                                ChartTableLayout::columnLetters(l.valuesColumn(s)))
                                           .arg(row + 1)
                                           .toUtf8();
            worksheet_write_formula_num(sheet, lxw_row_t(row), lxw_col_t(l.widthColumn(s)), formula.constData(), format, widths[i]);
        }
    }
}

lxw_chart *XlsxChartBlock::addChart(lxw_workbook *workbook) const
{
    const SeriesStyle first = m_chart.series.empty() ? SeriesStyle::Line : m_chart.series.front().style;
    const uint8_t type = chartType(first, m_chart.horizontalBars);
    lxw_chart *chart = workbook_add_chart(workbook, type);
    if (!chart)
        return nullptr;
    const ChartTableLayout &l = m_layout;
    const QByteArray categories = ChartTableLayout::range(m_sheet, l.firstDataRow(), l.lastDataRow(), l.categoryColumn()).toUtf8();
    const std::vector<QRgb> colours = SeriesColours::forChart(m_chart);
    if (l.baseColumn() >= 0) { // the waterfall's bars float on an invisible first series, as on screen
        const QByteArray values = ChartTableLayout::range(m_sheet, l.firstDataRow(), l.lastDataRow(), l.baseColumn()).toUtf8();
        lxw_chart_series *base = chart_add_series(chart, categories.constData(), values.constData());
        lxw_chart_fill none{};
        none.none = LXW_TRUE;
        chart_series_set_fill(base, &none);
        lxw_chart_line noLine{};
        noLine.none = LXW_TRUE;
        chart_series_set_line(base, &noLine);
        int16_t hidden[] = {0, -1};
        chart_legend_delete_series(chart, hidden);
    }
    const auto addSeries = [&](std::size_t s, int column) {
        const QByteArray values = ChartTableLayout::range(m_sheet, l.firstDataRow(), l.lastDataRow(), column).toUtf8();
        lxw_chart_series *series = chart_add_series(chart, categories.constData(), values.constData());
        const QByteArray name = (QLatin1Char('=') + ChartTableLayout::cell(m_sheet, l.headerRow(), column)).toUtf8();
        chart_series_set_name(series, name.constData());
        const SeriesStyle style = m_chart.series[s].style;
        if (type == LXW_CHART_LINE) {
            lxw_chart_line line{};
            line.color = rgb(colours[s]);
            line.width = 2.25f;
            line.dash_type = style == SeriesStyle::DashedLine || style == SeriesStyle::Band ? LXW_CHART_LINE_DASH_DASH
                                                                                             : LXW_CHART_LINE_DASH_SOLID;
            chart_series_set_line(series, &line);
        } else {
            lxw_chart_fill fill{};
            fill.color = rgb(colours[s]);
            chart_series_set_fill(series, &fill);
        }
        const QStringList &texts = m_chart.series[s].pointLabels;
        if (!texts.isEmpty()) { // custom data labels: the text of each point, none where it has none
            std::vector<QByteArray> utf8;
            std::vector<lxw_chart_data_label> labels(std::size_t(m_chart.categories.size()));
            std::vector<lxw_chart_data_label *> pointers;
            for (std::size_t i = 0; i < labels.size(); ++i) {
                const QString text = texts.value(qsizetype(i));
                utf8.push_back(text.toUtf8());
                labels[i].hide = text.isEmpty() ? LXW_TRUE : LXW_FALSE;
            }
            for (std::size_t i = 0; i < labels.size(); ++i) {
                labels[i].value = utf8[i].data();
                pointers.push_back(&labels[i]);
            }
            pointers.push_back(nullptr);
            chart_series_set_labels(series);
            chart_series_set_labels_custom(series, pointers.data());
            if (type == LXW_CHART_BAR || type == LXW_CHART_COLUMN)
                chart_series_set_labels_position(series, LXW_CHART_LABEL_POSITION_OUTSIDE_END);
        }
    };
    for (std::size_t s = 0; s < m_chart.series.size(); ++s) {
        // libxlsxwriter 1.1 has no secondary axis: such a series would lie flat on the
        // primary one, so it stays in the table beside the chart, not in the chart.
        if (m_chart.series[s].secondaryAxis && m_chart.series.front().secondaryAxis == false)
            continue;
        addSeries(s, l.valuesColumn(s));
        if (l.upperColumn(s) >= 0)
            addSeries(s, l.upperColumn(s));
    }
    chart_title_set_name(chart, m_chart.title.toUtf8().constData());
    // In a libxlsxwriter bar chart x_axis is the horizontal one, which holds the values.
    const bool sideways = type == LXW_CHART_BAR || type == LXW_CHART_BAR_STACKED;
    lxw_chart_axis *values = sideways ? chart->x_axis : chart->y_axis;
    if (!m_chart.valueTitle.isEmpty())
        chart_axis_set_name(values, m_chart.valueTitle.toUtf8().constData());
    chart_axis_set_num_format(values, axisFormat(m_chart, false).toUtf8().constData());
    if (sideways) { // first category on top, the values still along the bottom
        chart_axis_set_reverse(chart->y_axis);
        chart_axis_set_crossing_max(chart->y_axis);
    } else {
        labelMonths(chart); // only month charts need it, and those are never sideways
    }
    chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
    chart_show_blanks_as(chart, LXW_CHART_BLANKS_AS_GAP);
    return chart;
}

void XlsxChartBlock::labelMonths(lxw_chart *chart) const
{
    // Every sixth month of five years, as on screen, not 60 turned labels.
    const int skip = MonthTicks::labelSkip(m_chart);
    if (skip <= 1)
        return;
    chart_axis_set_interval_unit(chart->x_axis, uint16_t(skip));
    chart_axis_set_interval_tick(chart->x_axis, uint16_t(skip));
    // Level to the eye: at exactly 0° LibreOffice (which ignores the label
    // interval) breaks and overlaps the labels; at −1° it drops the ones that
    // would collide, as PptxChartPart's month axes do.
    lxw_chart_font level{};
    level.rotation = -1;
    chart_axis_set_num_font(chart->x_axis, &level);
}

QByteArray XlsxChartBlock::standaloneWorkbook(const ChartData &chart, QString *error)
{
    QTemporaryFile file;
    file.setFileTemplate(QStringLiteral("%1/hedgeplan-chart-XXXXXX.xlsx").arg(QDir::tempPath()));
    if (!file.open()) {
        *error = QStringLiteral("cannot create a temporary workbook: %1").arg(file.errorString());
        return {};
    }
    file.close();
    lxw_workbook *workbook = workbook_new(QFile::encodeName(file.fileName()).constData());
    if (!workbook) {
        *error = QStringLiteral("cannot create a temporary workbook");
        return {};
    }
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Sheet1");
    lxw_format *header = workbook_add_format(workbook);
    format_set_bold(header);
    lxw_format *values = workbook_add_format(workbook);
    format_set_num_format(values, numberFormat(chart.unit));
    lxw_format *secondary = workbook_add_format(workbook);
    format_set_num_format(secondary, numberFormat(chart.secondaryUnit));
    const XlsxChartBlock block(chart, QStringLiteral("Sheet1"));
    block.writeTable(sheet, {header, values, secondary});
    worksheet_set_column(sheet, 0, lxw_col_t(block.layout().columnCount() - 1), 16, nullptr);
    const lxw_error result = workbook_close(workbook);
    if (result != LXW_NO_ERROR) {
        *error = QStringLiteral("cannot write the chart's workbook: %1").arg(QString::fromUtf8(lxw_strerror(result)));
        return {};
    }
    if (!file.open()) {
        *error = QStringLiteral("cannot read the chart's workbook: %1").arg(file.errorString());
        return {};
    }
    return file.readAll();
}

} // namespace hp
