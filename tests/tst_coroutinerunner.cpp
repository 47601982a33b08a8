// The coroutines mode runs on the caller's event loop: it must never block it.
#include "coroutinerunner.h"
#include "runnertesting.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <limits>

using namespace RunnerTesting;

class TestCoroutineRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eventLoopKeepsTicking_data();
    void eventLoopKeepsTicking();
    void checksInterleaveOnOneThread();
};

void TestCoroutineRunner::eventLoopKeepsTicking_data()
{
    QTest::addColumn<Mode>("mode");
    for (Mode mode : RunnerTesting::testableModes()) {
        if (mode == Mode::Coroutines || mode == Mode::CoroutinesPool)
            QTest::newRow(qPrintable(Modes::name(mode))) << mode;
    }
}

void TestCoroutineRunner::eventLoopKeepsTicking()
{
    QFETCH(Mode, mode);
    // Three numbers of about 0.2 s each: a blocked loop would show a gap that long.
    const Workload workload
        = Workload::fromNumbers(QStringLiteral("slow"), QList<quint64>(3, 99999999999999997ull));
    const auto runner = RunnerFactory::create(mode);
    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&] {
        if (sinceTick.isValid())
            longestGap = std::max(longestGap, sinceTick.elapsed());
        sinceTick.start();
        ++ticks;
    });
    ticker.start();
    RunOptions opts = options(2);
    opts.sliceDivisions = 1 << 16; // about 0.1 ms of work between yields
    const RunReport report = run(*runner, workload, opts);
    ticker.stop();
    QVERIFY(verifyReport(report, workload));
    QVERIFY(ticks > 10);
    // A loop blocked by a check would wait as long as the check took. Measured against the
    // shortest check of this very run, not a fixed time, so a loaded machine or a sanitizer
    // build, which stretch both alike, does not fail it.
    double shortestJobMs = std::numeric_limits<double>::max();
    for (qsizetype i = 0; i < report.size(); ++i)
        shortestJobMs = std::min(shortestJobMs, 1000.0 * (report.result(i).end - report.result(i).start));
    QVERIFY2(
        longestGap < shortestJobMs / 2,
        qPrintable(
            QStringLiteral("longest gap %1 ms, shortest check %2 ms").arg(longestGap).arg(shortestJobMs)));
}

void TestCoroutineRunner::checksInterleaveOnOneThread()
{
    // Two coroutines, two equal numbers: both start before either ends (they take turns),
    // while the sum of their spans is about twice the wall time of each.
    const Workload workload
        = Workload::fromNumbers(QStringLiteral("pair"), QList<quint64>(2, 9999999999999937ull));
    CoroutineRunner runner;
    const RunReport report = run(runner, workload, options(2));
    QVERIFY(verifyReport(report, workload));
    const JobResult a = report.result(0);
    const JobResult b = report.result(1);
    QVERIFY(a.worker != b.worker);
    QVERIFY(a.start < b.end && b.start < a.end);
}

QTEST_GUILESS_MAIN(TestCoroutineRunner)
#include "tst_coroutinerunner.moc"
