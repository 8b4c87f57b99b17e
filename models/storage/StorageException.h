#pragma once

#include "storage/StorageError.h"

#include <stdexcept>

namespace hp {

/// Internal to the storage library: thrown deep inside a load or save and
/// turned back into a StorageError at the public API (ProjectFile, RecoveryStore).
class StorageException : public std::runtime_error {
public:
    StorageException(StorageError::Code code, const QString &message)
        : std::runtime_error(message.toStdString()), m_error{code, message}
    {
    }
    const StorageError &error() const { return m_error; }

private:
    StorageError m_error;
};

} // namespace hp
