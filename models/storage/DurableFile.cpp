#include "storage/DurableFile.h"

#include "storage/StorageException.h"

#include <QFile>
#include <QFileInfo>

#ifndef Q_OS_UNIX
#error "DurableFile needs POSIX fsync and rename semantics"
#endif

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace hp {

namespace {

[[noreturn]] void failWithErrno(const QString &what, const QString &path, int error)
{
    throw StorageException(StorageError::Code::Io,
                           QStringLiteral("%1 '%2' failed: %3").arg(what, path, QString::fromLocal8Bit(std::strerror(error))));
}

void fsyncPath(const QString &path, int flags, const QString &what)
{
    const QByteArray native = QFile::encodeName(path);
    int fd = -1;
    do {
        fd = ::open(native.constData(), flags | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0)
        failWithErrno(what, path, errno);
    int rc = 0;
    do {
        rc = ::fsync(fd);
    } while (rc != 0 && errno == EINTR);
    const int error = errno;
    ::close(fd);
    if (rc != 0)
        failWithErrno(what, path, error);
}

} // namespace

void DurableFile::fsyncFile(const QString &path) { fsyncPath(path, O_RDONLY, QStringLiteral("flushing")); }

void DurableFile::fsyncDirectory(const QString &directory)
{
    fsyncPath(directory, O_RDONLY | O_DIRECTORY, QStringLiteral("flushing the folder"));
}

void DurableFile::replace(const QString &from, const QString &to)
{
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        failWithErrno(QStringLiteral("replacing"), to, errno);
    fsyncDirectory(QFileInfo(to).absolutePath());
}

} // namespace hp
