#pragma once

#include "import/ColumnMapping.h"
#include "csv/CsvBodyReader.h"
#include "csv/CsvTokenizer.h"
#include "csv/ImportDialect.h"
#include "csv/ImportError.h"

#include <QByteArray>
#include <QStringList>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace hp {

struct ImportPlan;
struct ImportSettings;

/// A procurement CSV file read tolerantly: transcoded from the dialect's
/// encoding, tokenized with its delimiter and quote (RFC 4180: embedded line
/// breaks, doubled quotes), blank lines skipped, with a header row (or
/// `column1…columnN` when the dialect has none). A malformed record or a
/// ragged row (another number of fields than the header) rejects that record
/// only, naming file, line and column, and reading goes on (counts() accounts
/// for every record); a malformed header, or a file that is not valid in its
/// encoding, keeps no row at all. Cells are then reached by field through a ColumnMapping.
class MappedCsvFile {
public:
    MappedCsvFile(const QString &fileName, const QByteArray &bytes, const ImportDialect &dialect);
    /// The shape of a file read as a stream (CsvRowStream): its headers, no rows; cells are
    /// then read from records the caller passes (ImportRow).
    MappedCsvFile(const QString &fileName, const ImportDialect &dialect, const QStringList &headers, int headerLine);

    /// Reads a file for an importer: the settings' dialect or a detected one,
    /// the settings' mapping or a guessed one (of `entity`'s fields). Reading
    /// errors go to the plan's rejects, unknown columns to its warnings, the
    /// dialect to its notes. Null when no row can be read.
    static std::unique_ptr<MappedCsvFile> open(const QString &fileName, const QByteArray &bytes, const ImportSettings &settings,
                                               const QString &entity, const std::vector<ImportField> &fields, ImportPlan &plan);
    const ImportDialect &dialect() const { return m_dialect; }

    const QString &fileName() const { return m_file; }
    const QStringList &headers() const { return m_headers; }
    const std::vector<CsvRecord> &records() const { return m_records; }
    const ImportErrors &errors() const { return m_errors; }
    int headerLine() const { return m_headerLine; }
    /// What became of every record after the header (and of blank lines before it).
    const CsvBodyCounts &counts() const { return m_counts; }

    /// Resolves the mapping's columns; a missing required field is an error on the header line.
    void setMapping(const ColumnMapping &mapping, const std::vector<ImportField> &fields);
    const ColumnMapping &mapping() const { return m_mapping; }
    /// The cell of `field` in `record`: the mapped column's text, the constant, or empty.
    QString cell(const CsvRecord &record, const QString &field) const;
    QString cell(const CsvRecordView &record, const QString &field) const;
    /// 1-based column of `field` (0 for a constant or an ignored field).
    int column(const QString &field) const;
    /// The header the field reads, or the field name for a constant.
    QString columnName(const QString &field) const;

private:
    QString m_file;
    ImportDialect m_dialect;
    QStringList m_headers;
    int m_headerLine = 1;
    std::vector<CsvRecord> m_records;
    ImportErrors m_errors;
    CsvBodyCounts m_counts;
    ColumnMapping m_mapping;
    std::map<QString, int> m_index; ///< field → 0-based column
};

} // namespace hp
