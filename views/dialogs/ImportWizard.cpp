#include "ImportWizard.h"

#include "dialogs/ImportDialectPage.h"
#include "dialogs/ImportFilesPage.h"
#include "dialogs/ImportMappingPage.h"
#include "dialogs/ImportPreviewPage.h"
#include "dialogs/ImportRunPage.h"

#include <QScreen>
#include <QSettings>

namespace hp {

namespace {
const QString kGeometryKey = QStringLiteral("importWizard/geometry");
}

ImportWizard::ImportWizard(const Project &project, QWidget *parent)
    : QWizard(parent)
    , m_session(project)
{
    setWindowTitle(tr("Import"));
    m_files = new ImportFilesPage(m_session);
    m_dialect = new ImportDialectPage(m_session);
    m_mapping = new ImportMappingPage(m_session);
    m_preview = new ImportPreviewPage(m_session);
    m_run = new ImportRunPage(*this);
    setPage(FilesPage, m_files);
    setPage(DialectPage, m_dialect);
    setPage(MappingPage, m_mapping);
    setPage(PreviewPage, m_preview);
    setPage(RunPage, m_run);
    QSize size = defaultSize();
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableSize() * 0.9);
    resize(size);
    restoreGeometry(QSettings().value(kGeometryKey).toByteArray());
}

void ImportWizard::done(int result)
{
    QSettings().setValue(kGeometryKey, saveGeometry());
    QWizard::done(result);
}

} // namespace hp
