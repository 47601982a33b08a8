// The spinner lab's supervisors: slow() in a thread, a child process or a coroutine
// returns 42 and leaves nothing behind; the frame-gap measurement tells a blocked loop
// from one that naps.
#include "coroutinesupervisor.h"
#include "divisionrate.h"
#include "framegapmeter.h"
#include "processsupervisor.h"
#include "runnertesting.h"
#include "testpaths.h"
#include "threadsupervisor.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>

namespace {
int threadCount()
{
    return int(QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
}

std::unique_ptr<Supervisor> make(const QString &unit)
{
    if (unit == QLatin1String("thread"))
        return std::make_unique<ThreadSupervisor>();
    if (unit == QLatin1String("process"))
        return std::make_unique<ProcessSupervisor>(nullptr,
                                                   TestPaths::program(QStringLiteral("conviz-worker")));
    return std::make_unique<CoroutineSupervisor>();
}

// A 10 ms ticker feeding a FrameGapMeter: the event loop's pulse while a coroutine runs.
struct Pulse
{
    Pulse()
    {
        ticker.setInterval(10);
        QObject::connect(&ticker, &QTimer::timeout, &ticker, [this] { meter.frame(); });
        ticker.start();
        QTest::qWait(50);
        meter.restart();
        meter.frame(); // the measurement starts now
    }
    FrameGapMeter meter;
    QTimer ticker;
};

// A prime checked on the coroutine supervisor's loop while a pulse measures the loop's gaps.
struct LoopCheck
{
    bool finished = false;
    double startMs = 0; // in start() itself: the whole check when it never yields
    double totalMs = 0; // until it finished
    double longestGapMs = 0;
    int frames = 0;
};

LoopCheck checkOnTheLoop(quint64 n, quint64 yieldEvery)
{
    CoroutineSupervisor supervisor;
    supervisor.setYieldEvery(yieldEvery);
    Pulse pulse;
    QSignalSpy finished(&supervisor, &Supervisor::finished);
    QElapsedTimer timer;
    timer.start();
    supervisor.start({ SlowCall::Kind::Prime, 0, n });
    LoopCheck check;
    check.startMs = timer.nsecsElapsed() / 1e6;
    check.finished = !finished.isEmpty() || finished.wait(20000);
    check.totalMs = timer.nsecsElapsed() / 1e6;
    QTest::qWait(30); // the pulse's next beats close the gap the check made
    check.longestGapMs = pulse.meter.longestGapMs();
    check.frames = pulse.meter.frames();
    return check;
}
} // namespace

class TestSupervisor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void answer_data();
    void answer();
    void stopLeavesNothing_data();
    void stopLeavesNothing();
    void blockedLoopShowsItsFreeze();
    void nappingLoopStaysLive_data();
    void nappingLoopStaysLive();
    void badSlowCall_data();
    void badSlowCall();
};

void TestSupervisor::answer_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("unitText");
    for (const char *unit : { "thread", "process", "coroutine" }) {
        const QString text = QString::fromLatin1(unit) == QLatin1String("coroutine")
            ? QStringLiteral("coroutine #")
            : QString::fromLatin1(unit);
        QTest::newRow(qPrintable(QStringLiteral("%1 sleep").arg(QLatin1String(unit))))
            << unit << int(SlowCall::Kind::Sleep) << text;
        QTest::newRow(qPrintable(QStringLiteral("%1 prime").arg(QLatin1String(unit))))
            << unit << int(SlowCall::Kind::Prime) << text;
    }
}

void TestSupervisor::answer()
{
    QFETCH(QString, unit);
    QFETCH(int, kind);
    QFETCH(QString, unitText);
    const int threadsBefore = threadCount();
    {
        const std::unique_ptr<Supervisor> supervisor = make(unit);
        QSignalSpy started(supervisor.get(), &Supervisor::unitStarted);
        QSignalSpy finished(supervisor.get(), &Supervisor::finished);
        QSignalSpy failed(supervisor.get(), &Supervisor::failed);
        SlowCall call;
        call.kind = SlowCall::Kind(kind);
        call.sleepMs = 200;
        call.number = 1000000000039ull; // a prime: the whole way to its square root, quickly
        supervisor->start(call);
        QVERIFY(supervisor->isRunning());
        QVERIFY(finished.wait(10000));
        QCOMPARE(failed.size(), 0);
        QCOMPARE(finished.at(0).at(0).toInt(), 42);
        QVERIFY(finished.at(0).at(1).toDouble() >= (call.kind == SlowCall::Kind::Sleep ? 0.19 : 0.0));
        QCOMPARE(started.size(), 1);
        QVERIFY2(started.at(0).at(0).toString().startsWith(unitText),
                 qPrintable(started.at(0).at(0).toString()));
        QVERIFY(!supervisor->isRunning());
    }
    QVERIFY(RunnerTesting::childProcesses().isEmpty());
    QTRY_VERIFY(threadCount() <= threadsBefore);
}

void TestSupervisor::stopLeavesNothing_data()
{
    QTest::addColumn<QString>("unit");
    QTest::newRow("thread") << "thread";
    QTest::newRow("process") << "process";
    QTest::newRow("coroutine") << "coroutine";
}

void TestSupervisor::stopLeavesNothing()
{
    QFETCH(QString, unit);
    const int threadsBefore = threadCount();
    {
        const std::unique_ptr<Supervisor> supervisor = make(unit);
        QSignalSpy finished(supervisor.get(), &Supervisor::finished);
        QSignalSpy started(supervisor.get(), &Supervisor::unitStarted);
        supervisor->start({ SlowCall::Kind::Prime, 0, SlowCall::defaultNumber });
        QTRY_COMPARE(started.size(), 1);
        QTest::qWait(50);
        supervisor->stop();
        QVERIFY(!supervisor->isRunning());
        QTest::qWait(50);
        QCOMPARE(finished.size(), 0);
    }
    QVERIFY(RunnerTesting::childProcesses().isEmpty());
    QTRY_VERIFY(threadCount() <= threadsBefore);
}

void TestSupervisor::blockedLoopShowsItsFreeze()
{
    // spinner_prime_async_broken.py: the coroutine never yields, the loop stands still.
    const LoopCheck check = checkOnTheLoop(DivisionRate::primeTaking(0.4), 0);
    QVERIFY(check.finished);
    QVERIFY2(check.longestGapMs >= check.startMs,
             qPrintable(QStringLiteral("gap %1 ms, block %2 ms").arg(check.longestGapMs).arg(check.startMs)));
}

void TestSupervisor::nappingLoopStaysLive_data()
{
    QTest::addColumn<int>("exponent");
    QTest::newRow("K = 2^14") << 14;
    QTest::newRow("K = 2^20") << 20;
}

void TestSupervisor::nappingLoopStaysLive()
{
    // spinner_prime_async_nap.py: yielding every K divisions keeps the loop's gaps near the
    // time of one slice (plus the ticker's period), far below the whole check.
    QFETCH(int, exponent);
    const quint64 yieldEvery = quint64(1) << exponent;
    const double sliceMs = DivisionRate::secondsFor(yieldEvery) * 1e3;
    // The check is sized by the division rate measured at start: measured while the machine
    // was busy, it makes a check too short to tell anything, and then a longer one is tried.
    double seconds = 1.0;
    for (int attempt = 0; attempt < 3; ++attempt, seconds *= 2) {
        const LoopCheck check = checkOnTheLoop(DivisionRate::primeTaking(seconds), yieldEvery);
        QVERIFY(check.finished);
        // A slice, the ticker's 10 ms and room for a shared machine's scheduling (which
        // stretches the whole check too, hence a quarter of it when that is more): still a
        // fraction of the check, which a loop that never yields would stand still for.
        const double bound = std::max(10 + 3 * sliceMs + 200, check.totalMs / 4);
        if (check.totalMs <= 2 * bound)
            continue;
        QVERIFY(check.frames > 3);
        QVERIFY2(check.longestGapMs < bound,
                 qPrintable(QStringLiteral("gap %1 ms, slice %2 ms, bound %3 ms, check %4 ms")
                                .arg(check.longestGapMs)
                                .arg(sliceMs)
                                .arg(bound)
                                .arg(check.totalMs)));
        return;
    }
    QFAIL("three checks, each twice as long as the one before, were all too short to tell anything");
}

void TestSupervisor::badSlowCall_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("error");
    QTest::newRow("kind") << "nap"
                          << ""
                          << "--slow: 'nap' is neither 'sleep' nor 'prime'";
    QTest::newRow("negative") << "prime"
                              << "-7"
                              << "--number: '-7' is not a whole number";
    QTest::newRow("too big") << "prime"
                             << "18446744073709551616"
                             << "--number: '18446744073709551616'";
    QTest::newRow("text") << "prime"
                          << "12x"
                          << "--number: '12x'";
}

void TestSupervisor::badSlowCall()
{
    QFETCH(QString, kind);
    QFETCH(QString, number);
    QFETCH(QString, error);
    QString why;
    QVERIFY(!SlowCall::fromText(kind, number, &why));
    QVERIFY2(why.startsWith(error), qPrintable(why));
}

QTEST_GUILESS_MAIN(TestSupervisor)
#include "tst_supervisor.moc"
