#pragma once

#include "import/ColumnMapping.h"
#include "import/CsvRowStream.h"
#include "import/ImportInput.h"
#include "import/ImportPlan.h"
#include "import/MappedCsvFile.h"
#include "import/RejectSpool.h"

#include <memory>
#include <optional>

namespace hp {

/// One procurement CSV file read for an importer as a stream (issue 16), the
/// streaming form of MappedCsvFile::open: the dialect (the settings' or one
/// detected from the first 64 KiB), the header and the mapping are read
/// first, and a file whose header already fails (malformed, a required column
/// missing) is refused there, before any row is read. Rows then come one at a
/// time (next()); rejected records go to the plan as they come; finish() adds
/// the counts and, when the file turns out to be refused as a whole (not valid
/// in its encoding), puts the plan back as it was before the file.
class CsvImportStream {
public:
    /// Null when no row can be read (the reasons are in the plan).
    static std::unique_ptr<CsvImportStream> open(const ImportInput &input, const ImportSettings &settings, const QString &entity,
                                                 const std::vector<ImportField> &fields, ImportPlan &plan);

    /// Headers, mapping and dialect: the cells of a row by field (ImportRow).
    const MappedCsvFile &shape() const { return *m_shape; }
    const ImportInput &input() const { return m_input; }
    const ImportDialect &dialect() const { return m_shape->dialect(); }
    /// The next row with the header's width.
    bool next(CsvRecordView &row, ImportPlan &plan);
    /// Bytes read so far.
    qint64 position() const { return m_opened.position(); }
    CsvRowStream &rows() { return *m_rows; }
    /// Stops before the first record that starts at or after byte `offset` (a part read in parallel).
    void setStop(std::optional<qint64> offset) { m_rows->setStop(offset); }
    /// Where reading stopped at setStop()'s offset: the offset of the first record not read.
    std::optional<qint64> stoppedAt() const { return m_rows->stoppedAt(); }
    /// Adds the counts and end errors to the plan; a refused file puts the plan back as it
    /// was when the stream was opened (its rejects too) and lists the file as refused.
    /// False when the file is refused.
    bool finish(ImportPlan &plan) { return finish(plan, *m_rows, m_rows->counts()); }
    /// The same for a file read in parts: `last` is the stream of the last part (where reading
    /// ended), `counts` the counts of every part.
    bool finish(ImportPlan &plan, const CsvRowStream &last, const CsvBodyCounts &counts);
    /// The plan before any row of this file (what finish() restores for a refused file).
    const ImportPlan &planBefore() const { return m_before; }

private:
    CsvImportStream(const ImportInput &input) : m_input(input) {}

    ImportInput m_input;
    OpenedInput m_opened;
    std::unique_ptr<CsvRowStream> m_rows;
    std::unique_ptr<MappedCsvFile> m_shape;
    ImportPlan m_before;
    RejectSpool::Mark m_spoolMark;
};

} // namespace hp
