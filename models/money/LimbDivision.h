#pragma once

#include <bit>
#include <cstddef>
#include <limits>

/// Unsigned multi-limb integers (little-endian arrays of limbs) and their
/// exact division (Knuth, TAOCP vol. 2, 4.3.1, algorithm D, as in Hacker's
/// Delight's divmnu). ExactRatio divides products of up to four Decimals
/// with 64-bit limbs; the tests run the same code with 16-bit limbs, where
/// the rare corrections of algorithm D happen often, against unbounded
/// integers.
namespace hp::limbs {

/// Largest operand, in limbs.
constexpr int kMaxLimbs = 16;

/// out[0..m+n) = a[0..m) × b[0..n).
template <typename Limb, typename Wide>
void multiply(const Limb *a, int m, const Limb *b, int n, Limb *out)
{
    constexpr int bits = std::numeric_limits<Limb>::digits;
    for (int i = 0; i < m + n; ++i)
        out[i] = 0;
    for (int i = 0; i < m; ++i) {
        Wide carry = 0;
        for (int j = 0; j < n; ++j) {
            const Wide t = Wide(a[i]) * Wide(b[j]) + Wide(out[i + j]) + carry;
            out[i + j] = Limb(t);
            carry = t >> bits;
        }
        out[i + n] = Limb(carry);
    }
}

/// The number of limbs without the leading zero limbs (0 for zero).
template <typename Limb>
int significant(const Limb *a, int m)
{
    while (m > 0 && a[m - 1] == 0)
        --m;
    return m;
}

/// q[0..m−n+1) = u ÷ v and r[0..n) = u mod v, for m ≥ n ≥ 1, v[n−1] ≠ 0 and
/// m ≤ kMaxLimbs. SignedWide is signed with at least 3 bits more than a Limb
/// (Int128 for 64-bit limbs).
template <typename Limb, typename Wide, typename SignedWide>
void divide(const Limb *u, int m, const Limb *v, int n, Limb *q, Limb *r)
{
    constexpr int bits = std::numeric_limits<Limb>::digits;
    constexpr Wide base = Wide(1) << bits;
    if (n == 1) {
        Wide k = 0;
        for (int j = m - 1; j >= 0; --j) {
            const Wide current = (k << bits) | Wide(u[j]);
            q[j] = Limb(current / v[0]);
            k = current % v[0];
        }
        r[0] = Limb(k);
        return;
    }
    // Normalise: shift v left until its top bit is set, and u by as much.
    const int s = std::countl_zero(v[n - 1]);
    Limb vn[kMaxLimbs];
    Limb un[kMaxLimbs + 1];
    for (int i = n - 1; i > 0; --i)
        vn[i] = Limb((Wide(v[i]) << s) | (s ? Wide(v[i - 1]) >> (bits - s) : 0));
    vn[0] = Limb(Wide(v[0]) << s);
    un[m] = s ? Limb(Wide(u[m - 1]) >> (bits - s)) : Limb(0);
    for (int i = m - 1; i > 0; --i)
        un[i] = Limb((Wide(u[i]) << s) | (s ? Wide(u[i - 1]) >> (bits - s) : 0));
    un[0] = Limb(Wide(u[0]) << s);

    for (int j = m - n; j >= 0; --j) {
        // Estimate the quotient digit from the top two limbs, then correct it.
        const Wide top = (Wide(un[j + n]) << bits) | Wide(un[j + n - 1]);
        Wide qhat = top / vn[n - 1];
        Wide rhat = top - qhat * vn[n - 1];
        while (qhat >= base || qhat * vn[n - 2] > ((rhat << bits) | Wide(un[j + n - 2]))) {
            --qhat;
            rhat += vn[n - 1];
            if (rhat >= base)
                break;
        }
        // Multiply and subtract.
        SignedWide k = 0;
        SignedWide t = 0;
        for (int i = 0; i < n; ++i) {
            const Wide p = qhat * vn[i];
            t = SignedWide(un[i + j]) - k - SignedWide(Limb(p));
            un[i + j] = Limb(t);
            k = SignedWide(p >> bits) - (t >> bits);
        }
        t = SignedWide(un[j + n]) - k;
        un[j + n] = Limb(t);
        q[j] = Limb(qhat);
        if (t < 0) { // subtracted too much: add one v back
            q[j] = Limb(q[j] - 1);
            Wide carry = 0;
            for (int i = 0; i < n; ++i) {
                const Wide sum = Wide(un[i + j]) + Wide(vn[i]) + carry;
                un[i + j] = Limb(sum);
                carry = sum >> bits;
            }
            un[j + n] = Limb(Wide(un[j + n]) + carry);
        }
    }
    // Unnormalise the remainder.
    for (int i = 0; i < n - 1; ++i)
        r[i] = Limb((Wide(un[i]) >> s) | (s ? Wide(un[i + 1]) << (bits - s) : 0));
    r[n - 1] = Limb(Wide(un[n - 1]) >> s);
}

} // namespace hp::limbs
