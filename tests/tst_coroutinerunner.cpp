// The coroutines mode runs on the caller's event loop: it must never block it.
#include "coroutinerunner.h"
#include "runnertesting.h"

#include <QElapsedTimer>
#include <QTimer>

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
    // Generous: a shared machine may stall us, but never for a whole 0.2 s check.
    QVERIFY2(longestGap < 150, qPrintable(QStringLiteral("longest gap %1 ms").arg(longestGap)));
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
