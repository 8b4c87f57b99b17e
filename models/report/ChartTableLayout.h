#pragma once

#include "report/ChartData.h"

#include <QString>

#include <vector>

namespace hp {

/// Where a chart's numbers sit in a worksheet: the table the XLSX export
/// writes next to its charts and the workbook embedded in each PowerPoint
/// chart. Row `firstRow` holds the headers (category title, series names),
/// the categories follow below in column `firstColumn`, each series has a
/// values column and a Band series an extra column for its upper bound; a
/// waterfall's bar bases (ChartData::waterfall) come next, in one column, and
/// last each band's width (upper − lower), which a native chart stacks on
/// the lower bound.
/// Rows and columns are 0-based like libxlsxwriter's.
class ChartTableLayout {
public:
    ChartTableLayout(const ChartData &chart, int firstRow = 0, int firstColumn = 0);

    int headerRow() const { return m_firstRow; }
    int firstDataRow() const { return m_firstRow + 1; }
    int lastDataRow() const { return m_firstRow + int(m_categoryCount); } ///< == headerRow() when no categories
    int categoryColumn() const { return m_firstColumn; }
    int valuesColumn(std::size_t series) const { return m_valuesColumn[series]; }
    int upperColumn(std::size_t series) const { return m_upperColumn[series]; } ///< -1 unless Band
    int baseColumn() const { return m_baseColumn; } ///< -1 unless the chart has waterfall bars
    int widthColumn(std::size_t series) const { return m_widthColumn[series]; } ///< -1 unless Band
    int columnCount() const { return m_columnCount; }

    /// "Sheet1!$B$1" / "'Chart data'!$B$2:$B$13" (A1 style, absolute).
    static QString cell(const QString &sheet, int row, int column);
    static QString range(const QString &sheet, int firstRow, int lastRow, int column);
    static QString columnLetters(int column);
    /// A band's width per category, upper − lower (NaN where either is missing):
    /// what a stacked-area chart draws on the invisible lower bound.
    static std::vector<double> bandWidths(const ChartSeries &band);

private:
    int m_firstRow;
    int m_firstColumn;
    std::size_t m_categoryCount;
    std::vector<int> m_valuesColumn;
    std::vector<int> m_upperColumn;
    std::vector<int> m_widthColumn;
    int m_baseColumn = -1;
    int m_columnCount = 1;
};

} // namespace hp
