#pragma once

#include "import/ColumnMapping.h"
#include "csv/DialectDetector.h"
#include "import/ImportInput.h"
#include "import/ImportKind.h"
#include "import/ImportPlan.h"
#include "import/PriceListReader.h"

#include <functional>
#include <optional>
#include <vector>

namespace hp {

/// One file picked for import, with what was detected and what the user chose.
struct ImportSource {
    QString fileName;
    /// The file's bytes; for a file added by path (addPath), only its first 64 KiB
    /// (kind and dialect are guessed from them), the file being read as a stream.
    QByteArray bytes;
    QString path; ///< set by addPath: where the file is read
    ImportInput input() const;
    ImportKind kind = ImportKind::Register;
    DialectGuess guess;
    ImportDialect dialect; ///< starts as guess.dialect; the user may change it
    std::optional<ColumnMapping> mapping;
    QStringList headers() const;
};

/// The first rows of a file as the preview shows them: every cell that the
/// import would reject carries its reason; a row-wide problem marks column 0.
struct ImportPreview {
    QStringList headers;
    struct Row {
        int line = 0;
        QStringList cells;
        std::map<int, QString> errors; ///< 1-based column (0 = the whole row) → reason
    };
    std::vector<Row> rows;
    ImportErrors fileErrors; ///< errors outside the previewed rows' cells (header, encoding…)
};

/// The state of the import wizard without widgets: files, their kinds,
/// dialects and mappings, the preview and the final plan (built file by file
/// so a progress bar can follow and Cancel can stop it).
class ImportSession {
public:
    explicit ImportSession(const Project &project) : m_project(project) {}

    const Project &project() const { return m_project; }
    /// Adds a file of `kind` (guessed from its name and content when not given).
    void addFile(const QString &fileName, const QByteArray &bytes, std::optional<ImportKind> kind = std::nullopt);
    /// Adds a file on disk, read as a stream when imported (issue 16): only its first 64 KiB
    /// are read here. False with *error when it cannot be read.
    bool addPath(const QString &path, std::optional<ImportKind> kind = std::nullopt, QString *error = nullptr);
    std::vector<ImportSource> &sources() { return m_sources; }
    const std::vector<ImportSource> &sources() const { return m_sources; }
    ImportSettings &settings() { return m_settings; }
    PriceListOptions &priceOptions() { return m_priceOptions; }

    static const std::vector<ImportField> &fieldsOf(ImportKind kind);
    /// The source's mapping, or the guess from its headers.
    ColumnMapping mappingOf(const ImportSource &source) const;

    /// Reads source `index` alone and marks the first `rows` rows' failing cells.
    ImportPreview preview(std::size_t index, int rows) const;
    /// Reads one source into `plan` (with the detector's notes when the source
    /// keeps the detected dialect).
    void readInto(const ImportSource &source, ImportPlan &plan) const;
    /// Every source into one plan; `progress(done, total)` is called before each
    /// file and after the last; returning false cancels (nullopt).
    std::optional<ImportPlan> plan(const std::function<bool(int, int)> &progress = {}) const;
    /// Every source into one plan, streamed (issue 16): `progress` is called now and then
    /// from the calling thread with the bytes of all files read so far and the rows;
    /// setting `*cancel` (from any thread) stops the reading (nullopt). Rejects past
    /// `rejectLimit` are counted, not kept, and all of them go to `spool` when given.
    std::optional<ImportPlan> plan(const std::function<void(const ImportProgress &)> &progress, const std::atomic_bool *cancel,
                                   int rejectLimit = -1, std::shared_ptr<RejectSpool> spool = nullptr) const;

private:
    const Project &m_project;
    std::vector<ImportSource> m_sources;
    ImportSettings m_settings;
    PriceListOptions m_priceOptions;
};

} // namespace hp
