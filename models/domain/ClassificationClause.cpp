#include "ClassificationClause.h"

namespace hp {

QString toString(Coverage c)
{
    switch (c) {
    case Coverage::Yes: return QStringLiteral("yes");
    case Coverage::No: return QStringLiteral("no");
    case Coverage::Contested: return QStringLiteral("contested");
    }
    return QStringLiteral("yes");
}

std::optional<Coverage> parseCoverage(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    for (Coverage c : {Coverage::Yes, Coverage::No, Coverage::Contested})
        if (t == toString(c))
            return c;
    return std::nullopt;
}

} // namespace hp
