#pragma once

namespace hp {

/// Process-wide settings of the SQLite library, made before any connection
/// opens (docs/performance.md).
class SqliteLibrary {
public:
    /// Turns off SQLite's memory statistics: with them on, every allocation of
    /// every connection takes one global mutex, and a file read on one thread
    /// while its integrity is checked on another (ProjectLoader) queued on it,
    /// the threads waking each other some forty times per `evaluate`. False
    /// when SQLite was already initialised (the setting is then left as it is).
    static bool configure();
};

} // namespace hp
