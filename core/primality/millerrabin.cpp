#include "millerrabin.h"

#include <array>

namespace {
using u128 = unsigned __int128;

quint64 mulMod(quint64 a, quint64 b, quint64 m)
{
    return static_cast<quint64>(static_cast<u128>(a) * b % m);
}

quint64 powMod(quint64 base, quint64 exponent, quint64 m)
{
    quint64 result = 1;
    base %= m;
    while (exponent) {
        if (exponent & 1)
            result = mulMod(result, base, m);
        base = mulMod(base, base, m);
        exponent >>= 1;
    }
    return result;
}

// The first twelve primes as witnesses are enough for every n < 3.3 * 10^24.
constexpr std::array<quint64, 12> witnesses = { 2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37 };
} // namespace

bool MillerRabin::isPrime(quint64 number)
{
    if (number < 2)
        return false;
    for (quint64 p : witnesses) {
        if (number % p == 0)
            return number == p;
    }
    quint64 d = number - 1;
    int s = 0;
    while ((d & 1) == 0) {
        d >>= 1;
        ++s;
    }
    for (quint64 a : witnesses) {
        quint64 x = powMod(a, d, number);
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
