#pragma once

#include "import/ImportSession.h"

#include <QWizardPage>

class QTableWidget;

namespace hp {

/// Page 1: the files to import, each with its kind (guessed, changeable).
class ImportFilesPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportFilesPage(ImportSession &session, QWidget *parent = nullptr);
    /// Reads a file and adds it; false with *error when it cannot be read.
    bool addFile(const QString &path, QString *error);
    /// Changes the kind of file `row` (as the row's combo box does).
    void setKind(int row, ImportKind kind);
    QTableWidget *table() const { return m_table; }
    bool isComplete() const override;

private:
    void chooseFiles();

    ImportSession &m_session;
    QTableWidget *m_table = nullptr;
};

} // namespace hp
