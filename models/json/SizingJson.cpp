#include "SizingJson.h"

#include "json/JsonReport.h"

#include <QJsonArray>

namespace hp {

QJsonObject SizingJson::candidate(const SizingCandidate &c)
{
    return {{QStringLiteral("total"), JsonReport::money(c.total)},
            {QStringLiteral("discount_pct"), JsonReport::number(c.discountPct)},
            {QStringLiteral("expected_total"), JsonReport::money(c.expectedTotal)},
            {QStringLiteral("p90_total"), JsonReport::money(c.p90Total)},
            {QStringLiteral("p_shortfall"), c.pShortfall}};
}

QJsonObject SizingJson::result(const SizingResult &r)
{
    QJsonArray candidates;
    for (const SizingCandidate &c : r.candidates)
        candidates.append(candidate(c));
    return {{QStringLiteral("contract"), r.contract},
            {QStringLiteral("clause"), r.clause},
            {QStringLiteral("candidates"), candidates},
            {QStringLiteral("best"), r.candidates.empty() ? QJsonValue() : QJsonValue(candidate(r.candidates[r.best]))}};
}

} // namespace hp
