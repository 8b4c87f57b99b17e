#include "EntityTableEditor.h"

#include "CellMessage.h"
#include "FieldDelegate.h"
#include "KeptSelection.h"
#include "itemmodels/DocumentTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hp {

EntityTableEditor::EntityTableEditor(DocumentTableModel *model, const QString &heading, const QString &hint, QWidget *parent)
    : QWidget(parent), m_model(model)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(heading.toHtmlEscaped()), this);
    top->addWidget(title);
    top->addStretch();
    auto *add = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add"), this);
    auto *remove = new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Remove"), this);
    add->setToolTip(tr("Add a row (Ctrl++)"));
    remove->setToolTip(tr("Remove the selected row (Ctrl+-)"));
    top->addWidget(add);
    top->addWidget(remove);
    layout->addLayout(top);
    auto *hintLabel = new QLabel(hint, this);
    hintLabel->setWordWrap(true);
    hintLabel->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hintLabel);

    m_table = new QTableView(this);
    m_table->setModel(model);
    auto *delegate = new FieldDelegate(m_table);
    m_table->setItemDelegate(delegate);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->resizeColumnsToContents();
    layout->addWidget(m_table, 1);

    connect(add, &QPushButton::clicked, this, &EntityTableEditor::addRow);
    connect(remove, &QPushButton::clicked, this, &EntityTableEditor::removeCurrentRow);
    connect(delegate->cellMessage(), &CellMessage::shown, this, &EntityTableEditor::message);
    // A reset (an id renamed, an undo, an import, a load) keeps the current cell on its
    // entity; after a load the first row is current, so pages that follow the selection show something.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keysBeforeReset = keys();
        m_rowBeforeReset = m_table->currentIndex().row();
        m_columnBeforeReset = std::max(0, m_table->currentIndex().column());
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_table->resizeColumnsToContents();
        const int row = KeptSelection::row(m_keysBeforeReset, keys(), m_rowBeforeReset);
        if (!m_table->currentIndex().isValid() && row >= 0)
            m_table->setCurrentIndex(m_model->index(row, m_rowBeforeReset < 0 ? 0 : m_columnBeforeReset));
    });
}

QStringList EntityTableEditor::keys() const
{
    QStringList keys;
    for (int r = 0; r < m_model->rowCount(); ++r)
        keys << m_model->index(r, 0).data(Qt::EditRole).toString();
    return keys;
}

void EntityTableEditor::addRow()
{
    const int row = m_model->addRow(m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1);
    const QModelIndex first = m_model->index(row, 0);
    m_table->setCurrentIndex(first);
    m_table->edit(first);
}

void EntityTableEditor::removeCurrentRow()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        m_model->removeRow(current.row());
}

} // namespace hp
