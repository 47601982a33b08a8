#pragma once

#include <QtGlobal>

#include <vector>

// Which numbers up to a limit are prime, sieved once (Eratosthenes, odd numbers only, a bit
// each): a lookup instead of a Miller-Rabin test for each answer of a run of many small
// numbers. An independent check all the same: it never divides a number by anything.
class PrimeSieve
{
public:
    // The largest limit sieved: 2^24, 1 MiB of bits, some 20 ms to build.
    static constexpr quint64 largestLimit = quint64(1) << 24;

    PrimeSieve() = default; // covers nothing
    explicit PrimeSieve(quint64 limit);

    // A sieve for count numbers up to largest when it costs less than the Miller-Rabin tests it
    // saves: largest at most largestLimit, and no larger than 16 times count. Otherwise one
    // that covers nothing.
    static PrimeSieve worthBuildingFor(quint64 largest, qsizetype count);

    quint64 limit() const { return m_limit; }
    bool covers(quint64 number) const { return number <= m_limit && !m_composite.empty(); }
    // For a number it covers.
    bool isPrime(quint64 number) const
    {
        Q_ASSERT(covers(number));
        if (number < 3)
            return number == 2;
        if ((number & 1) == 0)
            return false;
        const quint64 bit = number >> 1;
        return !((m_composite[bit >> 6] >> (bit & 63)) & 1);
    }

private:
    quint64 m_limit = 0;
    std::vector<quint64> m_composite; // bit k: 2k + 1 is not prime
};
