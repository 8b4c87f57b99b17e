#include "HistoryDialog.h"

#include "itemmodels/ChangeLogModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace hp {

HistoryDialog::HistoryDialog(const QJsonArray &log, const QString &entity, const QString &row, QWidget *parent)
    : QDialog(parent), m_model(new ChangeLogModel(this))
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History"));
    m_model->setLog(log);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_entity = new QComboBox(this);
    m_entity->setObjectName(QStringLiteral("historyEntity"));
    m_entity->addItem(tr("All tables"), QString());
    QStringList entities = m_model->entities();
    if (!entity.isEmpty() && !entities.contains(entity))
        entities << entity;
    for (const QString &e : entities)
        m_entity->addItem(e, e);
    m_entity->setCurrentIndex(std::max(0, m_entity->findData(entity)));
    m_row = new QLineEdit(row, this);
    m_row->setObjectName(QStringLiteral("historyRow"));
    m_row->setPlaceholderText(tr("every row"));
    m_row->setClearButtonEnabled(true);
    form->addRow(tr("&Table:"), m_entity);
    form->addRow(tr("&Row:"), m_row);
    layout->addLayout(form);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_entity, &QComboBox::currentIndexChanged, this, &HistoryDialog::applyFilter);
    connect(m_row, &QLineEdit::textChanged, this, &HistoryDialog::applyFilter);
    applyFilter();
    resize(980, 480);
}

void HistoryDialog::applyFilter()
{
    m_model->setFilter(m_entity->currentData().toString(), m_row->text().trimmed());
    m_table->resizeColumnsToContents();
}

} // namespace hp
