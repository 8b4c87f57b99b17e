#include "ZipPartRewriter.h"

#include <QFile>

#include <zip.h>

namespace hp {

bool ZipPartRewriter::replace(const QString &path, const std::map<QString, QByteArray> &parts, QString *error)
{
    if (parts.empty())
        return true;
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), 0, &code);
    if (!archive) {
        zip_error_t zipError;
        zip_error_init_with_code(&zipError, code);
        *error = QStringLiteral("cannot open the package: %1").arg(QString::fromUtf8(zip_error_strerror(&zipError)));
        zip_error_fini(&zipError);
        return false;
    }
    // libzip reads each buffer at zip_close: `parts` outlives it.
    for (const auto &entry : parts) {
        const QByteArray name = entry.first.toUtf8();
        const zip_int64_t index = zip_name_locate(archive, name.constData(), ZIP_FL_ENC_UTF_8);
        zip_source_t *source = index < 0 ? nullptr : zip_source_buffer(archive, entry.second.constData(), zip_uint64_t(entry.second.size()), 0);
        if (!source || zip_file_replace(archive, zip_uint64_t(index), source, ZIP_FL_ENC_UTF_8) != 0) {
            if (source)
                zip_source_free(source);
            *error = index < 0 ? QStringLiteral("the package has no part %1").arg(entry.first)
                               : QStringLiteral("cannot replace %1: %2").arg(entry.first, QString::fromUtf8(zip_strerror(archive)));
            zip_discard(archive);
            return false;
        }
    }
    if (zip_close(archive) != 0) {
        *error = QStringLiteral("cannot write the package: %1").arg(QString::fromUtf8(zip_strerror(archive)));
        zip_discard(archive);
        return false;
    }
    return true;
}

} // namespace hp
