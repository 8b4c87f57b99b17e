#pragma once

#include "import/ImportSession.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QListWidget;
class QTableWidget;
class QVBoxLayout;

namespace hp {

/// Page 4: the first rows of each file with every cell that would fail marked
/// (red, the reason as tooltip), the coercions the import will apply, the
/// choice to read 0…1 percentage columns as fractions, the mapping of unknown
/// FOCUS provider names to providers, and "import valid rows".
class ImportPreviewPage : public QWizardPage {
    Q_OBJECT

public:
    static constexpr int kPreviewRows = 50;

    explicit ImportPreviewPage(ImportSession &session, QWidget *parent = nullptr);
    void initializePage() override;

    QComboBox *fileBox() const { return m_file; }
    QTableWidget *table() const { return m_table; }
    QListWidget *notes() const { return m_notes; }
    QCheckBox *validRowsBox() const { return m_validRows; }
    /// The fraction check boxes, one per candidate column ("discount_pct"…).
    const QList<QCheckBox *> &fractionBoxes() const { return m_fractions; }
    /// One combo box per FOCUS ProviderName that matches no provider: "(keep as written)" or a provider.
    const QList<QComboBox *> &providerBoxes() const { return m_providers; }

private:
    void refresh();
    void rebuildChoices(const ImportPlan &plan);
    void showSource();

    ImportSession &m_session;
    QComboBox *m_file = nullptr;
    QTableWidget *m_table = nullptr;
    QListWidget *m_notes = nullptr;
    QCheckBox *m_validRows = nullptr;
    QVBoxLayout *m_fractionLayout = nullptr;
    QList<QCheckBox *> m_fractions;
    QList<QComboBox *> m_providers;
};

} // namespace hp
