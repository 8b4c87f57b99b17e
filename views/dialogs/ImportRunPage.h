#pragma once

#include "csv/ImportError.h"

#include <QWizardPage>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace hp {

class ImportWizard;
class RejectSpool;

/// Page 5: builds the import plan off the GUI thread (issue 16: files are
/// read as streams in the thread pool) with a progress bar, the rows read and
/// rows per second, and Cancel (which leaves no plan, so nothing is imported);
/// then shows what Finish will import and every reject (file, line,
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
    QLabel *rateLabel() const { return m_rate; }
    /// Rejects kept for the table; every reject is in the file "Save rejects" writes.
    static constexpr int kRejectsShown = 1000;
    /// "7 rejects in 6 rows" (a row with several bad cells counts once).
    static QString rejectCount(const ImportErrors &rejects);
    /// Writes the rejects as CSV; false with *error on failure.
    bool saveRejects(const QString &path, QString *error) const;

private:
    void showRejects(const ImportErrors &rejects);

    ImportWizard &m_wizard;
    void showProgress(qint64 bytesRead, qint64 bytesTotal, qint64 rows);

    std::atomic_bool m_cancelled = false;
    std::shared_ptr<RejectSpool> m_spool;
    qint64 m_startedMs = 0;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_saveRejects = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_rate = nullptr;
    QTableWidget *m_rejects = nullptr;
};

} // namespace hp
