#pragma once

#include "domain/FieldDescriptor.h"

#include <QString>

#include <optional>

namespace hp {

enum class UncertainInput { Growth, PriceDrift, Revenue, PBreach, EgressGb, ReengineeringMonths, Capacity };
QString toString(UncertainInput i);
std::optional<UncertainInput> parseUncertainInput(QStringView text);

enum class DistributionKind { Fixed, Uniform, Triangular, Normal, Bernoulli };
QString toString(DistributionKind k);
std::optional<DistributionKind> parseDistributionKind(QStringView text);

/// A distribution over one input (docs/rules.md §5.6). Parameters by kind:
/// fixed(a), uniform(a=lo,b=hi), triangular(a=lo,b=mode,c=hi),
/// normal(a=mean,b=sd; clipped to ≥ 0), bernoulli(a=p in 0..1).
/// Values are in the input's own unit: percentage points for growth, drift
/// and p_breach; money per month for revenue; GB; person-months; a factor on
/// capacity (docs/rules.md §11.2: 0.6 serves 60 % of the capacity).
struct Distribution {
    DistributionKind kind = DistributionKind::Fixed;
    double a = 0, b = 0, c = 0;
    friend bool operator==(const Distribution &, const Distribution &) = default;
};

/// An uncertain input of a scenario; `target` is the workload, offering or
/// contract id it applies to (empty: every entity the input exists on).
struct UncertaintyRange {
    UncertainInput input = UncertainInput::Growth;
    QString target;
    Distribution distribution;
    /// Its fields for every format (docs/architecture.md "Descriptors").
    static const EntityDescriptor<UncertaintyRange> &descriptor();
    friend bool operator==(const UncertaintyRange &, const UncertaintyRange &) = default;
};

} // namespace hp
