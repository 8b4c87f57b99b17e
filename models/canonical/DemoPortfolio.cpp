#include "DemoPortfolio.h"

#include "canonical/CanonicalCsvReader.h"
#include "canonical/CanonicalFiles.h"

#include <QFile>

#include <stdexcept>

namespace hp {

std::map<QString, QByteArray> DemoPortfolio::files()
{
    std::map<QString, QByteArray> files;
    for (const QString &name : CanonicalFiles::fileNames()) {
        QFile f(QStringLiteral(":/demo/") + name);
        if (f.open(QIODevice::ReadOnly))
            files[name] = f.readAll();
    }
    return files;
}

Project DemoPortfolio::load()
{
    const std::map<QString, QByteArray> files = DemoPortfolio::files();
    if (files.empty())
        throw std::runtime_error("the built-in demo portfolio is missing from the resources");
    CsvReadResult r = CanonicalCsvReader::readFiles(files);
    if (!r.ok())
        throw std::runtime_error(QString(QStringLiteral("the built-in demo portfolio does not read: ") + r.errors.front().toString()).toStdString());
    return std::move(r.project);
}

} // namespace hp
