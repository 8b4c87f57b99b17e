#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace hp {

class ImportWizard;

/// Page 5: builds the import plan file by file with a progress bar and
/// Cancel, then shows what Finish will import and offers to save the rejects
/// as CSV. Finish is enabled only for a plan that can be applied.
class ImportRunPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportRunPage(ImportWizard &wizard, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *summaryLabel() const { return m_summary; }
    /// Writes the rejects as CSV; false with *error on failure.
    bool saveRejects(const QString &path, QString *error) const;

private:
    ImportWizard &m_wizard;
    bool m_cancelled = false;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_saveRejects = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace hp
