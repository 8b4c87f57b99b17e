#pragma once

#include <QString>

namespace hp {

/// libpq (libpq.so.5), loaded the first time a PostgreSQL URI is read or a
/// connection opened, not at start-up: linked directly, it brings about 25
/// shared libraries (OpenSSL, Kerberos, LDAP, GnuTLS …) that every command
/// on a project file would load and relocate for nothing (docs/performance.md).
/// LibPq.cpp defines the PQ* functions Hedgeplan calls, each forwarding to
/// the loaded library; ProjectUri::parse and PgConnection call load() first
/// and report its reason, so no PQ* function runs without the library.
class LibPq {
public:
    /// The file dlopen() is given.
    static constexpr const char *kFileName = "libpq.so.5";
    /// Loads libpq and resolves every function (once per process; thread-safe).
    /// False with *error (the dynamic loader's reason) when it cannot.
    static bool load(QString *error);
};

} // namespace hp
