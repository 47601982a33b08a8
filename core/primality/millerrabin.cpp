#include "millerrabin.h"

#include <array>
#include <utility>

namespace {
using u128 = unsigned __int128;

quint64 mulMod(quint64 a, quint64 b, quint64 m)
{
    return static_cast<quint64>(static_cast<u128>(a) * b % m);
}

// The first twelve primes as witnesses are enough for every n < 3.3 * 10^24; 2, 7 and 61 for
// every n < 4,759,123,141 (Jaeschke).
constexpr std::array<quint64, 12> witnesses = { 2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37 };
constexpr std::array<quint64, 3> smallWitnesses = { 2, 7, 61 };

bool strongProbablePrime64(quint64 number)
{
    const auto powMod = [number](quint64 base, quint64 exponent) {
        quint64 result = 1;
        base %= number;
        while (exponent) {
            if (exponent & 1)
                result = mulMod(result, base, number);
            base = mulMod(base, base, number);
            exponent >>= 1;
        }
        return result;
    };
    quint64 d = number - 1;
    int s = 0;
    while ((d & 1) == 0) {
        d >>= 1;
        ++s;
    }
    for (quint64 a : witnesses) {
        if (a % number == 0)
            continue;
        quint64 x = powMod(a, d);
        if (x == 1 || x == number - 1)
            continue;
        bool composite = true;
        for (int r = 1; r < s; ++r) {
            x = mulMod(x, x, number);
            if (x == number - 1) {
                composite = false;
                break;
            }
        }
        if (composite)
            return false;
    }
    return true;
}

// Montgomery arithmetic modulo an odd n < 2^32 with R = 2^32: a product reduces with two
// multiplications and a subtraction, no division. Every answer a run gives is verified, so
// this is what verification costs on small numbers.
class Montgomery32
{
public:
    explicit Montgomery32(quint32 n)
        : m_n(n)
    {
        quint32 inverse = n; // right to 3 bits for odd n; each Newton step doubles that
        for (int i = 0; i < 4; ++i)
            inverse *= 2 - n * inverse;
        m_inverse = inverse;
        m_one = quint32((quint64(1) << 32) % n);
        m_rSquared = quint32(quint64(m_one) * m_one % n);
    }

    quint32 one() const { return m_one; }
    quint32 minusOne() const { return m_n - m_one; }
    quint32 toForm(quint64 a) const { return reduce(quint64(quint32(a % m_n)) * m_rSquared); }
    quint32 multiply(quint32 a, quint32 b) const { return reduce(quint64(a) * b); }

private:
    // t * R^-1 mod n for t < n * R: t - m*n is a multiple of R, so its high half is the
    // difference of the high halves, in (-n, n).
    quint32 reduce(quint64 t) const
    {
        const quint32 m = quint32(t) * m_inverse;
        const quint32 high = quint32(t >> 32);
        const quint32 subtract = quint32((quint64(m) * m_n) >> 32);
        return high >= subtract ? high - subtract : high - subtract + m_n;
    }

    quint32 m_n;
    quint32 m_inverse = 0; // n * m_inverse = 1 mod 2^32
    quint32 m_one = 0; // R mod n
    quint32 m_rSquared = 0;
};

bool strongProbablePrime32(quint32 number)
{
    const Montgomery32 form(number);
    quint32 d = number - 1;
    int s = 0;
    while ((d & 1) == 0) {
        d >>= 1;
        ++s;
    }
    for (quint64 a : smallWitnesses) {
        if (a % number == 0)
            continue; // a witness that is a multiple of n says nothing (n = 61 itself)
        quint32 base = form.toForm(a);
        quint32 x = form.one();
        for (quint32 e = d; e; e >>= 1) {
            if (e & 1)
                x = form.multiply(x, base);
            base = form.multiply(base, base);
        }
        if (x == form.one() || x == form.minusOne())
            continue;
        bool composite = true;
        for (int r = 1; r < s; ++r) {
            x = form.multiply(x, x);
            if (x == form.minusOne()) {
                composite = false;
                break;
            }
        }
        if (composite)
            return false;
    }
    return true;
}
} // namespace

bool MillerRabin::isPrime(quint64 number)
{
    if (number < 2)
        return false;
    // Constant divisors, unrolled: the compiler turns each division into a multiplication.
    const auto smallFactor = [number]<std::size_t... I>(std::index_sequence<I...>)
    {
        quint64 factor = 0;
        ((number % witnesses[I] == 0 ? (factor = witnesses[I], true) : false) || ...);
        return factor;
    };
    if (const quint64 factor = smallFactor(std::make_index_sequence<witnesses.size()>()))
        return number == factor;
    if (number < (quint64(1) << 32))
        return strongProbablePrime32(quint32(number));
    return strongProbablePrime64(number);
}
