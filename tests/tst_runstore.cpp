// The run store: one record per job, written once, published to readers on other threads.
#include "jobqueue.h"
#include "millerrabin.h"
#include "primesieve.h"
#include "runstore.h"
#include "threadrunner.h"
#include "trialdivision.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <numeric>
#include <thread>
#include <vector>

Q_DECLARE_METATYPE(RunStore::SliceStart)

class TestRunStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recordIsCompact();
    void firstAnswerStands();
    void publishesOnlyFinishedJobsOfTheRunOnce();
    void publishersOfTheSameJobsPlaceEachOnce_data();
    void publishersOfTheSameJobsPlaceEachOnce();
    void resultRoundTrips_data();
    void resultRoundTrips();
    void failedKeepsItsReason();
    void wrongAnswerIsNotVerified();
    void runnersNeverStoreAWrongAnswer_data();
    void runnersNeverStoreAWrongAnswer();
    void concurrentWritersAndReader_data();
    void concurrentWritersAndReader();
    void slicesMergeBackToBack();
    void slicesAfterHandOverStayApart_data();
    void slicesAfterHandOverStayApart();
    void chunkedClaimingNeverLosesOrRepeats_data();
    void chunkedClaimingNeverLosesOrRepeats();
    void canceledRunPublishesOnlyWhatFinished_data();
    void canceledRunPublishesOnlyWhatFinished();

private:
    // count numbers from first on, step apart.
    static QList<quint64> numbersFrom(quint64 first, int count, quint64 step = 1)
    {
        QList<quint64> numbers;
        numbers.reserve(count);
        for (int i = 0; i < count; ++i)
            numbers.append(first + quint64(i) * step);
        return numbers;
    }
    static JobResult answer(int index, quint64 number, int worker)
    {
        JobResult r;
        r.index = index;
        r.number = number;
        r.prime = MillerRabin::isPrime(number);
        r.worker = worker;
        r.start = 0.5;
        r.end = 0.75;
        r.elapsed = 0.25;
        return r;
    }
};

void TestRunStore::recordIsCompact()
{
    // At most 48 bytes a job: the record, its place in the completion log and its number.
    QVERIFY(sizeof(JobRecord) + sizeof(qint32) + sizeof(quint64) <= 48);
}

void TestRunStore::firstAnswerStands()
{
    RunStore store({ 7, 9 }, 2);
    QVERIFY(store.finish(answer(0, 7, 0)));
    JobResult again = answer(0, 7, 1);
    again.prime = false;
    QVERIFY(!store.finish(again));
    QCOMPARE(store.result(0).worker, 0);
    QVERIFY(store.result(0).prime);
    QCOMPARE(store.finishedCount(), 1);
    QVERIFY(!store.finish(answer(5, 7, 0))); // out of range
    QVERIFY(!store.finish(answer(-1, 7, 0)));
}

// Readers index the records with what the log holds: an index outside the run, or one not
// finished, never reaches them, and a job a runner publishes again (its bug) takes no second
// place in the log, so the log never fills before every job is in it.
void TestRunStore::publishesOnlyFinishedJobsOfTheRunOnce()
{
    const QList<quint64> numbers { 2, 3, 5, 9 };
    RunStore store(numbers, 1);
    for (int i = 0; i < 3; ++i)
        QVERIFY(store.write(answer(i, numbers.at(i), 0)));
    const QRegularExpression dropped(QStringLiteral("^RunStore: \\d+ of \\d+ jobs published .* dropped$"));
    const qint32 outside[] { -1, 4, 70000 };
    QTest::ignoreMessage(QtWarningMsg, dropped);
    store.publish(outside, 3);
    QCOMPARE(store.finishedCount(), 0);
    const qint32 withUnfinished[] { 0, 3, 1 };
    QTest::ignoreMessage(QtWarningMsg, dropped);
    store.publish(withUnfinished, 3);
    QCOMPARE(store.finishedCount(), 2);
    // 0 and 1 again, 2 twice in one call: each job takes one place, or the log would be
    // full before the last job finishes.
    const qint32 again[] { 2, 0, 1, 2 };
    QTest::ignoreMessage(QtWarningMsg, dropped);
    store.publish(again, 4);
    QCOMPARE(store.finishedCount(), 3);
    QVERIFY(store.write(answer(3, 9, 0)));
    const qint32 last[] { 3 };
    store.publish(last, 1);
    QCOMPARE(store.finishedCount(), 4);
    QTest::ignoreMessage(QtWarningMsg, dropped);
    store.publish(again, 1);
    QCOMPARE(store.finishedCount(), 4);
    qsizetype cursor = 0;
    QList<qint32> log;
    store.takeFinished(cursor, [&store, &log](qint32 index) {
        QVERIFY(store.isFinished(index));
        log.append(index);
    });
    QCOMPARE(log, (QList<qint32> { 0, 1, 2, 3 }));
}

void TestRunStore::publishersOfTheSameJobsPlaceEachOnce_data()
{
    QTest::addColumn<int>("jobs");
    QTest::addColumn<int>("chunk");
    QTest::newRow("one at a time") << 1000 << 1;
    QTest::newRow("chunks across words") << 10000 << 100;
    QTest::newRow("all at once") << 5000 << 5000;
}

void TestRunStore::publishersOfTheSameJobsPlaceEachOnce()
{
    // Two threads publish every job, in opposite orders: one of them places each.
    QFETCH(int, jobs);
    QFETCH(int, chunk);
    const QList<quint64> numbers = numbersFrom(2, jobs);
    RunStore store(numbers, 2);
    for (int i = 0; i < jobs; ++i)
        QVERIFY(store.write(answer(i, numbers.at(i), 0)));
    std::vector<qint32> forward(jobs);
    std::iota(forward.begin(), forward.end(), 0);
    const std::vector<qint32> backward(forward.rbegin(), forward.rend());
    const auto publishAll = [&store, chunk](const std::vector<qint32> &order) {
        for (size_t i = 0; i < order.size(); i += size_t(chunk))
            store.publish(order.data() + i, qsizetype(std::min(order.size() - i, size_t(chunk))));
    };
    QtMessageHandler previous
        = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    std::thread other(publishAll, backward);
    publishAll(forward);
    other.join();
    qInstallMessageHandler(previous);
    QCOMPARE(store.finishedCount(), qsizetype(jobs));
    std::vector<bool> seen(jobs);
    qsizetype cursor = 0;
    int repeats = 0;
    store.takeFinished(cursor, [&](qint32 index) {
        repeats += seen[index] ? 1 : 0;
        seen[index] = true;
    });
    QCOMPARE(repeats, 0);
    QCOMPARE(cursor, qsizetype(jobs));
}

void TestRunStore::resultRoundTrips_data()
{
    QTest::addColumn<quint64>("number");
    QTest::addColumn<double>("start");
    QTest::addColumn<double>("end");
    QTest::addColumn<int>("attempts");
    QTest::newRow("small") << quint64(2) << 0.0001 << 0.000101 << 1;
    QTest::newRow("largest prime below 2^64") << 18446744073709551557ull << 12.5 << 3600.25 << 3;
}

void TestRunStore::resultRoundTrips()
{
    QFETCH(quint64, number);
    QFETCH(double, start);
    QFETCH(double, end);
    QFETCH(int, attempts);
    RunStore store({ number }, 1);
    JobResult r = answer(0, number, 0);
    r.start = start;
    r.end = end;
    r.elapsed = end - start;
    r.attempts = attempts;
    QVERIFY(store.finish(r));
    const JobResult back = store.result(0);
    QCOMPARE(back.index, 0);
    QCOMPARE(back.number, number);
    QCOMPARE(back.prime, r.prime);
    QCOMPARE(QString::number(back.start, 'f', 6), QString::number(start, 'f', 6));
    QCOMPARE(QString::number(back.end, 'f', 6), QString::number(end, 'f', 6));
    QCOMPARE(back.attempts, attempts);
    QVERIFY(store.record(0).flags & JobRecord::Verified);
}

void TestRunStore::failedKeepsItsReason()
{
    RunStore store({ 97 }, 1);
    QCOMPARE(store.status(0), JobStatus::Pending);
    QCOMPARE(store.result(0).index, -1);
    JobResult r = answer(0, 97, 0);
    r.error = QStringLiteral("every worker died on it");
    QVERIFY(store.finish(r));
    QCOMPARE(store.status(0), JobStatus::Failed);
    QCOMPARE(store.result(0).error, r.error);
    QCOMPARE(store.failedCount(), 1);
}

void TestRunStore::wrongAnswerIsNotVerified()
{
    RunStore store({ 4 }, 1);
    JobResult r = answer(0, 4, 0);
    r.prime = true;
    QVERIFY(store.finish(r));
    QVERIFY(!(store.record(0).flags & JobRecord::Verified));
    QCOMPARE(store.wrongCount(), 1);
}

void TestRunStore::runnersNeverStoreAWrongAnswer_data()
{
    QTest::addColumn<bool>("refuse");
    QTest::addColumn<QList<quint64>>("numbers");
    // Two numbers are checked by Miller-Rabin; with four more small ones, by a sieve.
    const QList<quint64> tested { 91, 97 };
    const QList<quint64> sieved { 91, 97, 1, 2, 3, 4 };
    QVERIFY(!PrimeSieve::worthBuildingFor(97, tested.size()).covers(97));
    QVERIFY(PrimeSieve::worthBuildingFor(97, sieved.size()).covers(97));
    QTest::newRow("fail, Miller-Rabin") << false << tested;
    QTest::newRow("refuse, Miller-Rabin") << true << tested;
    QTest::newRow("fail, sieve") << false << sieved;
    QTest::newRow("refuse, sieve") << true << sieved;
}

void TestRunStore::runnersNeverStoreAWrongAnswer()
{
    QFETCH(bool, refuse);
    QFETCH(QList<quint64>, numbers);
    const auto onWrong = refuse ? RunStore::OnWrong::Refuse : RunStore::OnWrong::Fail;
    RunStore store(numbers, 1);
    JobResult wrong = answer(0, 91, 0);
    wrong.prime = true; // 91 = 7 * 13
    QCOMPARE(store.writeAnswer(answer(1, 97, 0), onWrong), RunStore::Answer::Stored);
    QVERIFY(store.record(1).flags & JobRecord::Verified);
    if (refuse) {
        QCOMPARE(store.writeAnswer(wrong, onWrong), RunStore::Answer::Wrong);
        QCOMPARE(store.status(0), JobStatus::Pending); // left for another try
        QCOMPARE(store.writeAnswer(answer(0, 91, 0), onWrong), RunStore::Answer::Stored);
        QCOMPARE(store.status(0), JobStatus::Done);
        QVERIFY(store.record(0).flags & JobRecord::Verified);
    } else {
        QCOMPARE(store.writeAnswer(wrong, onWrong), RunStore::Answer::Stored);
        QCOMPARE(store.status(0), JobStatus::Failed);
        QVERIFY(store.error(0).contains(QLatin1String("Miller-Rabin")));
        QCOMPARE(store.failedCount(), 1);
    }
    QCOMPARE(store.wrongCount(), 0);
    QCOMPARE(store.writeAnswer(answer(1, 97, 0), onWrong), RunStore::Answer::Ignored);
}

void TestRunStore::concurrentWritersAndReader_data()
{
    QTest::addColumn<int>("writers");
    QTest::addColumn<int>("jobs");
    QTest::newRow("2 writers") << 2 << 200000;
    QTest::newRow("4 writers, overlapping") << 4 << 100000;
}

void TestRunStore::concurrentWritersAndReader()
{
    // Writers race to answer every index (each tries all of them, from different ends); a
    // reader takes views while they write. Every index is published exactly once, whole.
    QFETCH(int, writers);
    QFETCH(int, jobs);
    const QList<quint64> numbers = numbersFrom(1000, jobs);
    RunStore store(numbers, writers);
    std::atomic<bool> done { false };
    std::vector<std::jthread> threads;
    for (int w = 0; w < writers; ++w) {
        threads.emplace_back([&store, &numbers, w, writers, jobs] {
            for (int k = 0; k < jobs; ++k) {
                const int i = (w % 2 == 0) ? k : jobs - 1 - k;
                if (i % writers != w && w >= 2)
                    continue;
                store.finish(answer(i, numbers.at(i), w));
            }
        });
    }
    std::vector<int> seen(static_cast<size_t>(jobs), 0);
    qsizetype cursor = 0;
    bool whole = true;
    const auto take = [&] {
        store.takeFinished(cursor, [&](qint32 index) {
            ++seen[size_t(index)];
            const JobRecord &record = store.record(index);
            whole = whole && store.number(index) == numbers.at(index) && record.worker >= 0
                && record.worker < writers && record.endNs == 750'000'000;
        });
    };
    std::jthread reader([&] {
        while (!done.load())
            take();
    });
    for (auto &thread : threads)
        thread.join();
    done = true;
    reader.join();
    take();
    QCOMPARE(cursor, qsizetype(jobs));
    QCOMPARE(store.finishedCount(), qsizetype(jobs));
    QVERIFY(whole);
    QVERIFY(std::all_of(seen.cbegin(), seen.cend(), [](int n) { return n == 1; }));
}

void TestRunStore::slicesMergeBackToBack()
{
    RunStore store({ 1, 2, 3 }, 1);
    store.addSlice(0, { 0, 100, 0, 1 });
    store.addSlice(0, { 100, 200, 1, 1 }); // same core, back to back: one slice of two jobs
    store.addSlice(0, { 200, 300, 2, 0 }); // another core
    store.addSlice(0, { 10'000'000, 10'000'100, 2, 0 }); // after a long gap
    const std::vector<WorkSlice> slices = store.slices(0);
    QCOMPARE(slices.size(), size_t(3));
    QCOMPARE(slices[0].endNs, 200);
    QCOMPARE(slices[0].job, -1);
    QCOMPARE(slices[1].cpu, 0);
    QCOMPARE(slices[2].startNs, 10'000'000);
    // Many slices cross chunk boundaries intact.
    for (qint64 i = 0; i < 10000; ++i)
        store.addSlice(0, { 20'000'000 + i * 1'000'000, 20'000'000 + i * 1'000'000 + 10, 0, int(i % 2) });
    QCOMPARE(store.sliceCount(0), 10003);
    QCOMPARE(store.slices(0).back().cpu, 1);
}

void TestRunStore::slicesAfterHandOverStayApart_data()
{
    QTest::addColumn<RunStore::SliceStart>("start");
    QTest::addColumn<size_t>("slices");
    QTest::newRow("ran on") << RunStore::SliceStart::Continues << size_t(1);
    QTest::newRow("after a hand-over") << RunStore::SliceStart::AfterHandOver << size_t(2);
}

void TestRunStore::slicesAfterHandOverStayApart()
{
    QFETCH(RunStore::SliceStart, start);
    QFETCH(size_t, slices);
    RunStore store({ 1, 2, 3 }, 2);
    // Worker 1 ran for 20 ns in worker 0's gap: worker 0's slices must not swallow it.
    store.addSlice(0, { 0, 1000, 0, 0 });
    store.addSlice(1, { 1005, 1025, 1, 0 });
    store.addSlice(0, { 1030, 2000, 0, 0 }, start);
    QCOMPARE(store.slices(0).size(), slices);
    QCOMPARE(store.slices(0).back().endNs, 2000);
    QCOMPARE(store.slices(1).size(), size_t(1));
}

void TestRunStore::chunkedClaimingNeverLosesOrRepeats_data()
{
    QTest::addColumn<int>("jobs");
    QTest::addColumn<int>("workers");
    QTest::addColumn<quint64>("seed");
    QRandomGenerator random(20261125);
    for (int row = 0; row < 12; ++row) {
        const int jobs = int(random.bounded(0, 50000));
        const int workers = int(random.bounded(1, 9));
        QTest::addRow("%d jobs, %d workers", jobs, workers) << jobs << workers << random.generate64();
    }
}

void TestRunStore::chunkedClaimingNeverLosesOrRepeats()
{
    // Workers claim cost-sized chunks from one queue, as the threads mode does: every index
    // is taken by exactly one worker.
    QFETCH(int, jobs);
    QFETCH(int, workers);
    QFETCH(quint64, seed);
    QRandomGenerator random(seed);
    std::vector<quint64> numbers;
    for (int i = 0; i < jobs; ++i)
        numbers.push_back(random.bounded(2, 2'000'000'000));
    JobQueue queue;
    queue.reset(jobs);
    std::vector<std::atomic<int>> taken(static_cast<size_t>(jobs));
    std::vector<std::jthread> threads;
    for (int w = 0; w < workers; ++w) {
        threads.emplace_back([&] {
            const auto cost = [&numbers](int job) { return TrialDivision::jobCost(numbers[job]); };
            while (true) {
                const QList<int> chunk = queue.takeBatch(cost, quint64(1) << 14, 4096);
                if (chunk.isEmpty())
                    break;
                for (int job : chunk)
                    taken[size_t(job)].fetch_add(1);
            }
        });
    }
    for (auto &thread : threads)
        thread.join();
    for (int i = 0; i < jobs; ++i)
        QCOMPARE(taken[size_t(i)].load(), 1);
}

void TestRunStore::canceledRunPublishesOnlyWhatFinished_data()
{
    QTest::addColumn<int>("workers");
    QTest::addColumn<int>("cancelAfterMs");
    QRandomGenerator random(7);
    for (int row = 0; row < 6; ++row) {
        const int workers = int(random.bounded(1, 5));
        const int delay = int(random.bounded(0, 60));
        QTest::addRow("%d workers, cancel after %d ms", workers, delay) << workers << delay;
    }
}

void TestRunStore::canceledRunPublishesOnlyWhatFinished()
{
    // A threads run stopped at a random moment: the log lists each finished index once, every
    // listed record is finished and right, and nothing else is.
    QFETCH(int, workers);
    QFETCH(int, cancelAfterMs);
    const QList<quint64> numbers = numbersFrom(1'000'000'007, 20000, 2);
    ThreadRunner runner;
    QSignalSpy finished(&runner, &Runner::runFinished);
    RunOptions options;
    options.workers = workers;
    runner.start(Workload::fromNumbers(QStringLiteral("odd"), numbers), options);
    QTest::qWait(cancelAfterMs);
    runner.cancel();
    QVERIFY(!finished.isEmpty() || finished.wait(20000));
    const auto store = runner.store();
    QSet<int> listed;
    qsizetype cursor = 0;
    store->takeFinished(cursor, [&listed](qint32 index) { listed.insert(index); });
    QCOMPARE(qsizetype(listed.size()), cursor);
    QCOMPARE(cursor, store->finishedCount());
    for (int i = 0; i < numbers.size(); ++i) {
        QCOMPARE(store->isFinished(i), listed.contains(i));
        if (listed.contains(i))
            QCOMPARE(store->result(i).prime, MillerRabin::isPrime(numbers.at(i)));
    }
}

QTEST_GUILESS_MAIN(TestRunStore)
#include "tst_runstore.moc"
