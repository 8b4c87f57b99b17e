#include "DatabaseOpenDialog.h"

#include "postgres/PgProjectStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace hp {

namespace {
const QString kGroup = QStringLiteral("database/");
QString enc(const QString &text) { return QString::fromUtf8(QUrl::toPercentEncoding(text)); }
} // namespace

DatabaseOpenDialog::DatabaseOpenDialog(Authenticate authenticate, QWidget *parent)
    : QDialog(parent), m_authenticate(std::move(authenticate))
{
    setObjectName(QStringLiteral("databaseOpenDialog"));
    setWindowTitle(tr("Open from Database"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A team project in a PostgreSQL database. The password comes from ~/.pgpass, PGPASSWORD "
                                "or a service file; you are asked for it only when the server needs one."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    auto line = [this](const QString &name, const QString &placeholder) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        return edit;
    };
    m_host = line(QStringLiteral("host"), tr("localhost, db.example.com or a socket folder (/run/postgresql)"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default (5432)"));
    m_database = line(QStringLiteral("database"), tr("hedgeplan"));
    m_user = line(QStringLiteral("user"), tr("default: your login name"));
    m_project = line(QStringLiteral("project"), tr("the project's name"));
    m_sslMode = new QComboBox(this);
    m_sslMode->setObjectName(QStringLiteral("sslmode"));
    for (const char *mode : {"prefer", "disable", "allow", "require", "verify-ca", "verify-full"})
        m_sslMode->addItem(QString::fromLatin1(mode));
    m_sslMode->setToolTip(tr("TLS: verify-full checks the server's certificate and name (recommended over a network)"));
    m_sslRootCert = line(QStringLiteral("sslrootcert"), tr("optional: the CA certificate file"));
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("TLS (&sslmode):"), m_sslMode);
    form->addRow(tr("CA &certificate:"), m_sslRootCert);
    form->addRow(tr("&Project:"), m_project);
    layout->addLayout(form);
    m_list = new QPushButton(tr("&List projects"), this);
    m_list->setObjectName(QStringLiteral("listProjects"));
    layout->addWidget(m_list);
    m_projects = new QListWidget(this);
    m_projects->setObjectName(QStringLiteral("projects"));
    m_projects->setMinimumHeight(110);
    layout->addWidget(m_projects);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &DatabaseOpenDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QPushButton::clicked, this, &DatabaseOpenDialog::listProjects);
    connect(m_projects, &QListWidget::currentTextChanged, m_project, &QLineEdit::setText);
    connect(m_projects, &QListWidget::itemDoubleClicked, this, &DatabaseOpenDialog::accept);
    for (QLineEdit *e : {m_host, m_database, m_user, m_sslRootCert})
        connect(e, &QLineEdit::textChanged, this, [this] { m_authenticated.reset(); });
    connect(m_port, &QSpinBox::valueChanged, this, [this] { m_authenticated.reset(); });
    connect(m_sslMode, &QComboBox::currentTextChanged, this, [this] { m_authenticated.reset(); });
    resize(560, 520);
    restore();
}

QString DatabaseOpenDialog::uriText(const QString &project) const
{
    const QString host = m_host->text().trimmed();
    const bool socket = host.startsWith(u'/');
    QString text = QStringLiteral("postgresql://");
    if (!m_user->text().trimmed().isEmpty())
        text += enc(m_user->text().trimmed()) + u'@';
    if (!socket) {
        text += host.contains(u':') ? u'[' + host + u']' : enc(host);
        if (m_port->value() > 0)
            text += u':' + QString::number(m_port->value());
    }
    text += u'/' + enc(m_database->text().trimmed());
    QStringList parameters;
    if (socket)
        parameters << QStringLiteral("host=") + enc(host);
    if (socket && m_port->value() > 0)
        parameters << QStringLiteral("port=%1").arg(m_port->value());
    if (m_sslMode->currentText() != u"prefer")
        parameters << QStringLiteral("sslmode=") + m_sslMode->currentText();
    if (!m_sslRootCert->text().trimmed().isEmpty())
        parameters << QStringLiteral("sslrootcert=") + enc(m_sslRootCert->text().trimmed());
    parameters << QStringLiteral("project=") + enc(project);
    return text + u'?' + parameters.join(u'&');
}

std::optional<ProjectUri> DatabaseOpenDialog::uri(QString *error) const
{
    if (m_database->text().trimmed().isEmpty()) {
        *error = tr("Name the database.");
        return std::nullopt;
    }
    // "List projects" needs no project: a placeholder name stands in (never opened).
    const QString project = m_project->text().trimmed();
    return ProjectUri::parse(uriText(project.isEmpty() ? QStringLiteral("-") : project), error);
}

void DatabaseOpenDialog::listProjects()
{
    m_projects->clear();
    QString error;
    std::optional<ProjectUri> u = uri(&error);
    if (u)
        u = m_authenticated ? m_authenticated->forProject(u->project()) : m_authenticate(*u, &error);
    QStringList names;
    StorageError failure;
    if (!u || !PgProjectStore::projects(*u, &names, &failure)) {
        m_status->setText(u ? failure.message : error.isEmpty() ? tr("Cancelled.") : error);
        return;
    }
    m_authenticated = u;
    m_projects->addItems(names);
    m_status->setText(names.isEmpty() ? tr("The database holds no Hedgeplan projects yet.")
                                      : names.size() == 1 ? tr("1 project; pick it and Open.") : tr("%1 projects; pick one and Open.").arg(names.size()));
    const auto same = m_projects->findItems(m_project->text().trimmed(), Qt::MatchExactly);
    if (!same.isEmpty())
        m_projects->setCurrentItem(same.front());
}

void DatabaseOpenDialog::accept()
{
    QString error;
    if (m_project->text().trimmed().isEmpty()) {
        m_status->setText(tr("Name the project, or list the database's projects and pick one."));
        return;
    }
    std::optional<ProjectUri> u = uri(&error);
    if (u)
        u = m_authenticated ? m_authenticated->forProject(u->project()) : m_authenticate(*u, &error);
    if (!u) {
        m_status->setText(error.isEmpty() ? tr("Cancelled.") : error);
        return;
    }
    m_chosen = u;
    remember();
    QDialog::accept();
}

void DatabaseOpenDialog::remember() const
{
    QSettings s;
    s.setValue(kGroup + QStringLiteral("host"), m_host->text().trimmed());
    s.setValue(kGroup + QStringLiteral("port"), m_port->value());
    s.setValue(kGroup + QStringLiteral("database"), m_database->text().trimmed());
    s.setValue(kGroup + QStringLiteral("user"), m_user->text().trimmed());
    s.setValue(kGroup + QStringLiteral("sslmode"), m_sslMode->currentText());
    s.setValue(kGroup + QStringLiteral("sslrootcert"), m_sslRootCert->text().trimmed());
    s.setValue(kGroup + QStringLiteral("project"), m_project->text().trimmed());
}

void DatabaseOpenDialog::restore()
{
    QSettings s;
    m_host->setText(s.value(kGroup + QStringLiteral("host")).toString());
    m_port->setValue(s.value(kGroup + QStringLiteral("port"), 0).toInt());
    m_database->setText(s.value(kGroup + QStringLiteral("database")).toString());
    m_user->setText(s.value(kGroup + QStringLiteral("user")).toString());
    m_sslMode->setCurrentText(s.value(kGroup + QStringLiteral("sslmode"), QStringLiteral("prefer")).toString());
    m_sslRootCert->setText(s.value(kGroup + QStringLiteral("sslrootcert")).toString());
    m_project->setText(s.value(kGroup + QStringLiteral("project")).toString());
}

} // namespace hp
