#pragma once

#include "domain/Project.h"
#include "postgres/PgSnapshot.h"
#include "storage/ProjectUri.h"
#include "storage/StorageError.h"

#include <QJsonArray>
#include <QStringList>

namespace hp {

/// Projects in a PostgreSQL database (docs/rules.md §13, docs/storage.md "Team
/// server"), the counterpart of ProjectFile's static load/write for the CLI.
/// Every call opens its own connection, reports failure in *error (when given)
/// with a message that names the URI (password masked) and never throws.
class PgProjectStore {
public:
    enum class Overwrite { Refuse, Replace };

    /// Reads the project; *snapshot (when given) keeps its rows and versions for save().
    static bool load(const ProjectUri &uri, Project *project, StorageError *error = nullptr,
                     PgSnapshot *snapshot = nullptr);
    /// Writes what changed since `snapshot` in one transaction, refusing to
    /// overwrite a row someone else changed since (Code::Conflict). A snapshot
    /// with projectId 0 stands for a project that did not exist: it is created
    /// (Code::Exists when someone created it meanwhile).
    /// On success *snapshot is the saved state (the base of the next save).
    static bool save(const ProjectUri &uri, const Project &project, PgSnapshot *snapshot, StorageError *error = nullptr);
    /// Writes `project` as a whole (copy): creates it, or replaces an existing
    /// project of that name only with Overwrite::Replace (else Code::Exists).
    static bool write(const ProjectUri &uri, const Project &project, Overwrite overwrite,
                      StorageError *error = nullptr);
    /// Whether the project exists (false with Code::None when the database has
    /// no Hedgeplan schema yet); fails only when the database cannot be read.
    static bool exists(const ProjectUri &uri, bool *found, StorageError *error = nullptr);
    /// The change log (§13): objects with who, when, entity, row, old, new, oldest first.
    static bool changes(const ProjectUri &uri, QJsonArray *log, StorageError *error = nullptr);
    /// The names of the database's projects, sorted (empty when it has no
    /// Hedgeplan schema yet); the URI's own project= is not looked at.
    static bool projects(const ProjectUri &uri, QStringList *names, StorageError *error = nullptr);

    /// The LISTEN/NOTIFY channel a save or a copy notifies on commit (one per
    /// database). Payload: {"project": name, "id": id, "role": who, "rows": N}.
    static const QString kChannel;
};

} // namespace hp
