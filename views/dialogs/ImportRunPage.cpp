#include "ImportRunPage.h"

#include "dialogs/ImportWizard.h"
#include "import/RejectReport.h"
#include "import/RejectSpool.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <set>
#include <utility>

namespace hp {

namespace {

QString counted(std::size_t n, const char *one, const char *many)
{
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
}

} // namespace

ImportRunPage::ImportRunPage(ImportWizard &wizard, QWidget *parent)
    : QWizardPage(parent)
    , m_wizard(wizard)
{
    setTitle(tr("Import"));
    setFinalPage(true);
    m_progress = new QProgressBar(this);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_saveRejects = new QPushButton(tr("Save rejects as CSV…"), this);
    m_saveRejects->setToolTip(tr("Write the rejects (file, line, column, reason, raw) to a CSV file to fix them at the source"));
    m_rate = new QLabel(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rejects = new QTableWidget(0, 5, this);
    m_rejects->setHorizontalHeaderLabels({tr("File"), tr("Line"), tr("Column"), tr("Reason"), tr("Raw")});
    m_rejects->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rejects->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rejects->setWordWrap(false);
    m_rejects->verticalHeader()->hide();
    m_rejects->horizontalHeader()->setStretchLastSection(true);
    m_rejects->setSortingEnabled(false);
    auto *top = new QHBoxLayout;
    top->addWidget(m_progress, 1);
    top->addWidget(m_rate);
    top->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_rejects, 1);
    layout->addWidget(m_saveRejects, 0, Qt::AlignLeft);
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_cancelled = true; });
    m_rate->setToolTip(tr("Rows read so far and rows per second"));
    connect(m_saveRejects, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save rejects"), QStringLiteral("rejects.csv"), tr("CSV (*.csv)"));
        QString error;
        if (!path.isEmpty() && !saveRejects(path, &error))
            QMessageBox::warning(this, tr("Save rejects"), error);
    });
}

QString ImportRunPage::rejectCount(const ImportErrors &rejects)
{
    std::set<std::pair<QString, int>> rows;
    for (const ImportError &e : rejects)
        rows.emplace(e.file, e.line);
    return tr("%1 in %2").arg(counted(rejects.size(), "reject", "rejects"), counted(rows.size(), "row", "rows"));
}

void ImportRunPage::initializePage()
{
    m_cancelled = false;
    m_cancel->setEnabled(true);
    m_wizard.setPlan(std::nullopt);
    showRejects({});
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_rate->clear();
    m_summary->setText(tr("Reading…"));
    m_spool = std::make_shared<RejectSpool>();
    // The files are read in the thread pool (a large FOCUS export takes seconds); this page's
    // events (progress, Cancel) are handled meanwhile. The session is not changed while it runs.
    QElapsedTimer clock;
    clock.start();
    auto lastShown = std::make_shared<std::atomic<qint64>>(-1000);
    const auto progress = [this, clock, lastShown](const ImportProgress &p) {
        const qint64 ms = clock.elapsed();
        if (ms - lastShown->load() < 100 && p.bytesRead < p.bytesTotal)
            return;
        lastShown->store(ms);
        QMetaObject::invokeMethod(this, [this, p] { showProgress(p.bytesRead, p.bytesTotal, p.rows); }, Qt::QueuedConnection);
    };
    m_startedMs = 0;
    QFutureWatcher<std::optional<ImportPlan>> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<std::optional<ImportPlan>>::finished, &loop, &QEventLoop::quit);
    const ImportSession &session = m_wizard.session();
    watcher.setFuture(QtConcurrent::run([&session, progress, this] {
        return session.plan(progress, &m_cancelled, kRejectsShown, m_spool);
    }));
    QWizard *wizard = &m_wizard;
    const bool backEnabled = wizard->button(QWizard::BackButton)->isEnabled();
    wizard->button(QWizard::BackButton)->setEnabled(false);
    wizard->button(QWizard::CancelButton)->setEnabled(false); // this page's Cancel stops the reading
    if (!watcher.isFinished())
        loop.exec();
    watcher.waitForFinished();
    wizard->button(QWizard::BackButton)->setEnabled(backEnabled);
    wizard->button(QWizard::CancelButton)->setEnabled(true);
    QCoreApplication::sendPostedEvents(this); // the last progress
    const std::optional<ImportPlan> plan = watcher.result();
    if (plan)
        showProgress(1, 1, plan->rowsRead);
    m_cancel->setEnabled(false);
    m_wizard.setPlan(plan);
    if (!plan) {
        m_summary->setText(tr("Cancelled: nothing will be imported."));
    } else if (!plan->canApply() && plan->rowsAccepted == 0) {
        m_summary->setText(tr("Nothing will be imported: no row is valid (%n reject(s)). Save the rejects and fix the files.",
                              nullptr, int(plan->rejectCount())));
    } else if (!plan->canApply()) {
        m_summary->setText(tr("Nothing will be imported: %1. Go back and choose to import the valid rows, "
                              "or save the rejects and fix the files.").arg(rejectCount(plan->rejects)));
    } else if (!plan->rejects.empty()) {
        m_summary->setText(tr("Finish imports the valid rows: %1\nLeft out: %2, listed below.")
                               .arg(plan->summary(m_wizard.session().project()), rejectCount(plan->rejects)));
    } else {
        m_summary->setText(tr("Finish imports: %1").arg(plan->summary(m_wizard.session().project())));
    }
    if (plan)
        showRejects(plan->rejects);
    if (plan && plan->rejectsNotKept > 0)
        m_summary->setText(m_summary->text() + u'\n'
                           + tr("The table shows the first %1 rejects; \"Save rejects as CSV…\" writes all %2.")
                                 .arg(plan->rejects.size())
                                 .arg(plan->rejectCount()));
    Q_EMIT completeChanged();
}

void ImportRunPage::showProgress(qint64 bytesRead, qint64 bytesTotal, qint64 rows)
{
    m_progress->setValue(bytesTotal > 0 ? int(std::min<qint64>(1000, bytesRead * 1000 / bytesTotal)) : 1000);
    const qint64 ms = std::max<qint64>(1, QDateTime::currentMSecsSinceEpoch() - m_startedMs);
    if (m_startedMs == 0) {
        m_startedMs = QDateTime::currentMSecsSinceEpoch();
        m_rate->setText(tr("%L1 rows").arg(rows));
        return;
    }
    m_rate->setText(tr("%L1 rows, %L2 rows/s").arg(rows).arg(rows * 1000 / ms));
}

void ImportRunPage::showRejects(const ImportErrors &rejects)
{
    m_rejects->setRowCount(int(rejects.size()));
    for (int r = 0; r < int(rejects.size()); ++r) {
        const ImportError &e = rejects[std::size_t(r)];
        const auto number = [](int n) {
            auto *item = new QTableWidgetItem(n > 0 ? QString::number(n) : QString());
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            return item;
        };
        m_rejects->setItem(r, 0, new QTableWidgetItem(e.file));
        m_rejects->setItem(r, 1, number(e.line));
        m_rejects->setItem(r, 2, number(e.column));
        auto *reason = new QTableWidgetItem(e.reason);
        reason->setToolTip(e.reason);
        m_rejects->setItem(r, 3, reason);
        auto *raw = new QTableWidgetItem(e.raw);
        raw->setToolTip(e.raw);
        m_rejects->setItem(r, 4, raw);
    }
    m_rejects->setVisible(!rejects.empty());
    m_saveRejects->setVisible(!rejects.empty());
    m_saveRejects->setEnabled(!rejects.empty());
    if (!rejects.empty()) {
        m_rejects->resizeColumnsToContents();
        // A long reason must not push the raw text out of sight: reasons show in full as tooltips.
        m_rejects->setColumnWidth(3, std::min(m_rejects->columnWidth(3), 420));
    }
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
    if (m_spool && m_spool->isOpen())
        return m_spool->write(path, error);
    return RejectReport::write(m_wizard.plan()->rejects, path, error);
}

} // namespace hp
