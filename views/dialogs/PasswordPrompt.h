#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace hp {

/// Asks for a database password when libpq has none (no ~/.pgpass entry,
/// PGPASSWORD or service file; docs/storage.md "Team server"). The password
/// stays in memory for this session; "Remember in keyring" also keeps it in
/// the desktop's keyring (never in the settings or the recent list).
class PasswordPrompt : public QDialog {
    Q_OBJECT

public:
    /// `what`: the URI as shown (password masked); `why`: a line above the field (a wrong password…), may be empty.
    PasswordPrompt(const QString &what, const QString &why, QWidget *parent = nullptr);

    QString password() const;
    bool remember() const;

private:
    QLineEdit *m_password;
    QCheckBox *m_remember;
};

} // namespace hp
