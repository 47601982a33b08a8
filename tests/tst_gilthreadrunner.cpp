// Threads (GIL): the same answers as every mode, and never two slices at once — the lock
// read back from the run store's slice logs, whatever the machine's load.
#include "globalinterpreterlock.h"
#include "runnertesting.h"
#include "threadrunner.h"

#include <algorithm>
#include <thread>

class TestGilThreadRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void oneSliceAtATime_data();
    void oneSliceAtATime();
    void lockHasOneHolder();
    void stopWhileWaiting();
    void stopWhileHoldingLetsGo();
};

namespace {
// count primes from start upwards: each check walks all the way to isqrt(n).
QList<quint64> primesFrom(quint64 start, int count)
{
    QList<quint64> numbers;
    for (quint64 n = start | 1; numbers.size() < count; n += 2) {
        if (MillerRabin::isPrime(n))
            numbers.append(n);
    }
    return numbers;
}
} // namespace

void TestGilThreadRunner::initTestCase()
{
    qRegisterMetaType<RunReport>();
}

void TestGilThreadRunner::oneSliceAtATime_data()
{
    QTest::addColumn<QList<quint64>>("numbers");
    QTest::addColumn<int>("workers");
    QTest::addColumn<int>("switchIntervalUs");
    QTest::addColumn<int>("sliceDivisions");
    // Jobs of many slices (about 10^7 divisions each): the lock changes hands inside a job.
    const QList<quint64> big = primesFrom(100'000'000'000'000ull, 6);
    QTest::newRow("big, 2 threads, 5 ms") << big << 2 << 5000 << (1 << 16);
    QTest::newRow("big, 3 threads, 1 ms") << big << 3 << 1000 << (1 << 16);
    // Jobs of less than a slice, claimed in chunks: it changes hands between chunks.
    const QList<quint64> small = Workload::generated(20000, 7, 0.3, 7).numbers;
    QTest::newRow("small, 2 threads, 0.1 ms") << small << 2 << 100 << (1 << 16);
    // Turns as short as the scheduler allows: a worker's slices either side of the other's
    // turn stay apart (a worker's own slices merge across gaps of up to 50 us). Some 40 ms of
    // work in all, so the second thread is up long before the first could finish alone on a
    // busy machine (four numbers near 10^12, 4 ms, once were).
    const QList<quint64> medium = primesFrom(100'000'000'000'000ull, 4);
    QTest::newRow("medium, 2 threads, 10 us turns") << medium << 2 << 10 << (1 << 10);
}

void TestGilThreadRunner::oneSliceAtATime()
{
    QFETCH(QList<quint64>, numbers);
    QFETCH(int, workers);
    QFETCH(int, switchIntervalUs);
    QFETCH(int, sliceDivisions);
    GilThreadRunner runner;
    RunOptions options = RunnerTesting::options(workers);
    options.switchIntervalUs = switchIntervalUs;
    options.sliceDivisions = quint64(sliceDivisions);
    const Workload workload = Workload::fromNumbers(QStringLiteral("gil"), numbers);
    const RunReport report = RunnerTesting::run(runner, workload, options);
    QVERIFY(RunnerTesting::verifyReport(report, workload));

    const std::shared_ptr<const RunStore> store = runner.store();
    QVERIFY(store);
    std::vector<std::pair<WorkSlice, int>> slices;
    QSet<int> workersThatRan;
    for (int worker = 0; worker < workers; ++worker) {
        for (const WorkSlice &slice : store->slices(worker)) {
            QVERIFY(slice.endNs >= slice.startNs);
            slices.emplace_back(slice, worker);
            workersThatRan.insert(worker);
        }
    }
    QVERIFY(workersThatRan.size() >= 2); // they took turns, not one after the other by luck
    std::sort(slices.begin(), slices.end(),
              [](const auto &a, const auto &b) { return a.first.startNs < b.first.startNs; });
    int handOvers = 0;
    for (size_t i = 1; i < slices.size(); ++i) {
        const auto &[previous, previousWorker] = slices[i - 1];
        const auto &[next, nextWorker] = slices[i];
        QVERIFY2(next.startNs >= previous.endNs,
                 qPrintable(QStringLiteral("worker %1 ran %2..%3 ns while worker %4 ran %5..%6 ns")
                                .arg(nextWorker)
                                .arg(next.startNs)
                                .arg(next.endNs)
                                .arg(previousWorker)
                                .arg(previous.startNs)
                                .arg(previous.endNs)));
        handOvers += nextWorker != previousWorker;
    }
    QVERIFY(handOvers >= 1);
}

void TestGilThreadRunner::lockHasOneHolder()
{
    GlobalInterpreterLock gil(std::chrono::microseconds(200));
    std::atomic<int> inside { 0 };
    std::atomic<int> mostInside { 0 };
    std::atomic<int> turns { 0 };
    std::stop_source never;
    const auto thread = [&] {
        const std::stop_token stop = never.get_token();
        if (!gil.acquire(stop))
            return;
        for (int i = 0; i < 2000 && !stop.stop_requested(); ++i) {
            const int now = ++inside;
            int most = mostInside.load();
            while (now > most && !mostInside.compare_exchange_weak(most, now)) { }
            --inside;
            ++turns;
            if (gil.yieldIfRequested(stop) == GlobalInterpreterLock::Turn::Stopped)
                return;
        }
        gil.release();
    };
    std::thread a(thread);
    std::thread b(thread);
    std::thread c(thread);
    a.join();
    b.join();
    c.join();
    QCOMPARE(mostInside.load(), 1);
    QCOMPARE(gil.maxHolders(), 1);
    QCOMPARE(turns.load(), 6000);
}

void TestGilThreadRunner::stopWhileWaiting()
{
    GlobalInterpreterLock gil(std::chrono::microseconds(5000));
    std::stop_source never;
    QVERIFY(gil.acquire(never.get_token()));
    std::stop_source stop;
    bool acquired = true;
    std::jthread waiter([&] { acquired = gil.acquire(stop.get_token()); });
    stop.request_stop();
    waiter.join(); // the waiter gives up within its poll (20 ms): no deadline needed beyond that
    QVERIFY(!acquired);
    gil.release();
}

void TestGilThreadRunner::stopWhileHoldingLetsGo()
{
    GlobalInterpreterLock gil(std::chrono::microseconds(5000));
    std::stop_source stop;
    QVERIFY(gil.acquire(stop.get_token()));
    QCOMPARE(gil.yieldIfRequested(stop.get_token()), GlobalInterpreterLock::Turn::Kept);
    stop.request_stop();
    // Nobody asked for the lock, yet the holder is told to stop: it lets go, so a thread that
    // was not stopped gets it at once.
    QCOMPARE(gil.yieldIfRequested(stop.get_token()), GlobalInterpreterLock::Turn::Stopped);
    std::stop_source never;
    bool acquired = false;
    std::jthread other([&] { acquired = gil.acquire(never.get_token()); });
    other.join();
    QVERIFY(acquired);
    QCOMPARE(gil.maxHolders(), 1);
    gil.release();
}

QTEST_MAIN(TestGilThreadRunner)
#include "tst_gilthreadrunner.moc"
