#include "ImportPreviewPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QListWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hp {

ImportPreviewPage::ImportPreviewPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setTitle(tr("Preview"));
    setSubTitle(tr("The first rows as they will be read. Red cells would be rejected (hover for the reason)."));
    m_file = new QComboBox(this);
    m_table = new QTableWidget(this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_notes = new QListWidget(this);
    // Notes are sentences ("decimal point kept: '1,234.56' and '1.250.000.000,50 €' disagree …"): wrap, never clip.
    m_notes->setWordWrap(true);
    m_notes->setTextElideMode(Qt::ElideNone);
    m_notes->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_notes->setResizeMode(QListView::Adjust);
    m_validRows = new QCheckBox(tr("Import the valid rows even when others are rejected"), this);
    m_fractionLayout = new QVBoxLayout;
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_file);
    layout->addWidget(m_table, 3);
    layout->addWidget(m_notes, 1);
    layout->addLayout(m_fractionLayout);
    layout->addWidget(m_validRows);
    connect(m_file, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::showSource);
    connect(m_validRows, &QCheckBox::toggled, this, [this](bool on) {
        m_session.settings().mode = on ? ImportMode::ValidRowsOnly : ImportMode::AllOrNothing;
    });
}

void ImportPreviewPage::initializePage()
{
    m_validRows->setChecked(m_session.settings().mode == ImportMode::ValidRowsOnly);
    const QSignalBlocker block(m_file);
    m_file->clear();
    for (const ImportSource &s : m_session.sources())
        m_file->addItem(s.fileName);
    refresh();
}

namespace {

/// Rows of each file the preview's notes and choices are computed from.
constexpr int kPlannedRows = 10000;

} // namespace

void ImportPreviewPage::refresh()
{
    // The notes, coercions and choices of the preview come from the first rows of each file
    // (issue 16: a FOCUS export of gigabytes is read in full on the Import page, off the GUI thread).
    ImportSession first(m_session.project());
    first.sources() = m_session.sources();
    first.settings() = m_session.settings();
    first.settings().maxRows = kPlannedRows;
    first.priceOptions() = m_session.priceOptions();
    const auto plan = first.plan();
    m_notes->clear();
    for (const CoercionNote &c : plan->coercions)
        m_notes->addItem(tr("Will convert: %1").arg(c.toString()));
    for (const QString &n : plan->notes)
        m_notes->addItem(n);
    for (const QString &w : plan->warnings)
        m_notes->addItem(tr("Warning: %1").arg(w));
    m_notes->addItem(plan->rowsRead >= kPlannedRows
                         ? tr("%1 (the first %2 rows of each file; the Import page reads them all)")
                               .arg(plan->summary(m_session.project()))
                               .arg(kPlannedRows)
                         : plan->summary(m_session.project()));
    rebuildChoices(*plan);
    showSource();
}

void ImportPreviewPage::rebuildChoices(const ImportPlan &plan)
{
    QList<QWidget *> old(m_fractions.begin(), m_fractions.end());
    old.append(QList<QWidget *>(m_providers.begin(), m_providers.end()));
    for (QWidget *w : std::as_const(old)) {
        w->hide();
        w->deleteLater();
    }
    m_fractions.clear();
    m_providers.clear();
    ImportSettings &settings = m_session.settings();
    // One check box per percentage column that holds only fractions (or is read as such).
    QStringList columns = plan.fractionCandidates + settings.percentFractions;
    columns.removeDuplicates();
    for (const QString &column : columns) {
        auto *box = new QCheckBox(tr("Read %1 as fractions (0.2 = 20 %)").arg(column), this);
        box->setChecked(settings.percentFractions.contains(column));
        connect(box, &QCheckBox::toggled, this, [this, column](bool on) {
            QStringList &f = m_session.settings().percentFractions;
            f.removeAll(column);
            if (on)
                f << column;
            refresh();
        }, Qt::QueuedConnection);
        m_fractionLayout->addWidget(box);
        m_fractions << box;
    }
    // One combo box per FOCUS provider name that matches no provider (or was mapped here).
    QStringList names = plan.unmatchedProviders;
    for (const auto &[name, id] : settings.providerMap)
        if (!names.contains(name))
            names << name;
    for (const QString &name : names) {
        auto *box = new QComboBox(this);
        box->setToolTip(tr("FOCUS ProviderName '%1'").arg(name));
        box->addItem(tr("%1: keep as written").arg(name), QString());
        for (const Provider &p : m_session.project().providers)
            box->addItem(tr("%1 → %2").arg(name, p.name), p.id);
        const auto mapped = settings.providerMap.find(name);
        box->setCurrentIndex(mapped == settings.providerMap.end() ? 0 : std::max(0, box->findData(mapped->second)));
        connect(box, &QComboBox::currentIndexChanged, this, [this, box, name](int) {
            const QString id = box->currentData().toString();
            if (id.isEmpty())
                m_session.settings().providerMap.erase(name);
            else
                m_session.settings().providerMap[name] = id;
            refresh();
        }, Qt::QueuedConnection);
        m_fractionLayout->addWidget(box);
        m_providers << box;
    }
}

void ImportPreviewPage::showSource()
{
    const int i = m_file->currentIndex();
    m_table->clear();
    if (i < 0)
        return;
    const ImportPreview p = m_session.preview(std::size_t(i), kPreviewRows);
    m_table->setColumnCount(int(p.headers.size()));
    m_table->setHorizontalHeaderLabels(p.headers);
    m_table->setRowCount(int(p.rows.size()));
    QStringList lines;
    for (std::size_t r = 0; r < p.rows.size(); ++r) {
        const ImportPreview::Row &row = p.rows[r];
        lines << QString::number(row.line);
        for (int c = 0; c < p.headers.size(); ++c) {
            auto *item = new QTableWidgetItem(row.cells.value(c));
            const auto cell = row.errors.find(c + 1);
            const auto whole = row.errors.find(0);
            const QString reason = cell != row.errors.end() ? cell->second : whole != row.errors.end() ? whole->second : QString();
            if (!reason.isEmpty()) {
                item->setBackground(QColor(255, 205, 205));
                item->setToolTip(reason);
            }
            m_table->setItem(int(r), c, item);
        }
    }
    m_table->setVerticalHeaderLabels(lines); // the file's line numbers
    // The shown file's rejects outside the table replace the previous file's.
    for (int n = m_notes->count() - 1; n >= 0; --n)
        if (m_notes->item(n)->data(Qt::UserRole).toBool())
            delete m_notes->takeItem(n);
    for (const ImportError &e : p.fileErrors) {
        auto *item = new QListWidgetItem(tr("Rejected: %1").arg(e.toString()), m_notes);
        item->setData(Qt::UserRole, true);
    }
}

} // namespace hp
