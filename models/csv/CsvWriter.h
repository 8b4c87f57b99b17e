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
    /// One record; `crlf` ends it with CR LF (RFC 4180 strictly, the
    /// presenters' exports) instead of LF (the canonical files).
    static QByteArray line(const QStringList &fields, bool crlf = false);
};

} // namespace hp
