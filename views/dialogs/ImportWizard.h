#pragma once

#include "import/ImportSession.h"

#include <QWizard>

#include <optional>

namespace hp {

class ImportFilesPage;
class ImportDialectPage;
class ImportMappingPage;
class ImportPreviewPage;
class ImportRunPage;

/// The import wizard (issue 8): pick files (the kind is guessed from the
/// header and can be changed), check the detected dialect, map columns
/// (remembered per file shape), preview the first rows with every failing
/// cell marked, then import with a progress bar and Cancel. It never touches
/// the project: plan() is the ImportPlan that the caller applies as one
/// undoable step (hp::applied). The project must outlive the wizard (the
/// session reads it to match providers and to tell additions from updates).
/// It opens at defaultSize() and remembers its geometry in QSettings
/// ("importWizard/geometry").
class ImportWizard : public QWizard {
    Q_OBJECT

public:
    enum PageId { FilesPage, DialectPage, MappingPage, PreviewPage, RunPage };

    explicit ImportWizard(const Project &project, QWidget *parent = nullptr);
    ImportSession &session() { return m_session; }
    /// The plan built on the last page; nullopt before, or when cancelled.
    const std::optional<ImportPlan> &plan() const { return m_plan; }
    void setPlan(std::optional<ImportPlan> plan) { m_plan = std::move(plan); }

    ImportFilesPage *filesPage() const { return m_files; }
    ImportDialectPage *dialectPage() const { return m_dialect; }
    ImportMappingPage *mappingPage() const { return m_mapping; }
    ImportPreviewPage *previewPage() const { return m_preview; }
    ImportRunPage *runPage() const { return m_run; }

    /// The size it opens at the first time (at most 90 % of the screen); later it opens as it was left (QSettings).
    static QSize defaultSize() { return {1000, 700}; }

protected:
    /// Remembers the geometry however the wizard closes (Finish, Cancel, Esc).
    void done(int result) override;

private:
    ImportSession m_session;
    std::optional<ImportPlan> m_plan;
    ImportFilesPage *m_files = nullptr;
    ImportDialectPage *m_dialect = nullptr;
    ImportMappingPage *m_mapping = nullptr;
    ImportPreviewPage *m_preview = nullptr;
    ImportRunPage *m_run = nullptr;
};

} // namespace hp
