#include "ImportRunPage.h"

#include "dialogs/ImportWizard.h"
#include "io/RejectReport.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace hp {

ImportRunPage::ImportRunPage(ImportWizard &wizard, QWidget *parent)
    : QWizardPage(parent)
    , m_wizard(wizard)
{
    setTitle(tr("Import"));
    setFinalPage(true);
    m_progress = new QProgressBar(this);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_saveRejects = new QPushButton(tr("Save rejects as CSV…"), this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel, 0, Qt::AlignLeft);
    layout->addWidget(m_summary);
    layout->addWidget(m_saveRejects, 0, Qt::AlignLeft);
    layout->addStretch();
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_cancelled = true; });
    connect(m_saveRejects, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save rejects"), QStringLiteral("rejects.csv"), tr("CSV (*.csv)"));
        QString error;
        if (!path.isEmpty() && !saveRejects(path, &error))
            QMessageBox::warning(this, tr("Save rejects"), error);
    });
}

void ImportRunPage::initializePage()
{
    m_cancelled = false;
    m_cancel->setEnabled(true);
    m_wizard.setPlan(std::nullopt);
    const auto plan = m_wizard.session().plan([this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        QCoreApplication::processEvents(); // lets Cancel be clicked between files
        return !m_cancelled;
    });
    m_cancel->setEnabled(false);
    m_wizard.setPlan(plan);
    if (!plan) {
        m_summary->setText(tr("Cancelled: nothing will be imported."));
    } else if (!plan->canApply() && plan->rowsAccepted == 0) {
        m_summary->setText(tr("Nothing will be imported: no row is valid (%n reject(s)). Save the rejects and fix the files.",
                              nullptr, int(plan->rejects.size())));
    } else if (!plan->canApply()) {
        m_summary->setText(tr("Nothing will be imported: %n row(s) rejected. Go back and choose to import the valid rows, "
                              "or save the rejects and fix the files.", nullptr, int(plan->rejects.size())));
    } else {
        m_summary->setText(tr("Finish imports: %1").arg(plan->summary(m_wizard.session().project())));
    }
    m_saveRejects->setEnabled(plan && !plan->rejects.empty());
    emit completeChanged();
}

bool ImportRunPage::isComplete() const
{
    return m_wizard.plan() && m_wizard.plan()->canApply();
}

bool ImportRunPage::saveRejects(const QString &path, QString *error) const
{
    if (!m_wizard.plan()) {
        *error = tr("There is no import to save rejects of.");
        return false;
    }
    return RejectReport::write(m_wizard.plan()->rejects, path, error);
}

} // namespace hp
