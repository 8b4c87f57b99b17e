#include "ImportError.h"

namespace hp {

QString ImportError::toString() const
{
    QString out = file;
    if (line > 0)
        out += QLatin1Char(':') + QString::number(line);
    if (column > 0)
        out += QLatin1Char(':') + QString::number(column);
    out += QStringLiteral(": ") + reason;
    if (!raw.isEmpty())
        out += QStringLiteral(" (raw: %1)").arg(raw);
    return out;
}

} // namespace hp
