// Times the sliced trial-division kernel against a plain loop of the same algorithm on
// the book fixture, in one process, and prints the ratio (target: within 3%).
// Usage: bench_trialdivision [--quick] [--rounds N] [--slice DIVISIONS]
#include "runoptions.h"
#include "trialdivision.h"
#include "workload.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <algorithm>
#include <cstdio>

namespace {
// Keeps the compiler from dropping a loop whose answer nobody reads.
volatile int g_sink = 0;

double timePlain(const QList<quint64> &numbers)
{
    QElapsedTimer timer;
    timer.start();
    int primes = 0;
    for (quint64 n : numbers)
        primes += TrialDivision::isPrime(n);
    g_sink = primes;
    return timer.nsecsElapsed() / 1e9;
}

double timeSliced(const QList<quint64> &numbers, quint64 slice)
{
    QElapsedTimer timer;
    timer.start();
    int primes = 0;
    double progressSum = 0; // read the progress like a runner would, once per slice
    for (quint64 n : numbers) {
        TrialDivision check(n);
        while (!check.advance(slice))
            progressSum += check.progress();
        primes += check.isPrime();
    }
    g_sink = primes + int(progressSum > 0);
    return timer.nsecsElapsed() / 1e9;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const bool quick = args.contains(QLatin1String("--quick"));
    int rounds = quick ? 1 : 5;
    quint64 slice = RunOptions {}.sliceDivisions;
    if (const qsizetype i = args.indexOf(QLatin1String("--rounds")); i > 0)
        rounds = std::max(1, args.value(i + 1).toInt());
    if (const qsizetype i = args.indexOf(QLatin1String("--slice")); i > 0)
        slice = std::max<quint64>(1, args.value(i + 1).toULongLong());

    QList<quint64> numbers = Workload::book().numbers;
    if (quick)
        numbers = numbers.mid(0, 4); // the small ones: this only proves the bench still runs

    quint64 divisions = 0;
    for (quint64 n : numbers)
        divisions += TrialDivision::divisionsFor(n);

    // Alternate the two so drift in machine load hits both alike; keep each one's best round.
    double plainBest = 1e9, slicedBest = 1e9;
    for (int r = 0; r < rounds; ++r) {
        plainBest = std::min(plainBest, timePlain(numbers));
        slicedBest = std::min(slicedBest, timeSliced(numbers, slice));
    }
    const double ratio = slicedBest / plainBest;
    std::printf("trial division on the book fixture (%lld numbers, best of %d rounds)\n",
                static_cast<long long>(numbers.size()), rounds);
    std::printf("  plain loop      %8.3f s  %10.0f checks/s  %5.2f ns/division\n", plainBest,
                numbers.size() / plainBest, plainBest * 1e9 / double(std::max<quint64>(divisions, 1)));
    std::printf("  sliced (%llu)  %8.3f s  %10.0f checks/s  %5.2f ns/division\n",
                static_cast<unsigned long long>(slice), slicedBest, numbers.size() / slicedBest,
                slicedBest * 1e9 / double(std::max<quint64>(divisions, 1)));
    std::printf("  sliced / plain  %8.3f   (target: within 1.03) %s\n", ratio,
                quick ? "[quick run: figures not meaningful]" : (ratio <= 1.03 ? "OK" : "OVER TARGET"));
    return 0;
}
