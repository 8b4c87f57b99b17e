#include "Provider.h"

namespace hp {

QString toString(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::Cloud: return QStringLiteral("cloud");
    case ProviderKind::Model: return QStringLiteral("model");
    case ProviderKind::Silicon: return QStringLiteral("silicon");
    case ProviderKind::Marketplace: return QStringLiteral("marketplace");
    }
    return QStringLiteral("cloud");
}

std::optional<ProviderKind> parseProviderKind(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    for (ProviderKind k : {ProviderKind::Cloud, ProviderKind::Model, ProviderKind::Silicon, ProviderKind::Marketplace})
        if (t == toString(k))
            return k;
    return std::nullopt;
}

} // namespace hp
