#include "workload.h"

#include "millerrabin.h"

#include <QRandomGenerator64>

#include <algorithm>
#include <limits>
#include <utility>

namespace {
Workload fromPairs(const QString &name, std::initializer_list<std::pair<quint64, bool>> pairs)
{
    Workload workload;
    workload.name = name;
    for (const auto &[number, prime] : pairs) {
        workload.numbers.append(number);
        workload.expectedPrime.append(prime);
    }
    return workload;
}

quint64 pow10(int exponent)
{
    quint64 value = 1;
    for (int i = 0; i < exponent; ++i)
        value *= 10;
    return value;
}
} // namespace

std::optional<bool> Workload::expected(qsizetype index) const
{
    if (index < 0 || index >= expectedPrime.size())
        return std::nullopt;
    return expectedPrime.at(index);
}

Workload Workload::book()
{
    return fromPairs(bookName,
                     {
                         { 2, true },
                         { 142702110479723, true },
                         { 299593572317531, true },
                         { 3333333333333301, true },
                         { 3333333333333333, false },
                         { 3333335652092209, false },
                         { 4444444444444423, true },
                         { 4444444444444444, false },
                         { 4444444488888889, false },
                         { 5555553133149889, false },
                         { 5555555555555503, true },
                         { 5555555555555555, false },
                         { 6666666666666666, false },
                         { 6666666666666719, true },
                         { 6666667141414921, false },
                         { 7777777536340681, false },
                         { 7777777777777753, true },
                         { 7777777777777777, false },
                         { 9999999999999917, true },
                         { 9999999999999999, false },
                     });
}

Workload Workload::large()
{
    // Semiprimes are products of two primes close to the square root, so trial division
    // runs nearly as long as for a prime of the same size.
    return fromPairs(largeName,
                     {
                         { 1152921504606846883ull, true },
                         { 1801441144807053019ull, false },
                         { 2305843009213693951ull, true }, // 2^61 - 1
                         { 2305842997102059427ull, false },
                         { 3458764513820540791ull, true },
                         { 3458764601677523213ull, false },
                         { 4611686018427387847ull, true },
                         { 4611686039902224373ull, false }, // 2147483647 * 2147483659
                     });
}

Workload Workload::generated(int count, int digits, double primeShare, quint64 seed,
                             const std::atomic<bool> *stop)
{
    digits = std::clamp(digits, 1, 19);
    primeShare = std::clamp(primeShare, 0.0, 1.0);
    const quint64 low = digits == 1 ? 0 : pow10(digits - 1);
    const quint64 high = pow10(digits) - 1;
    QRandomGenerator64 random(seed);

    Workload workload;
    workload.name = QStringLiteral("generated");
    workload.numbers.reserve(count);
    workload.expectedPrime.reserve(count);
    for (int i = 0; i < count; ++i) {
        if (stop && stop->load(std::memory_order_relaxed))
            break;
        const bool wantPrime = random.generateDouble() < primeShare;
        quint64 n = low + random.bounded(high - low + 1);
        // Walk to the nearest number of the wanted kind, wrapping inside the digit range.
        for (quint64 tries = 0; tries <= high - low && MillerRabin::isPrime(n) != wantPrime; ++tries)
            n = n == high ? low : n + 1;
        workload.numbers.append(n);
        workload.expectedPrime.append(MillerRabin::isPrime(n));
    }
    return workload;
}

quint64 Workload::largestOf(const QList<quint64> &numbers)
{
    return numbers.isEmpty() ? 0 : *std::max_element(numbers.cbegin(), numbers.cend());
}

Workload Workload::fromNumbers(const QString &name, const QList<quint64> &numbers)
{
    Workload workload;
    workload.name = name;
    workload.numbers = numbers;
    return workload;
}

std::optional<Workload> Workload::preset(const QString &name)
{
    if (name == bookName)
        return book();
    if (name == largeName)
        return large();
    return std::nullopt;
}

QStringList Workload::presetNames()
{
    return { bookName, largeName };
}
