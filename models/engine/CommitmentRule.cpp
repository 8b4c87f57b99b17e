#include "CommitmentRule.h"

#include "money/WideArithmetic.h"

#include <array>
#include <map>
#include <utility>

namespace hp {

namespace {
constexpr std::size_t kClassCount = 6;

/// Π factors ÷ 100^n (n = the factors' count, each in percentage points) as a
/// fraction in lowest terms of raw values, numerator ÷ denominator, when both
/// fit 128 bits: x.mulDiv(numerator, denominator) is then x × Π factors ÷
/// 100^n rounded once half-even, i.e. percentProduct({x, factors…}, n).
std::optional<std::pair<Decimal, Decimal>> percentRatio(std::span<const Decimal> factors)
{
    using wide::ExactInt;
    ExactInt numerator = 1, denominator = 1;
    for (Decimal f : factors) {
        numerator *= wide::toBig<ExactInt>(f.raw());
        denominator *= ExactInt(Decimal::kScale) * 100; // raw × S^n … ÷ (S·100)^n
    }
    const ExactInt common = boost::multiprecision::gcd(numerator, denominator);
    if (common != 0) {
        numerator /= common;
        denominator /= common;
    }
    try {
        return std::pair{Decimal::fromRaw(wide::fromBig(numerator)), Decimal::fromRaw(wide::fromBig(denominator))};
    } catch (const DecimalOverflow &) {
        return std::nullopt;
    }
}
} // namespace

CommitmentRule::CommitmentRule(const EngineInputs &in)
    : m_in(in)
    , m_covering(std::size_t(in.providerCount()), std::vector<ClauseList>(std::size_t(in.T)))
{
    for (const Contract &c : in.project.contracts) {
        const int p = in.providerIndex.value(c.providerId, -1);
        if (p < 0)
            continue;
        for (std::size_t k = 0; k < c.commitments.size(); ++k) {
            const CommitmentClause &cc = c.commitments[k];
            Clause cl;
            cl.contract = &c;
            cl.clause = &cc;
            cl.clauseIndex = int(k);
            cl.provider = p;
            cl.start = cc.start.value_or(c.start);
            cl.years = int(cc.yearAmounts.size());
            cl.keepPct = Decimal::hundred() - cc.effectiveDiscountPct(); // tiers or discount_pct (docs/rules.md §12.2)
            cl.creditPct = cc.marketplaceCreditPct;
            for (Decimal a : cc.yearAmounts)
                cl.amounts.push_back(in.fx.toReporting(a, c.currency));
            for (WorkloadClass cls : cc.eligibleClasses)
                cl.eligible.push_back(std::size_t(cls));
            const int ci = int(m_clauses.size());
            for (int t = 0; t < in.T; ++t)
                if (cl.covers(in.months[std::size_t(t)]))
                    m_covering[std::size_t(p)][std::size_t(t)].push_back(ci);
            m_clauses.push_back(std::move(cl));
        }
    }
}

void CommitmentRule::applyDiscounts(std::vector<SpendLine> &lines) const
{
    // The factors Π (100 − discount) ÷ 100^n of the clauses covering a
    // provider, month and class, cached. Their exact product usually has few
    // decimals; when it fits 1e-9 exactly, list × that product equals the
    // product of all factors rounded once. Otherwise every factor goes into
    // one product per line.
    using Factors = boost::container::small_vector<Decimal, 3>;
    struct Discounts {
        Factors factors;
        std::optional<Decimal> exact;
        /// When the product is not exact at 1e-9: the factors as one fraction (percentRatio).
        std::optional<std::pair<Decimal, Decimal>> ratio;
    };
    // Built only for the (provider, month, class) cells lines fall in.
    std::vector<int> cacheSlot(std::size_t(m_in.providerCount()) * std::size_t(m_in.T) * kClassCount, -1);
    std::vector<Discounts> cache;
    std::map<Factors, int> byFactors; // distinct factor lists → index in cache
    std::vector<Decimal> factors;
    for (SpendLine &line : lines) {
        const auto &covering = m_covering[std::size_t(line.p)][std::size_t(line.t)];
        if (covering.empty()) {
            line.spend = line.list;
            continue;
        }
        const auto cls = m_in.project.workloads[std::size_t(line.w)].cls;
        int &slot = cacheSlot[(std::size_t(line.p) * std::size_t(m_in.T) + std::size_t(line.t)) * kClassCount + std::size_t(cls)];
        if (slot < 0) {
            Factors keep;
            for (int ci : covering) {
                const Clause &cl = m_clauses[std::size_t(ci)];
                if (cl.clause->eligibleClasses.contains(cls))
                    keep.push_back(cl.keepPct);
            }
            // Cells with the same factors (most months of a provider) share one entry.
            const auto found = byFactors.try_emplace(keep, int(cache.size()));
            slot = found.first->second;
            if (found.second) {
                Discounts &d = cache.emplace_back();
                d.factors = keep;
                const std::span<const Decimal> f(keep.data(), keep.size());
                if (!f.empty())
                    d.exact = Decimal::exactPercentProduct(f, int(f.size()));
                if (!f.empty() && !d.exact)
                    d.ratio = percentRatio(f);
            }
        }
        const Discounts &d = cache[std::size_t(slot)];
        if (d.factors.empty())
            line.spend = line.list;
        else if (d.exact)
            line.spend = line.list * *d.exact;
        else if (d.ratio)
            line.spend = line.list.mulDiv(d.ratio->first, d.ratio->second); // one rounding, as percentProduct
        else {
            factors.assign(1, line.list);
            factors.insert(factors.end(), d.factors.begin(), d.factors.end());
            line.spend = Decimal::percentProduct(factors, int(factors.size()) - 1);
        }
    }
}

void CommitmentRule::settle(const std::vector<SpendLine> &lines, EngineResult &result) const
{
    const int T = m_in.T;
    // Spend per provider, month and class, and marketplace spend per month.
    std::vector<std::vector<std::array<Decimal, kClassCount>>> byClass(
        std::size_t(m_in.providerCount()), std::vector<std::array<Decimal, kClassCount>>(std::size_t(T)));
    std::vector<Decimal> marketplace(static_cast<std::size_t>(T));
    for (const SpendLine &line : lines) {
        const auto cls = std::size_t(m_in.project.workloads[std::size_t(line.w)].cls);
        byClass[std::size_t(line.p)][std::size_t(line.t)][cls] += line.spend;
        if (m_in.marketplaceProvider[std::size_t(line.p)])
            marketplace[std::size_t(line.t)] += line.spend;
    }

    const YearMonth hStart = m_in.start;
    const YearMonth hEnd = m_in.end();
    for (const Clause &cl : m_clauses) {
        std::vector<Decimal> drawdown(static_cast<std::size_t>(T));
        for (int t = 0; t < T; ++t) {
            if (!cl.covers(m_in.months[std::size_t(t)]))
                continue;
            Decimal d;
            const auto &spend = byClass[std::size_t(cl.provider)][std::size_t(t)];
            for (std::size_t c : cl.eligible)
                d += spend[c];
            if (!cl.creditPct.isZero())
                d += Decimal::percentProduct({marketplace[std::size_t(t)], cl.creditPct});
            drawdown[std::size_t(t)] = d;
        }

        const bool endOfTerm = cl.clause->trueUp == TrueUp::EndOfTerm;
        const YearMonth termEnd = cl.start.plusMonths(12 * cl.years - 1);
        Decimal termShortfall;   // Σ of every year's shortfall (end_of_term)
        Decimal termProjected;   // end_of_term projection when the term ends after the horizon
        auto &providerCommitments = result.providers[std::size_t(cl.provider)].commitments;
        for (int y = 0; y < cl.years; ++y) {
            const YearMonth first = cl.start.plusMonths(12 * y);
            const YearMonth last = first.plusMonths(11);
            const Decimal amount = cl.amounts[std::size_t(y)];
            CommitmentYearResult yr;
            yr.contractId = cl.contract->id;
            yr.clauseIndex = cl.clauseIndex;
            yr.year = y + 1;
            yr.firstMonth = first;
            yr.lastMonth = last;
            yr.committed = amount;
            yr.drawnByMonth.assign(std::size_t(T), Decimal());
            int monthsInHorizon = 0;
            for (YearMonth m = std::max(first, hStart); m <= std::min(last, hEnd); m = m.plusMonths(1)) {
                const auto t = std::size_t(m_in.monthIndex(m));
                yr.drawn += drawdown[t];
                yr.drawnByMonth[t] = drawdown[t];
                ++monthsInHorizon;
            }
            const Decimal yearShortfall = Decimal::max(Decimal(), amount - yr.drawn);
            yr.endsInHorizon = last >= hStart && last <= hEnd;
            if (yr.endsInHorizon || last < hStart)
                termShortfall += yearShortfall;
            if (yr.endsInHorizon)
                yr.shortfall = yearShortfall;
            const bool cut = first <= hEnd && last > hEnd && monthsInHorizon > 0;
            if (cut) {
                const Decimal runRate = yr.drawn.mulDiv(Decimal::fromInt(12), Decimal::fromInt(monthsInHorizon));
                yr.projectedShortfall = Decimal::max(Decimal(), amount - runRate);
            }
            if (endOfTerm && termEnd > hEnd) {
                if (yr.endsInHorizon) {
                    yr.projectedShortfall = yearShortfall;
                    termProjected += yearShortfall;
                } else if (cut) {
                    termProjected += yr.projectedShortfall;
                }
            }
            if (!endOfTerm) {
                if (yr.endsInHorizon)
                    result.monthly.shortfall[std::size_t(m_in.monthIndex(last))] += yearShortfall;
                result.totals.projectedShortfall += yr.projectedShortfall;
            }
            const bool overlaps = last >= hStart && first <= hEnd;
            if (overlaps)
                providerCommitments.push_back(std::move(yr));
        }
        if (endOfTerm) {
            if (termEnd >= hStart && termEnd <= hEnd)
                result.monthly.shortfall[std::size_t(m_in.monthIndex(termEnd))] += termShortfall;
            else if (termEnd > hEnd)
                result.totals.projectedShortfall += termProjected;
        }
    }
}

} // namespace hp
