#pragma once

#include "storage/ProjectUri.h"

#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace hp {

/// File > Open from Database… (docs/gui.md, docs/storage.md "Team server"):
/// host, port, database, user, project, TLS (sslmode, sslrootcert), and "List
/// projects", which lists the database's projects to pick from. No password
/// field: libpq's own places are used, and a prompt comes only when the
/// server asks (the `authenticate` callback, DatabaseCredentials in the app).
/// The fields (never a password) are remembered in the settings.
class DatabaseOpenDialog : public QDialog {
    Q_OBJECT

public:
    /// Returns the URI ready to connect (with a typed password), or nullopt
    /// (cancelled, or the login failed: *error then says why).
    using Authenticate = std::function<std::optional<ProjectUri>(const ProjectUri &, QString *error)>;

    explicit DatabaseOpenDialog(Authenticate authenticate, QWidget *parent = nullptr);

    /// The URI of the fields (project= included), or nullopt with *error.
    std::optional<ProjectUri> uri(QString *error) const;
    /// After Open: the URI as authenticated (it may carry a typed password, in memory only).
    const std::optional<ProjectUri> &chosen() const { return m_chosen; }

    /// Lists the projects of the database (the "List projects" button).
    void listProjects();

    void accept() override;

private:
    QString uriText(const QString &project) const;
    void remember() const;
    void restore();

    Authenticate m_authenticate;
    std::optional<ProjectUri> m_chosen;
    std::optional<ProjectUri> m_authenticated; ///< from List projects: no second prompt on Open
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_project;
    QComboBox *m_sslMode;
    QLineEdit *m_sslRootCert;
    QListWidget *m_projects;
    QPushButton *m_list;
    QLabel *m_status;
};

} // namespace hp
