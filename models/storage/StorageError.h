#pragma once

#include <QString>

namespace hp {

/// Why a project file could not be opened, saved or locked, with a message
/// fit to show the user (it names the file and, where known, table and row).
struct StorageError {
    enum class Code {
        None,
        NotFound,        ///< the file does not exist
        Io,              ///< the operating system refused a read, write, fsync or rename
        NotAProject,     ///< not SQLite, or SQLite without Hedgeplan's application id / tables
        NewerVersion,    ///< written by a newer Hedgeplan (schema version above ours)
        Corrupt,         ///< integrity_check failed, or a value is unreadable
        Unsafe,          ///< triggers, views or objects Hedgeplan never writes
        Locked,          ///< another instance is editing the file
        ReadOnly,        ///< a save was asked of a file opened read-only
        InvalidProject,  ///< the project breaks a rule the schema enforces (CHECK, foreign key)
        Connection,      ///< a database server cannot be reached or refused the login (PostgreSQL)
        Conflict,        ///< a row was changed by someone else since it was read (PostgreSQL)
        Exists,          ///< the target project exists and replacing it was not asked for
    };

    Code code = Code::None;
    QString message;

    bool isError() const { return code != Code::None; }
    static QString codeName(Code code);
};

} // namespace hp
