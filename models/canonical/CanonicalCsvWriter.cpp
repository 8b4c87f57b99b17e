#include "CanonicalCsvWriter.h"

#include "canonical/CanonicalFiles.h"
#include "csv/CsvWriter.h"
#include "canonical/EntityTable.h"

#include <QDir>
#include <QSaveFile>

namespace hp {

std::map<QString, QByteArray> CanonicalCsvWriter::toFiles(const Project &project)
{
    std::map<QString, QByteArray> files;
    for (const QString &fileName : CanonicalFiles::fileNames()) {
        const QString entity = fileName.chopped(4);
        const auto table = EntityTables::build(project, entity);
        if (!table)
            continue;
        QByteArray bytes = CsvWriter::line(table->columns);
        for (const auto &row : table->rows) {
            QStringList fields;
            for (const auto &cell : row)
                fields << cell.value_or(QString());
            bytes += CsvWriter::line(fields);
        }
        files[fileName] = bytes;
    }
    return files;
}

bool CanonicalCsvWriter::writeFolder(const Project &project, const QString &dir, QString *error)
{
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = QStringLiteral("cannot create folder %1").arg(dir);
        return false;
    }
    for (const auto &[name, bytes] : toFiles(project)) {
        QSaveFile f(QDir(dir).filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
            if (error)
                *error = QStringLiteral("cannot write %1: %2").arg(f.fileName(), f.errorString());
            return false;
        }
    }
    return true;
}

} // namespace hp
