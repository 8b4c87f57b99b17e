#pragma once

#include "import/ImportPlan.h"

#include <QByteArray>

namespace hp {

/// How a LiteLLM-style price map becomes offerings (docs/rules.md §6.3).
struct PriceListOptions {
    /// Token mix input:output, e.g. 3:1 (the default) prices an offering at
    /// (3 × input + 1 × output) / 4 per token.
    Decimal inputWeight = Decimal::fromInt(3);
    Decimal outputWeight = Decimal::one();
    /// Only models whose key contains one of these (case-insensitive); empty = all.
    QStringList match;
    /// A per-token price above this (USD) is rejected as a likely unit error
    /// (a per-1M price written per token).
    Decimal maxPricePerToken = Decimal::fromString(u"0.001");
};

/// Reads a LiteLLM model price map (a JSON object of model → {input_cost_per_token,
/// output_cost_per_token, litellm_provider, mode, …}) into offerings priced per
/// 1M tokens at a chosen input:output mix. Non-object entries and objects
/// without litellm_provider or token prices (sample_spec, routing rules…)
/// are skipped and counted. A model with only one non-zero price (an
/// embedding or image model) is priced by that one. The provider is matched by id or
/// name (case-insensitive) or created (kind `model`, id = litellm_provider).
/// Prices are USD; a project in another currency needs a USD exchange rate.
class PriceListReader {
public:
    static void read(const QString &fileName, const QByteArray &bytes, const PriceListOptions &options, const Project &project,
                     ImportPlan &plan);
    /// The exact decimal of a JSON number: its shortest round-trip text, scaled by 10^shift.
    static std::optional<Decimal> decimalOf(double value, int shift = 0);
    /// `3:1` → (3, 1); nullopt unless both parts are numbers ≥ 0 with a positive sum.
    static std::optional<std::pair<Decimal, Decimal>> parseMix(QStringView text);
};

} // namespace hp
