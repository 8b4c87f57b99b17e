#pragma once

#include "import/ImportSession.h"

#include <QWizardPage>

class QComboBox;

namespace hp {

/// A wizard page that shows one file of the import at a time, picked in a
/// file box: the dialect page and the mapping page. It fills the box, and
/// tells the page which file to show (showSource) when the choice changes.
class ImportSourcePage : public QWizardPage {
    Q_OBJECT

public:
    ImportSourcePage(ImportSession &session, QWidget *parent = nullptr);

    QComboBox *fileBox() const { return m_file; }

protected:
    /// Puts every file of the session into the box and shows the first.
    void fillFileBox();
    /// The file chosen in the box; nullptr while the page updates its own
    /// controls (so their change signals do not store half a state) or when
    /// there is none.
    ImportSource *currentSource();
    /// Shows the chosen file's settings in the page's controls.
    virtual void showSource() = 0;

    ImportSession &m_session;
    bool m_updating = false;
    QComboBox *m_file;
};

} // namespace hp
