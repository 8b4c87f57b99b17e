#pragma once

#include "domain/YearMonth.h"
#include "csv/CsvBodyReader.h"
#include "csv/CsvTokenizer.h"
#include "csv/ImportDialect.h"
#include "csv/ImportError.h"
#include "import/CsvRowStream.h"
#include "import/ImportInput.h"
#include "money/Decimal.h"

#include <QHash>

#include <functional>
#include <iterator>
#include <memory>
#include <optional>
#include <vector>

namespace hp {

/// A CSV file with a header, read as a stream (issue 16): the constructor reads
/// the header; rows() then hands out the rows one at a time, each with typed
/// access to its cells by column name, and every problem is recorded as an
/// ImportError naming file, line and column.
///
/// The header is the first non-blank line; a missing header and missing
/// required columns are errors(), unknown columns warnings(). Blank lines and
/// lines of empty cells are skipped; a malformed record or a row with another
/// number of fields than the header is an error and reading goes on (the
/// records through import/CsvRowStream, the importers' reader). Errors come in
/// file order as the rows are read. A file whose header is malformed hands out
/// no row. A file that is not valid UTF-8 (or cannot be read to its end) is
/// refused as a whole: errors() holds that one error and rows() yields nothing
/// — for a table over bytes or an ImportInput this is known before the first
/// row (a file with a byte that is not UTF-8 is read once through to find out
/// where reading stops); a table over a device the caller owns cannot read it
/// twice, so there the refusal comes when it is reached and drops only the
/// errors (counts().refused tells).
///
/// counts() and errors() are complete once rows() has been read to its end.
/// Memory: one 64 KiB block and one record, whatever the size of the file.
class CsvTable {
public:
    CsvTable(const QString &fileName, const QByteArray &bytes, const QStringList &required,
             const QStringList &optional, CsvDialect dialect = {});
    /// A file on disk (read in blocks, never whole) or bytes in memory.
    CsvTable(const ImportInput &input, const QStringList &required, const QStringList &optional, CsvDialect dialect = {});
    /// An open device the caller owns (see above for a refusal half-way).
    CsvTable(const QString &fileName, QIODevice *device, const QStringList &required, const QStringList &optional,
             CsvDialect dialect = {});
    ~CsvTable();
    CsvTable(const CsvTable &) = delete;
    CsvTable &operator=(const CsvTable &) = delete;

    const QString &fileName() const { return m_file; }
    ImportErrors &errors() { return m_errors; }
    const QStringList &warnings() const { return m_warnings; }
    /// What became of every record after the header (and of blank lines before
    /// it) so far; all of them once rows() has been read to its end.
    const CsvBodyCounts &counts() const { return m_counts; }
    bool hasColumn(const QString &name) const { return m_columns.contains(name); }
    /// The 1-based column of a canonical column name, 0 when the file lacks it.
    int columnNumber(const QString &name) const { return m_columns.value(name, -1) + 1; }

    /// Cell access for the current row; `column` is a canonical column name.
    class Row {
    public:
        explicit Row(CsvTable &table) : m_table(table) {}
        int line() const;
        QString text(const QString &column) const; ///< trimmed; empty when absent
        /// The cell as written (untrimmed); empty when absent.
        QString raw(const QString &column) const;
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
    };

    /// An input iterator over the rows; the Row it gives is valid until the next step.
    class RowIterator {
    public:
        using iterator_category = std::input_iterator_tag;
        using value_type = Row;
        using difference_type = std::ptrdiff_t;
        using pointer = Row *;
        using reference = Row &;
        explicit RowIterator(CsvTable *table) : m_table(table) {}
        Row &operator*() const { return m_table->m_row; }
        RowIterator &operator++()
        {
            if (!m_table->advance())
                m_table = nullptr;
            return *this;
        }
        void operator++(int) { ++*this; }
        friend bool operator==(const RowIterator &it, std::default_sentinel_t) { return !it.m_table; }

    private:
        CsvTable *m_table;
    };

    /// The rows of the file, read once: `for (auto &row : table.rows())`. The
    /// rows are read from the file as the loop goes and none is kept, so a
    /// second rows() yields nothing; a reader that needs two passes keeps what
    /// it read (the domain objects, or the lines and cells it checks later).
    class RowRange {
    public:
        explicit RowRange(CsvTable &table) : m_table(table) {}
        RowIterator begin() { return RowIterator(m_table.advance() ? &m_table : nullptr); }
        std::default_sentinel_t end() const { return {}; }

    private:
        CsvTable &m_table;
    };

    RowRange rows() { return RowRange(*this); }
    /// Reads the rows not handed out yet, recording their rejects (a reader that
    /// stopped early still reports every malformed record); counts() are then complete.
    void readToEnd();

private:
    void start(const QStringList &required, const QStringList &optional);
    /// Reads up to the header; false when no row can be read (the reason is in errors()).
    bool readHeader(CsvTokenizer &tokenizer, const QStringList &required, const QStringList &optional);
    /// A file with a byte that is not UTF-8: reads it through once and either refuses it
    /// (no row is handed out) or starts over after the header.
    void checkWholeFile();
    /// Makes the next row current; false at the end (counts and errors then complete).
    bool advance();
    void finish();
    /// Cell `index` of the current row, trimmed (the previous row's text when the bytes are the same).
    const QString &cell(qsizetype index);

    QString m_file;
    ImportInput m_input;     ///< what is read, when it can be read again
    bool m_canReopen = false;
    QIODevice *m_device = nullptr; ///< the caller's device otherwise
    ImportDialect m_dialect;
    OpenedInput m_opened;
    std::unique_ptr<CsvRowStream> m_stream; ///< null before the header, after the end, or when no row is read
    QStringList m_header;    ///< the header's fields as written
    int m_blankBeforeHeader = 0;
    CsvRecordView m_record;  ///< the current row
    Row m_row{*this};
    std::function<void(ImportError &&)> m_reject;
    struct Cached {
        QByteArray raw;
        QString text;
        bool valid = false;
    };
    std::vector<Cached> m_cells; ///< per column: the last text decoded
    QHash<QString, int> m_columns; ///< canonical name → 0-based field index
    ImportErrors m_errors;
    CsvBodyCounts m_counts;
    QStringList m_warnings;
};

} // namespace hp
