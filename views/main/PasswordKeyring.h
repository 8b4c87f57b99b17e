#pragma once

#include <QString>

#include <optional>

namespace hp {

/// Database passwords in the desktop's keyring (QtKeychain: Secret Service or
/// KWallet), only when the user ticks "Remember in keyring" at the password
/// prompt (docs/storage.md, "Team server"). Never a plain-text fallback: when
/// no keyring answers (a headless session, the offscreen tests) every call
/// fails with the keyring's reason and the caller says so and goes on. Calls
/// wait for the keyring at most a few seconds.
class PasswordKeyring {
public:
    /// The password kept under `key`, nullopt when there is none or the keyring fails (*error says why).
    static std::optional<QString> read(const QString &key, QString *error = nullptr);
    static bool write(const QString &key, const QString &password, QString *error = nullptr);
    static bool remove(const QString &key, QString *error = nullptr);

    static const QString kService; ///< "Hedgeplan"
};

} // namespace hp
