#pragma once

#include "domain/YearMonth.h"
#include "csv/CsvBodyReader.h"
#include "csv/CsvTokenizer.h"
#include "csv/ImportError.h"
#include "money/Decimal.h"

#include <QHash>

#include <optional>
#include <vector>

namespace hp {

/// A parsed CSV file with a header: typed access to cells by column name, and
/// every problem recorded as an ImportError naming file, line and column.
class CsvTable {
public:
    /// Tokenizes `bytes`; syntax errors, a missing header and missing required
    /// columns are recorded in errors(); unknown columns in warnings(). The
    /// header is the first non-blank line; blank lines and lines of empty
    /// cells are skipped; a malformed record or a row with another number of
    /// fields than the header is an error and reading goes on (counts()). A
    /// file that is not valid UTF-8, or whose header is malformed, keeps no row at all.
    CsvTable(const QString &fileName, const QByteArray &bytes, const QStringList &required,
             const QStringList &optional, CsvDialect dialect = {});
    /// The same from an open device (read as a stream).
    CsvTable(const QString &fileName, QIODevice *device, const QStringList &required, const QStringList &optional,
             CsvDialect dialect = {});

    const QString &fileName() const { return m_file; }
    const std::vector<CsvRecord> &records() const { return m_records; }
    ImportErrors &errors() { return m_errors; }
    const QStringList &warnings() const { return m_warnings; }
    /// What became of every record after the header (and of blank lines before it).
    const CsvBodyCounts &counts() const { return m_counts; }
    bool hasColumn(const QString &name) const { return m_columns.contains(name); }
    /// The 1-based column of a canonical column name, 0 when the file lacks it.
    int columnNumber(const QString &name) const { return m_columns.value(name, -1) + 1; }

    /// Cell access for one record; `column` is a canonical column name.
    class Row {
    public:
        Row(CsvTable &table, const CsvRecord &record) : m_table(table), m_record(record) {}
        int line() const { return m_record.line; }
        QString text(const QString &column) const; ///< trimmed; empty when absent
        bool isEmpty(const QString &column) const { return text(column).isEmpty(); }
        QString required(const QString &column);
        std::optional<Decimal> decimal(const QString &column, bool required = false);
        /// `20` and `20%` both mean 20 percentage points.
        std::optional<Decimal> percent(const QString &column, bool required = false);
        std::optional<YearMonth> month(const QString &column, bool required = false);
        std::optional<int> integer(const QString &column, bool required = false);
        /// A finite binary floating-point number (Monte Carlo parameters only; never money).
        std::optional<double> real(const QString &column);
        std::optional<bool> boolean(const QString &column);
        /// Records an error at this row and column.
        void error(const QString &column, const QString &reason);
        /// Records a warning ("file:line:column: reason") at this row and column.
        void warning(const QString &column, const QString &reason);

    private:
        CsvTable &m_table;
        const CsvRecord &m_record;
    };

    std::vector<Row> rows();

private:
    void read(CsvTokenizer &tokenizer, const QStringList &required, const QStringList &optional);

    QString m_file;
    std::vector<CsvRecord> m_records;
    QHash<QString, int> m_columns; ///< canonical name → 0-based field index
    ImportErrors m_errors;
    CsvBodyCounts m_counts;
    QStringList m_warnings;
};

} // namespace hp
