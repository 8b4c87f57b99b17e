#pragma once

#include "import/ColumnMapping.h"
#include "csv/DialectDetector.h"
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
    QByteArray bytes;
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

private:
    const Project &m_project;
    std::vector<ImportSource> m_sources;
    ImportSettings m_settings;
    PriceListOptions m_priceOptions;
};

} // namespace hp
