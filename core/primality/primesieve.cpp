#include "primesieve.h"

#include <algorithm>

PrimeSieve::PrimeSieve(quint64 limit)
    : m_limit(std::min(limit, largestLimit))
    , m_composite((m_limit >> 1) / 64 + 1, 0)
{
    const auto strike = [this](quint64 odd) {
        const quint64 bit = odd >> 1;
        m_composite[bit >> 6] |= quint64(1) << (bit & 63);
    };
    strike(1);
    for (quint64 p = 3; p * p <= m_limit; p += 2) {
        if (!isPrime(p))
            continue;
        for (quint64 multiple = p * p; multiple <= m_limit; multiple += 2 * p)
            strike(multiple);
    }
}

PrimeSieve PrimeSieve::worthBuildingFor(quint64 largest, qsizetype count)
{
    if (count <= 0)
        return {};
    // Sieving costs about a nanosecond a number below the limit; a Miller-Rabin test, some
    // tens of nanoseconds an answer.
    if (largest > largestLimit || largest / 16 > quint64(count))
        return {};
    return PrimeSieve(largest);
}
