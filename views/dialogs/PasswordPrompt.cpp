#include "PasswordPrompt.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace hp {

PasswordPrompt::PasswordPrompt(const QString &what, const QString &why, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("passwordPrompt"));
    setWindowTitle(tr("Database password"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(tr("The server asks for a password for\n%1").arg(what), this);
    text->setWordWrap(true);
    layout->addWidget(text);
    if (!why.isEmpty()) {
        auto *warning = new QLabel(why, this);
        warning->setObjectName(QStringLiteral("passwordWhy"));
        warning->setWordWrap(true);
        warning->setStyleSheet(QStringLiteral("QLabel { color: #A00000; }"));
        layout->addWidget(warning);
    }
    auto *form = new QFormLayout;
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    m_remember = new QCheckBox(tr("&Remember in the desktop keyring"), this);
    m_remember->setObjectName(QStringLiteral("remember"));
    m_remember->setToolTip(tr("Never written to the project, the settings or the recent list"));
    layout->addWidget(m_remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString PasswordPrompt::password() const { return m_password->text(); }
bool PasswordPrompt::remember() const { return m_remember->isChecked(); }

} // namespace hp
