#include "millerrabin.h"

#include <array>

namespace {
using u128 = unsigned __int128;

// Below 2^32 a product fits in 64 bits: no 128-bit division, several times faster on the
// million small numbers a big run verifies.
template<typename Wide> quint64 mulMod(quint64 a, quint64 b, quint64 m)
{
    return static_cast<quint64>(static_cast<Wide>(a) * b % m);
}

// The first twelve primes as witnesses are enough for every n < 3.3 * 10^24; 2, 7 and 61 for
// every n < 4,759,123,141 (Jaeschke).
constexpr std::array<quint64, 12> witnesses = { 2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37 };
constexpr std::array<quint64, 3> smallWitnesses = { 2, 7, 61 };

template<typename Wide, typename Witnesses> bool strongProbablePrime(quint64 number, const Witnesses &bases)
{
    const auto powMod = [number](quint64 base, quint64 exponent) {
        quint64 result = 1;
        base %= number;
        while (exponent) {
            if (exponent & 1)
                result = mulMod<Wide>(result, base, number);
            base = mulMod<Wide>(base, base, number);
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
    for (quint64 a : bases) {
        if (a % number == 0)
            continue;
        quint64 x = powMod(a, d);
        if (x == 1 || x == number - 1)
            continue;
        bool composite = true;
        for (int r = 1; r < s; ++r) {
            x = mulMod<Wide>(x, x, number);
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
} // namespace

bool MillerRabin::isPrime(quint64 number)
{
    if (number < 2)
        return false;
    for (quint64 p : witnesses) {
        if (number % p == 0)
            return number == p;
    }
    if (number < (quint64(1) << 32))
        return strongProbablePrime<quint64>(number, smallWitnesses);
    return strongProbablePrime<u128>(number, witnesses);
}
