#include "storage/StorageError.h"

namespace hp {

QString StorageError::codeName(Code code)
{
    switch (code) {
    case Code::None: return QStringLiteral("none");
    case Code::NotFound: return QStringLiteral("not_found");
    case Code::Io: return QStringLiteral("io");
    case Code::NotAProject: return QStringLiteral("not_a_project");
    case Code::NewerVersion: return QStringLiteral("newer_version");
    case Code::Corrupt: return QStringLiteral("corrupt");
    case Code::Unsafe: return QStringLiteral("unsafe");
    case Code::Locked: return QStringLiteral("locked");
    case Code::ReadOnly: return QStringLiteral("read_only");
    case Code::InvalidProject: return QStringLiteral("invalid_project");
    case Code::Connection: return QStringLiteral("connection");
    case Code::Conflict: return QStringLiteral("conflict");
    case Code::Exists: return QStringLiteral("exists");
    }
    return QStringLiteral("unknown");
}

} // namespace hp
