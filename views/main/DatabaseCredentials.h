#pragma once

#include "storage/ProjectUri.h"

#include <QString>

#include <optional>

class QWidget;

namespace hp {

/// Completes a project URI with a password when the server asks for one that
/// libpq does not have (PgConnection::passwordMissing) (docs/storage.md, "Team server"): libpq's own places
/// first (~/.pgpass, PGPASSWORD, a service file: then nothing is asked), then
/// the desktop keyring, then a prompt (PasswordPrompt). The password lives in
/// the returned ProjectUri only (in memory): never in the settings, the recent
/// list or the project.
class DatabaseCredentials {
public:
    enum class Prompt { Allowed, Never };

    /// The URI ready to connect, or nullopt: cancelled (*error empty) or the
    /// login failed (*error says why, once). *note (when given) tells what
    /// happened with the keyring ("kept in the keyring", "the keyring is unavailable: …").
    static std::optional<ProjectUri> complete(QWidget *parent, const ProjectUri &uri, Prompt prompt, QString *error,
                                              QString *note = nullptr);
    /// The keyring entry of a URI: its connection part, password masked, without the project.
    static QString keyringKey(const ProjectUri &uri);
};

} // namespace hp
