// What each execution model really costs, measured in one process, one run:
//  1. a balanced workload (equal-cost primes, a few seconds sequentially): wall time per
//     mode for 1, 2 and (cores) workers, and the speedup over sequential;
//  2. worker process spawn-to-first-result time;
//  3. per-job overhead: checks per second on many tiny numbers.
// Targets here (2 cores): threads and processes with 2 workers >= 1.9x sequential;
// coroutines within 5% of sequential; processes >= 1/3 of the threads' rate on tiny numbers.
// Prints MISS beside a missed target but exits 0: it is a measurement, not a test. It
// exits 1 only if a mode gives a wrong answer.
// Usage: bench_modes [--quick]
#include "benchrun.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>
#include <cstdio>

namespace {
using BenchRun::balanced;
using BenchRun::median;
using BenchRun::runSeconds;
using BenchRun::verdict;

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int cores = std::max(1, QThread::idealThreadCount());
    QList<int> workerCounts { 1, 2, cores };
    workerCounts.erase(std::unique(workerCounts.begin(), workerCounts.end()), workerCounts.end());

    // 1. Balanced workload.
    const Workload work
        = quick ? balanced(16, 10'000'000'000'000ull) : balanced(150, 1'000'000'000'000'000ull);
    std::printf("Balanced workload: %lld primes from %llu (%d cores)\n", static_cast<long long>(work.size()),
                static_cast<unsigned long long>(work.numbers.constFirst()), cores);
    const double sequential = runSeconds(Mode::Sequential, work, 1);
    std::printf("%-16s %7s %9s %8s  %s\n", "mode", "workers", "wall s", "speedup", "target");
    std::printf("%-16s %7d %9.3f %7.2fx\n", "sequential", 1, sequential, 1.0);
    for (Mode mode : { Mode::Threads, Mode::Processes, Mode::Coroutines, Mode::CoroutinesPool }) {
        for (int workers : std::as_const(workerCounts)) {
            const double seconds = runSeconds(mode, work, workers);
            const double speedup = sequential / seconds;
            QByteArray target;
            if ((mode == Mode::Threads || mode == Mode::Processes) && workers == 2 && cores >= 2)
                target = QByteArray(">= 1.90x ") + verdict(speedup >= 1.9);
            else if (mode == Mode::Coroutines)
                target = QByteArray("within 5% of sequential ") + verdict(speedup >= 0.95);
            std::printf("%-16s %7d %9.3f %7.2fx  %s\n", qPrintable(Modes::name(mode)), workers, seconds,
                        speedup, target.constData());
            std::fflush(stdout);
        }
    }

    // 2. Spawn to first result: a child started, handshaken, fed and answering, as the
    // supervisor's clock (which starts with the run) stamped the answer's arrival.
    QList<double> spawns;
    for (int i = 0; i < (quick ? 3 : 9); ++i) {
        RunOptions options;
        options.workers = 1;
        const RunReport report
            = BenchRun::run(Mode::Processes, Workload::fromNumbers(QStringLiteral("one"), { 2 }), options);
        if (report.size() == 1 && report.result(0).isValid())
            spawns.append(report.result(0).end * 1e3);
    }
    std::printf("\nWorker process spawn to first result: %.1f ms (median of %lld)\n", median(spawns),
                static_cast<long long>(spawns.size()));

    // 3. Per-job overhead.
    const int tinyCount = quick ? 10000 : 100000;
    const Workload tiny = Workload::generated(tinyCount, 6, 0.5, 1);
    std::printf("\nTiny numbers: %d of 6 digits, %d workers\n%-16s %9s %14s  %s\n", tinyCount, cores, "mode",
                "wall s", "checks/s", "target");
    double threadsRate = 0;
    for (Mode mode : Modes::all()) {
        const double seconds = runSeconds(mode, tiny, mode == Mode::Sequential ? 1 : cores);
        const double rate = tinyCount / seconds;
        if (mode == Mode::Threads)
            threadsRate = rate;
        QByteArray target;
        if (mode == Mode::Processes && threadsRate > 0)
            target = QByteArray(">= 1/3 of threads (") + QByteArray::number(rate / threadsRate, 'f', 2) + ") "
                + verdict(rate >= threadsRate / 3);
        std::printf("%-16s %9.3f %14.0f  %s\n", qPrintable(Modes::name(mode)), seconds, rate,
                    target.constData());
        std::fflush(stdout);
    }
    return BenchRun::wrong ? 1 : 0;
}
