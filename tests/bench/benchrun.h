#pragma once

// What the mode benchmarks share: run a workload to the end in one mode, check every answer,
// and say whether a figure met its target.
#include "millerrabin.h"
#include "runner.h"
#include "runnerfactory.h"
#include "workload.h"

#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace BenchRun {
// Set when any mode gave a wrong or missing answer: the benchmark then exits 1.
inline bool wrong = false;

// Runs to the end (at most timeoutMs) and returns the runner's report; the store stays
// readable through store when given.
inline RunReport run(Mode mode, const Workload &workload, RunOptions options,
                     std::shared_ptr<const RunStore> *store = nullptr, int timeoutMs = 30 * 60 * 1000)
{
    const std::unique_ptr<Runner> runner = RunnerFactory::create(mode);
    RunReport report;
    QEventLoop loop;
    QObject::connect(runner.get(), &Runner::runFinished, &loop, [&](const RunReport &r) {
        report = r;
        loop.quit();
    });
    QObject::connect(runner.get(), &Runner::runFailed, &loop, [&](const QString &message) {
        std::printf("%s failed: %s\n", qPrintable(Modes::name(mode)), qPrintable(message));
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, [&] {
        std::printf("%s did not finish in %d s\n", qPrintable(Modes::name(mode)), timeoutMs / 1000);
        loop.quit();
    });
    runner->start(workload, options);
    if (runner->isRunning())
        loop.exec();
    bool complete = report.size() == workload.size();
    for (qsizetype i = 0; complete && i < report.size(); ++i) {
        const JobResult r = report.result(i);
        if (!r.isValid() || r.prime != MillerRabin::isPrime(r.number)) {
            std::printf("WRONG: %s gave a wrong or missing answer for %llu\n", qPrintable(Modes::name(mode)),
                        static_cast<unsigned long long>(r.number));
            complete = false;
        }
    }
    wrong = wrong || !complete;
    if (store)
        *store = runner->store();
    return report;
}

inline double runSeconds(Mode mode, const Workload &workload, int workers)
{
    RunOptions options;
    options.workers = workers;
    return run(mode, workload, options).wallSeconds;
}

// count primes from start upwards: every check walks the whole way to isqrt(n).
inline Workload balanced(int count, quint64 start)
{
    QList<quint64> numbers;
    for (quint64 n = start | 1; numbers.size() < count; n += 2) {
        if (MillerRabin::isPrime(n))
            numbers.append(n);
    }
    return Workload::fromNumbers(QStringLiteral("balanced"), numbers);
}

inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// Set when a figure missed its target: the benchmark's last line says so.
inline bool missed = false;

inline const char *verdict(bool pass)
{
    if (!pass)
        missed = true;
    return pass ? "ok" : "MISS";
}
} // namespace BenchRun
