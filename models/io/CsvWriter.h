#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace hp {

/// RFC 4180 output: a field is quoted when it holds the delimiter, a quote or
/// a line break; quotes are doubled; records end with LF; UTF-8 without BOM.
class CsvWriter {
public:
    static QString quote(const QString &field);
    static QByteArray line(const QStringList &fields);
};

} // namespace hp
