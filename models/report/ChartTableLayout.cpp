#include "ChartTableLayout.h"

#include <cmath>

namespace hp {

ChartTableLayout::ChartTableLayout(const ChartData &chart, int firstRow, int firstColumn)
    : m_firstRow(firstRow), m_firstColumn(firstColumn), m_categoryCount(std::size_t(chart.categories.size()))
{
    int column = firstColumn + 1;
    for (const ChartSeries &s : chart.series) {
        m_valuesColumn.push_back(column++);
        m_upperColumn.push_back(s.style == SeriesStyle::Band ? column++ : -1);
    }
    if (!chart.waterfall.empty())
        m_baseColumn = column++;
    for (const ChartSeries &s : chart.series)
        m_widthColumn.push_back(s.style == SeriesStyle::Band ? column++ : -1);
    m_columnCount = column - firstColumn;
}

QString ChartTableLayout::columnLetters(int column)
{
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters;
}

std::vector<double> ChartTableLayout::bandWidths(const ChartSeries &band)
{
    std::vector<double> widths;
    for (std::size_t i = 0; i < band.values.size(); ++i) {
        const double upper = i < band.upper.size() ? band.upper[i] : std::nan("");
        widths.push_back(std::isfinite(band.values[i]) && std::isfinite(upper) ? upper - band.values[i] : std::nan(""));
    }
    return widths;
}

namespace {

QString sheetPrefix(const QString &sheet)
{
    bool plain = !sheet.isEmpty() && !sheet.front().isDigit();
    for (QChar c : sheet)
        plain = plain && (c.isLetterOrNumber() || c == u'_');
    if (plain)
        return sheet + QLatin1Char('!');
    QString quoted = sheet;
    quoted.replace(QStringLiteral("'"), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QStringLiteral("'!");
}

QString absolute(int row, int column)
{
    return QLatin1Char('$') + ChartTableLayout::columnLetters(column) + QLatin1Char('$') + QString::number(row + 1);
}

} // namespace

QString ChartTableLayout::cell(const QString &sheet, int row, int column)
{
    return sheetPrefix(sheet) + absolute(row, column);
}

QString ChartTableLayout::range(const QString &sheet, int firstRow, int lastRow, int column)
{
    return sheetPrefix(sheet) + absolute(firstRow, column) + QLatin1Char(':') + absolute(lastRow, column);
}

} // namespace hp
