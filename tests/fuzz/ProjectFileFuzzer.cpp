// Opening a .hedgeplan project file (SQLite) from arbitrary bytes: the file is
// refused with a message ("Cannot open '…': …") or read; nothing crashes.
// Seeded with the schema fixtures, so mutations reach SQLite's page parser,
// the schema check and the row readers.

#include "FuzzFiles.h"

#include "storage/ProjectFile.h"

#include <QFile>
#include <QTemporaryDir>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const QTemporaryDir dir;
    HP_FUZZ_CHECK(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("fuzzed.hedgeplan"));
    {
        QFile file(path);
        HP_FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        HP_FUZZ_CHECK(file.write(reinterpret_cast<const char *>(data), qint64(size)) == qint64(size));
    }
    hp::Project project;
    hp::StorageError error;
    if (!hp::ProjectFile::load(path, &project, &error)) {
        HP_FUZZ_CHECK(error.code != hp::StorageError::Code::None);
        HP_FUZZ_CHECK(error.message.startsWith(QStringLiteral("Cannot open '")));
    }
    return 0;
}
