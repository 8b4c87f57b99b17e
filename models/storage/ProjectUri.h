#pragma once

#include <QString>

#include <optional>

namespace hp {

/// A project in a PostgreSQL database, named by a libpq URI with Hedgeplan's
/// own `project=` parameter (docs/rules.md §13, docs/storage.md "Team server"):
///
///     postgresql://[user@]host[:port]/dbname?project=NAME[&libpq parameters]
///
/// (`postgres://` too). `project=` is taken off; the rest goes to libpq as it
/// is, so every libpq parameter works (`host=/run/postgresql`,
/// `sslmode=verify-full`, `service=…`). A password written in the URI is
/// accepted (libpq uses it) but never shown: display() and every message built
/// from this URI mask it. Passwords belong in libpq's own places
/// (`~/.pgpass`, `PGPASSWORD`, a service file).
class ProjectUri {
public:
    /// True when `text` starts with `postgresql://` or `postgres://` (any case):
    /// such a text is a database URI, never a file name, even when malformed.
    static bool isUri(const QString &text);

    /// Parses and checks `text` (libpq's own parser validates the connection
    /// part). On failure returns nullopt and sets *error to one clear sentence
    /// that shows the URI with its password masked.
    static std::optional<ProjectUri> parse(const QString &text, QString *error);

    /// The project's name (the decoded value of `project=`), never empty.
    const QString &project() const { return m_project; }
    /// What libpq gets: the URI without `project=` (it may hold a password: never print it).
    const QString &connectionString() const { return m_connection; }
    /// The URI as given, password masked: the form for messages, titles and recent lists.
    const QString &display() const { return m_display; }
    /// `text` with the password of this URI (if any) replaced by `***`, e.g. a server message.
    QString scrub(const QString &text) const;

    /// Masks a password in any URI text: `user:secret@` and `password=secret` become `***`.
    static QString masked(const QString &text);

    /// This URI with a password typed at a prompt (GUI): libpq gets it as its
    /// `password` keyword; it is in neither display() nor connectionString(),
    /// so it never reaches a title, a message, the settings or the recent list.
    ProjectUri withPassword(const QString &password) const;
    /// The password given with withPassword(), empty if none.
    const QString &suppliedPassword() const { return m_supplied; }
    /// A copy naming project `name` instead (the same server, database and parameters).
    ProjectUri forProject(const QString &name) const;

private:
    QString m_project;
    QString m_connection;
    QString m_display;
    QString m_password; ///< the password written in the URI, empty if none (only to scrub messages)
    QString m_supplied; ///< a password typed at a prompt (withPassword), empty if none
};

} // namespace hp
