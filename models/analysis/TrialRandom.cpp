#include "TrialRandom.h"

#include <algorithm>
#include <cmath>

namespace hp {

namespace {
std::uint64_t splitMix(std::uint64_t &x)
{
    std::uint64_t z = (x += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}
std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
constexpr double kTwoPi = 6.283185307179586476925286766559;
} // namespace

TrialRandom::TrialRandom(std::uint64_t seed, std::uint64_t trial)
{
    std::uint64_t mix = seed;
    std::uint64_t key = splitMix(mix) ^ (trial * 0xD1B54A32D192ED03ULL);
    for (auto &s : m_s)
        s = splitMix(key);
}

std::uint64_t TrialRandom::next()
{
    const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
    const std::uint64_t t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

double TrialRandom::uniform01()
{
    return double(next() >> 11) * 0x1.0p-53;
}

double TrialRandom::sample(const Distribution &d)
{
    const double u1 = uniform01(), u2 = uniform01();
    switch (d.kind) {
    case DistributionKind::Fixed: return d.a;
    case DistributionKind::Uniform: return d.a + (d.b - d.a) * u1;
    case DistributionKind::Triangular: {
        const double lo = d.a, mode = d.b, hi = d.c;
        if (hi <= lo)
            return lo;
        const double split = (mode - lo) / (hi - lo);
        return u1 < split ? lo + std::sqrt(u1 * (hi - lo) * (mode - lo)) : hi - std::sqrt((1 - u1) * (hi - lo) * (hi - mode));
    }
    case DistributionKind::Normal: {
        const double z = std::sqrt(-2.0 * std::log(1.0 - u1)) * std::cos(kTwoPi * u2);
        return std::max(0.0, d.a + d.b * z);
    }
    case DistributionKind::Bernoulli: return u1 < d.a ? 1.0 : 0.0;
    }
    return d.a;
}

double TrialRandom::low(const Distribution &d)
{
    switch (d.kind) {
    case DistributionKind::Fixed: return d.a;
    case DistributionKind::Uniform:
    case DistributionKind::Triangular: return d.a;
    case DistributionKind::Normal: return std::max(0.0, d.a - 1.2815515655446004 * d.b);
    case DistributionKind::Bernoulli: return 0.0;
    }
    return d.a;
}

double TrialRandom::high(const Distribution &d)
{
    switch (d.kind) {
    case DistributionKind::Fixed: return d.a;
    case DistributionKind::Uniform: return d.b;
    case DistributionKind::Triangular: return d.c;
    case DistributionKind::Normal: return std::max(0.0, d.a + 1.2815515655446004 * d.b);
    case DistributionKind::Bernoulli: return 1.0;
    }
    return d.a;
}

} // namespace hp
