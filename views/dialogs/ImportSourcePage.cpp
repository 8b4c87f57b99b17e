#include "ImportSourcePage.h"

#include <QComboBox>

namespace hp {

ImportSourcePage::ImportSourcePage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_file(new QComboBox(this))
{
    connect(m_file, &QComboBox::currentIndexChanged, this, [this] { showSource(); });
}

void ImportSourcePage::fillFileBox()
{
    m_updating = true;
    m_file->clear();
    for (const ImportSource &s : m_session.sources())
        m_file->addItem(s.fileName);
    m_updating = false;
    showSource();
}

ImportSource *ImportSourcePage::currentSource()
{
    const int i = m_file->currentIndex();
    if (m_updating || i < 0 || std::size_t(i) >= m_session.sources().size())
        return nullptr;
    return &m_session.sources().at(std::size_t(i));
}

} // namespace hp
