#include "ImportFilesPage.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hp {

ImportFilesPage::ImportFilesPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setTitle(tr("Files"));
    setSubTitle(tr("Contract registers and FOCUS exports (CSV) or LiteLLM price maps (JSON). "
                   "The kind is guessed from the header; change it if the guess is wrong."));
    m_table = new QTableWidget(0, 2, this);
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Kind")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *add = new QPushButton(tr("Add files…"), this);
    connect(add, &QPushButton::clicked, this, &ImportFilesPage::chooseFiles);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(add, 0, Qt::AlignLeft);
}

void ImportFilesPage::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Import files"), QString(),
                                                            tr("CSV and JSON (*.csv *.tsv *.txt *.json);;All files (*)"));
    for (const QString &path : paths) {
        QString error;
        if (!addFile(path, &error))
            QMessageBox::warning(this, tr("Import"), error);
    }
}

bool ImportFilesPage::addFile(const QString &path, QString *error)
{
    // Issue 16: only the first 64 KiB are read here; the import reads the file as a stream.
    QString why;
    if (!m_session.addPath(path, std::nullopt, &why)) {
        *error = why;
        return false;
    }
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(QFileInfo(path).fileName()));
    auto *kind = new QComboBox(m_table);
    for (const QString &name : ImportKinds::names())
        kind->addItem(name);
    kind->setCurrentIndex(int(m_session.sources().back().kind));
    connect(kind, &QComboBox::currentIndexChanged, this, [this, row](int index) { setKind(row, ImportKind(index)); });
    m_table->setCellWidget(row, 1, kind);
    Q_EMIT completeChanged();
    return true;
}

void ImportFilesPage::setKind(int row, ImportKind kind)
{
    ImportSource &source = m_session.sources().at(std::size_t(row));
    source.kind = kind;
    source.mapping.reset();
    if (auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, 1)); combo && combo->currentIndex() != int(kind))
        combo->setCurrentIndex(int(kind));
}

bool ImportFilesPage::isComplete() const
{
    return !m_session.sources().empty();
}

} // namespace hp
