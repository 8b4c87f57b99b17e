#pragma once

#include <QByteArray>
#include <QString>

#include <map>

namespace hp {

/// Replaces parts of an existing zip package (an .xlsx written by
/// libxlsxwriter) in place: each named entry gets the new bytes, the others
/// stay as they are. The XLSX export uses it for the charts libxlsxwriter
/// cannot draw (a second value axis).
class ZipPartRewriter {
public:
    /// False with *error when the package cannot be opened, an entry is
    /// missing or the package cannot be written back.
    static bool replace(const QString &path, const std::map<QString, QByteArray> &parts, QString *error);
};

} // namespace hp
