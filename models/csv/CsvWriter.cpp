#include "CsvWriter.h"

namespace hp {

QString CsvWriter::quote(const QString &field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') && !field.contains(u'\r'))
        return field;
    QString q = field;
    q.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QByteArray CsvWriter::line(const QStringList &fields, bool crlf)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted << quote(f);
    return quoted.join(QLatin1Char(',')).toUtf8() + (crlf ? "\r\n" : "\n");
}

} // namespace hp
