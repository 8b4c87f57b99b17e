#include "CommitmentClause.h"

namespace hp {

QString toString(TrueUp t)
{
    return t == TrueUp::Yearly ? QStringLiteral("yearly") : QStringLiteral("end_of_term");
}

std::optional<TrueUp> parseTrueUp(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    if (t.isEmpty() || t == u"yearly")
        return TrueUp::Yearly;
    if (t == u"end_of_term")
        return TrueUp::EndOfTerm;
    return std::nullopt;
}

} // namespace hp
