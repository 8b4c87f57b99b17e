#pragma once

#include "domain/FieldDescriptor.h"
#include "money/Decimal.h"

#include <QString>

#include <optional>
#include <vector>

namespace hp {

enum class ProviderKind { Cloud, Model, Silicon, Marketplace };

QString toString(ProviderKind kind);
std::optional<ProviderKind> parseProviderKind(QStringView text);

/// One monthly egress volume band: `upToGb` is the cumulative upper bound
/// (nullopt = no limit); priced graduated (docs/rules.md §4.8).
struct EgressTier {
    std::optional<Decimal> upToGb;
    Decimal pricePerGb;
    /// Its fields for every format (docs/architecture.md "Descriptors").
    static const EntityDescriptor<EgressTier> &descriptor();
    friend bool operator==(const EgressTier &, const EgressTier &) = default;
};

struct Provider {
    QString id;
    QString name;
    ProviderKind kind = ProviderKind::Cloud;
    std::vector<EgressTier> egressTiers; ///< ascending
    bool exitEgressWaived = false;
    /// Its fields for every format (docs/architecture.md "Descriptors").
    static const EntityDescriptor<Provider> &descriptor();
    friend bool operator==(const Provider &, const Provider &) = default;
};

} // namespace hp
