#include "ServerChangesDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace hp {

ServerChangesDialog::ServerChangesDialog(const QString &role, const std::vector<PgMerge::Row> &conflicts, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("serverChangesDialog"));
    setWindowTitle(tr("Changes from the server"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(tr("%1 saved changes to rows you have changed too (not saved yet). Tick the rows to take "
                               "from the server; unticked rows keep your version. Their other changes are taken in "
                               "either way; your changes stay unsaved.")
                                .arg(role.isEmpty() ? tr("Someone") : role),
                            this);
    text->setWordWrap(true);
    layout->addWidget(text);
    m_rows = new QListWidget(this);
    m_rows->setObjectName(QStringLiteral("conflicts"));
    for (const PgMerge::Row &row : conflicts) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(row.description, row.difference), m_rows);
        item->setToolTip(item->text());
        item->setData(Qt::UserRole, row.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    layout->addWidget(m_rows);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    QPushButton *mine = buttons->addButton(tr("Keep all &mine"), QDialogButtonBox::ActionRole);
    mine->setObjectName(QStringLiteral("keepMine"));
    QPushButton *theirs = buttons->addButton(tr("Take all &theirs"), QDialogButtonBox::ActionRole);
    theirs->setObjectName(QStringLiteral("takeTheirs"));
    connect(mine, &QPushButton::clicked, this, [this] { setAll(false); });
    connect(theirs, &QPushButton::clicked, this, [this] { setAll(true); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    layout->addWidget(buttons);
    resize(620, 360);
}

void ServerChangesDialog::setAll(bool theirs)
{
    for (int i = 0; i < m_rows->count(); ++i)
        m_rows->item(i)->setCheckState(theirs ? Qt::Checked : Qt::Unchecked);
}

QSet<QString> ServerChangesDialog::takeTheirs() const
{
    QSet<QString> ids;
    for (int i = 0; i < m_rows->count(); ++i)
        if (m_rows->item(i)->checkState() == Qt::Checked)
            ids.insert(m_rows->item(i)->data(Qt::UserRole).toString());
    return ids;
}

} // namespace hp
