#include "RejectReport.h"

#include "csv/CsvWriter.h"

#include <QSaveFile>

namespace hp {

QString RejectReport::defused(const QString &cell)
{
    if (!cell.isEmpty()
        && (cell.front() == u'=' || cell.front() == u'+' || cell.front() == u'-' || cell.front() == u'@' || cell.front() == u'\t'
            || cell.front() == u'\r'))
        return QLatin1Char('\'') + cell;
    return cell;
}

QByteArray RejectReport::toCsv(const ImportErrors &rejects)
{
    QByteArray out = CsvWriter::line({QStringLiteral("file"), QStringLiteral("line"), QStringLiteral("column"),
                                      QStringLiteral("reason"), QStringLiteral("raw")});
    for (const ImportError &e : rejects)
        out += CsvWriter::line({defused(e.file), QString::number(e.line), QString::number(e.column), defused(e.reason), defused(e.raw)});
    return out;
}

bool RejectReport::write(const ImportErrors &rejects, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toCsv(rejects)) < 0 || !file.commit()) {
        *error = QStringLiteral("%1: cannot write the rejects: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace hp
