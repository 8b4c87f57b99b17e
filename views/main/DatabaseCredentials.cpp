#include "DatabaseCredentials.h"

#include "PasswordKeyring.h"
#include "dialogs/PasswordPrompt.h"
#include "postgres/PgConnection.h"
#include "postgres/PgProjectStore.h"

#include <QObject>

namespace hp {

namespace {

/// Empty when `uri` logs in; else the reason (a wrong password, an unreachable server…).
QString loginProblem(const ProjectUri &uri)
{
    bool found = false;
    StorageError error;
    if (PgProjectStore::exists(uri, &found, &error) || error.code != StorageError::Code::Connection)
        return QString();
    return error.message;
}

} // namespace

QString DatabaseCredentials::keyringKey(const ProjectUri &uri)
{
    return ProjectUri::masked(uri.connectionString());
}

std::optional<ProjectUri> DatabaseCredentials::complete(QWidget *parent, const ProjectUri &uri, Prompt prompt,
                                                        QString *error, QString *note)
{
    if (error)
        error->clear();
    if (!uri.suppliedPassword().isEmpty())
        return uri;
    // One connection attempt: when it logs in, the pool keeps it for the open that follows.
    bool found = false;
    StorageError first;
    if (PgProjectStore::exists(uri, &found, &first) || first.code != StorageError::Code::Connection)
        return uri; // libpq has what it needs (a missing database or project is the caller's message)
    if (!PgConnection::passwordMissing(first)) {
        if (error)
            *error = first.message; // unreachable, refused: a password would not help
        return std::nullopt;
    }
    const QString key = keyringKey(uri);
    QString why;
    QString keyringError;
    if (const std::optional<QString> kept = PasswordKeyring::read(key, &keyringError)) {
        const ProjectUri withKept = uri.withPassword(*kept);
        why = loginProblem(withKept);
        if (why.isEmpty()) {
            if (note)
                *note = QObject::tr("Password from the desktop keyring.");
            return withKept;
        }
        PasswordKeyring::remove(key); // it no longer works: ask again
    }
    if (prompt == Prompt::Never) {
        if (error)
            *error = QObject::tr("Cannot use '%1': the server asks for a password (open it with File > Open Recent to type it)")
                         .arg(uri.display());
        return std::nullopt;
    }
    PasswordPrompt dialog(uri.display(), why, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const ProjectUri typed = uri.withPassword(dialog.password());
    if (const QString problem = loginProblem(typed); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    if (dialog.remember()) {
        QString failure;
        if (PasswordKeyring::write(key, dialog.password(), &failure)) {
            if (note)
                *note = QObject::tr("Password kept in the desktop keyring.");
        } else if (note) {
            // QtKeychain says "Unknown error" when no Secret Service or KWallet is on the session bus.
            if (failure.isEmpty() || failure == u"Unknown error")
                failure = QObject::tr("no Secret Service or KWallet answered");
            *note = QObject::tr("The desktop keyring is unavailable (%1): the password is kept for this session only.").arg(failure);
        }
    }
    return typed;
}

} // namespace hp
