#pragma once

#include "csv/ImportError.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace hp {

class ImportWizard;

/// Page 5: builds the import plan file by file with a progress bar and
/// Cancel, then shows what Finish will import and every reject (file, line,
/// column, reason, raw) in a table, with a button that saves them as CSV
/// (RejectReport). Finish is enabled only for a plan that can be applied.
class ImportRunPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportRunPage(ImportWizard &wizard, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *summaryLabel() const { return m_summary; }
    QTableWidget *rejectTable() const { return m_rejects; }
    QPushButton *saveRejectsButton() const { return m_saveRejects; }
    /// "7 rejects in 6 rows" (a row with several bad cells counts once).
    static QString rejectCount(const ImportErrors &rejects);
    /// Writes the rejects as CSV; false with *error on failure.
    bool saveRejects(const QString &path, QString *error) const;

private:
    void showRejects(const ImportErrors &rejects);

    ImportWizard &m_wizard;
    bool m_cancelled = false;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_saveRejects = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_rejects = nullptr;
};

} // namespace hp
