#include "DemoPortfolio.h"

#include "io/CanonicalCsvReader.h"
#include "io/CanonicalFiles.h"

#include <QFile>

#include <stdexcept>

namespace hp {

Project DemoPortfolio::load()
{
    std::map<QString, QByteArray> files;
    for (const QString &name : CanonicalFiles::fileNames()) {
        QFile f(QStringLiteral(":/demo/") + name);
        if (f.open(QIODevice::ReadOnly))
            files[name] = f.readAll();
    }
    if (files.empty())
        throw std::runtime_error("the built-in demo portfolio is missing from the resources");
    CsvReadResult r = CanonicalCsvReader::readFiles(files);
    if (!r.ok())
        throw std::runtime_error(QString(QStringLiteral("the built-in demo portfolio does not read: ") + r.errors.front().toString()).toStdString());
    return std::move(r.project);
}

} // namespace hp
