#pragma once

#include "domain/UncertaintyRange.h"

#include <cstdint>

namespace hp {

/// The random stream of one Monte Carlo trial: xoshiro256** seeded through
/// SplitMix64 from (seed, trial index) only, so a trial draws the same numbers
/// whichever thread runs it (docs/rules.md §5.7). Distribution transforms are our
/// own (std:: distributions differ between library versions).
class TrialRandom {
public:
    TrialRandom(std::uint64_t seed, std::uint64_t trial);
    std::uint64_t next();
    double uniform01(); ///< [0, 1)
    /// One draw; every call consumes exactly two uniforms, whatever the kind.
    double sample(const Distribution &d);

    /// The value a tornado uses for the low / high end of a distribution:
    /// uniform and triangular bounds, normal mean ∓ 1.2816 sd (P10/P90,
    /// clipped at 0), bernoulli 0 / 1, fixed its value.
    static double low(const Distribution &d);
    static double high(const Distribution &d);

private:
    std::uint64_t m_s[4];
};

} // namespace hp
