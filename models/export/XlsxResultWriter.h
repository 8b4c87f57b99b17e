#pragma once

#include "report/ChartData.h"
#include "report/ResultTable.h"

#include <QString>

#include <vector>

namespace hp {

/// Evaluation results as an Excel workbook (libxlsxwriter): one sheet per
/// table with a bold, frozen header row and number formats (money
/// "#,##0.00", shares "0.0%"), then a "Charts" sheet of native Excel charts
/// over the tables on a "Chart data" sheet. Written atomically.
class XlsxResultWriter {
public:
    struct Content {
        QString title;  ///< the workbook's document title
        std::vector<ResultTable> tables;
        std::vector<ChartData> charts;
    };
    static bool write(const Content &content, const QString &path, QString *error);
    /// Excel's limits: at most 31 characters, none of []:*?/\ .
    static QString sheetName(const QString &name);
};

} // namespace hp
