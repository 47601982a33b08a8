// What the timeline draws: every job once in its worker's lane, bars that fold what falls
// within a pixel without losing a job, and coroutine slices that take turns on one core.
#include "coroutinerunner.h"
#include "millerrabin.h"
#include "runnertesting.h"
#include "timelinelanes.h"

#include <QTest>

#include <set>

namespace {
constexpr qint64 ms = 1'000'000;

// A run laid out by hand: job i on worker i % workers, each worker's jobs back to back,
// job i lasting (i % 7 + 1) * stepNs; every fifth job retried, every eleventh failed.
struct Layout
{
    std::shared_ptr<RunStore> store;
    qint64 endNs = 0;
};

Layout layout(int jobs, int workers, qint64 stepNs, bool publishBackwards = false)
{
    QList<quint64> numbers;
    for (int i = 0; i < jobs; ++i)
        numbers.append(1000 + quint64(i));
    Layout out { std::make_shared<RunStore>(numbers, workers), 0 };
    for (int w = 0; w < workers; ++w)
        out.store->setWorker({ w, QStringLiteral("thread %1").arg(w + 1), 0 });
    std::vector<qint64> clock(workers, 0);
    std::vector<JobResult> results;
    for (int i = 0; i < jobs; ++i) {
        JobResult r;
        r.index = i;
        r.number = numbers.at(i);
        r.prime = MillerRabin::isPrime(r.number);
        r.worker = i % workers;
        r.attempts = i % 5 == 4 ? 2 : 1;
        const qint64 start = clock[r.worker];
        const qint64 end = start + (i % 7 + 1) * stepNs;
        clock[r.worker] = end;
        r.start = double(start) / 1e9;
        r.end = double(end) / 1e9;
        r.elapsed = r.end - r.start;
        if (i % 11 == 10)
            r.error = QStringLiteral("gave up");
        results.push_back(r);
        out.endNs = std::max(out.endNs, end);
    }
    if (publishBackwards)
        std::reverse(results.begin(), results.end());
    for (const JobResult &r : results)
        out.store->finish(r);
    return out;
}

TimeScale fitAll(const TimelineLanes &lanes, double width)
{
    TimeScale scale;
    scale.fit(0, double(lanes.extentNs()), width);
    return scale;
}
// Job i of a one-worker run, the i-th millisecond.
void finishOneMsJob(RunStore &store, int i)
{
    JobResult r;
    r.worker = 0;
    r.index = i;
    r.number = store.number(i);
    r.prime = MillerRabin::isPrime(r.number);
    r.start = i * 0.001;
    r.end = r.start + 0.001;
    store.finish(r);
}
} // namespace

class TestTimelineLanes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyJobOnceInItsWorkersLane_data();
    void everyJobOnceInItsWorkersLane();
    void takesOnlyWhatIsNew();
    void takesAtMostWhatIsAskedFor();
    void aggregationKeepsEveryJobCounted_data();
    void aggregationKeepsEveryJobCounted();
    void runningJobGrowsUntilItEnds();
    void failedJobWithoutTimesShowsWhenGivenUp();
    void slicesMergeIntoBusyRuns();
    void coresAndMigrations();
    void coroutineSlicesTakeTurns();
};

void TestTimelineLanes::everyJobOnceInItsWorkersLane_data()
{
    QTest::addColumn<int>("jobs");
    QTest::addColumn<int>("workers");
    QTest::addColumn<bool>("backwards");
    QTest::newRow("book: 20 jobs, 2 workers") << 20 << 2 << false;
    QTest::newRow("one worker") << 50 << 1 << false;
    QTest::newRow("16 workers") << 1000 << 16 << false;
    QTest::newRow("published out of order") << 300 << 3 << true;
    QTest::newRow("many blocks") << 1000 << 2 << false;
    QTest::newRow("many blocks, out of order") << 5000 << 2 << true;
    QTest::newRow("a block exactly") << 128 << 2 << false;
    QTest::newRow("more workers than jobs") << 3 << 8 << false;
}

void TestTimelineLanes::everyJobOnceInItsWorkersLane()
{
    QFETCH(int, jobs);
    QFETCH(int, workers);
    QFETCH(bool, backwards);
    const Layout run = layout(jobs, workers, ms, backwards);
    TimelineLanes lanes;
    lanes.reset(run.store);
    QVERIFY(lanes.update(run.endNs));
    QCOMPARE(lanes.laneCount(), workers);
    QCOMPARE(lanes.jobCount(), jobs);
    QCOMPARE(lanes.extentNs(), run.endNs);
    std::vector<int> seen(jobs, 0);
    for (int l = 0; l < lanes.laneCount(); ++l) {
        const TimelineLanes::Lane &lane = lanes.lane(l);
        QCOMPARE(lane.info.id, l);
        QCOMPARE(lane.info.label, QStringLiteral("thread %1").arg(l + 1));
        // The per-block counts and reach agree with the jobs, one by one.
        const size_t block = TimelineLanes::blockSize;
        QCOMPARE(lane.blockCounts.size(), std::max<size_t>(1, (lane.jobs.size() + block - 1) / block));
        QCOMPARE(lane.blockReach.size(), lane.jobs.size() / block);
        TimelineLanes::Counts counts {};
        qint64 reach = 0;
        for (size_t k = 0; k < lane.jobs.size(); ++k) {
            if (k % block == 0)
                QVERIFY(lane.blockCounts[k / block] == counts);
            ++counts[int(lane.jobs[k].kind)];
            reach = std::max(reach, lane.jobs[k].endNs);
            if ((k + 1) % block == 0)
                QCOMPARE(lane.blockReach[k / block], reach);
        }
        QVERIFY(lane.counts == counts);
        QCOMPARE(lane.reach, reach);
        for (size_t k = 0; k < lane.jobs.size(); ++k) {
            const TimelineLanes::Job &job = lane.jobs[k];
            ++seen[job.index];
            const JobRecord &record = run.store->record(job.index);
            QCOMPARE(record.worker, l);
            if (k > 0)
                QVERIFY(lane.jobs[k - 1].startNs <= job.startNs);
            if (job.kind != TimelineLanes::Kind::Failed) {
                QCOMPARE(job.startNs, record.startNs);
                QCOMPARE(job.endNs, record.endNs);
            }
            const auto expected = job.index % 11 == 10               ? TimelineLanes::Kind::Failed
                : job.index % 5 == 4                                 ? TimelineLanes::Kind::Retried
                : MillerRabin::isPrime(run.store->number(job.index)) ? TimelineLanes::Kind::Prime
                                                                     : TimelineLanes::Kind::Composite;
            QCOMPARE(int(job.kind), int(expected));
            const auto found = lanes.find(job.index);
            QVERIFY(found);
            QCOMPARE(found->first, l);
            QCOMPARE(found->second.index, job.index);
        }
    }
    for (int i = 0; i < jobs; ++i)
        QCOMPARE(seen[i], 1);
    QVERIFY(!lanes.update(run.endNs)); // nothing new
}

void TestTimelineLanes::takesOnlyWhatIsNew()
{
    QList<quint64> numbers { 2, 3, 4, 5 };
    auto store = std::make_shared<RunStore>(numbers, 1);
    TimelineLanes lanes;
    lanes.reset(store);
    QVERIFY(!lanes.update(0));
    QCOMPARE(lanes.jobCount(), 0);
    for (int i = 0; i < 4; ++i) {
        finishOneMsJob(*store, i);
        QVERIFY(lanes.update(qint64((i + 1) * ms)));
        QCOMPARE(lanes.jobCount(), i + 1);
        QCOMPARE(lanes.lane(0).jobs.size(), size_t(i + 1));
    }
}

void TestTimelineLanes::takesAtMostWhatIsAskedFor()
{
    QList<quint64> numbers { 2, 3, 4, 5, 6, 7, 8 };
    auto store = std::make_shared<RunStore>(numbers, 1);
    TimelineLanes lanes;
    lanes.reset(store);
    for (int i = 0; i < numbers.size(); ++i)
        finishOneMsJob(*store, i);
    QCOMPARE(lanes.backlog(), 7);
    for (const int expected : { 3, 6, 7 }) {
        QVERIFY(lanes.update(10 * ms, 3));
        QCOMPARE(lanes.jobCount(), expected);
        QCOMPARE(lanes.backlog(), 7 - expected);
        // Found once taken, and not before: the view selects only what it draws.
        for (int i = 0; i < numbers.size(); ++i)
            QCOMPARE(lanes.find(i).has_value(), i < expected);
    }
    QVERIFY(!lanes.update(10 * ms, 3));
    // In completion order, each once.
    for (int i = 0; i < numbers.size(); ++i)
        QCOMPARE(lanes.lane(0).jobs[size_t(i)].index, i);
}

void TestTimelineLanes::aggregationKeepsEveryJobCounted_data()
{
    QTest::addColumn<int>("jobs");
    QTest::addColumn<int>("workers");
    QTest::addColumn<double>("width");
    QTest::addColumn<double>("zoom");
    QTest::addColumn<double>("at"); // where to zoom, as a fraction of the width
    QTest::newRow("fit all, 100,000 jobs on 800 px") << 100000 << 2 << 800.0 << 1.0 << 0.0;
    QTest::newRow("fit all, 16 lanes, 100 px") << 20000 << 16 << 100.0 << 1.0 << 0.0;
    QTest::newRow("fit all, few jobs, wide") << 20 << 2 << 2000.0 << 1.0 << 0.0;
    QTest::newRow("zoomed 10x in the middle") << 100000 << 4 << 1000.0 << 10.0 << 0.5;
    QTest::newRow("deep zoom at the end") << 100000 << 2 << 1000.0 << 5000.0 << 0.999;
    QTest::newRow("deep zoom at the start") << 100000 << 2 << 1000.0 << 5000.0 << 0.0;
}

void TestTimelineLanes::aggregationKeepsEveryJobCounted()
{
    QFETCH(int, jobs);
    QFETCH(int, workers);
    QFETCH(double, width);
    QFETCH(double, zoom);
    QFETCH(double, at);
    const Layout run = layout(jobs, workers, 10'000);
    TimelineLanes lanes;
    lanes.reset(run.store);
    lanes.update(run.endNs);
    TimeScale scale = fitAll(lanes, width);
    scale.zoom(zoom, at * width);
    qsizetype total = 0;
    for (int l = 0; l < lanes.laneCount(); ++l) {
        // What the view shows, counted one by one.
        qsizetype visible = 0;
        TimelineLanes::Counts expected {};
        for (const TimelineLanes::Job &job : lanes.lane(l).jobs) {
            if (job.endNs >= scale.startNs && job.startNs <= scale.endNs()) {
                ++visible;
                ++expected[int(job.kind)];
            }
        }
        // A folded bar ends where the latest of its lane's jobs up to its last one ends.
        const TimelineLanes::Jobs &jobs = lanes.lane(l).jobs;
        std::vector<qint64> reach(jobs.size());
        for (size_t k = 0; k < jobs.size(); ++k)
            reach[k] = std::max(k > 0 ? reach[k - 1] : jobs[k].endNs, jobs[k].endNs);
        size_t next = 0;
        qsizetype counted = 0;
        TimelineLanes::Counts byKind {};
        const std::vector<TimelineLanes::Bar> bars = lanes.bars(l, scale);
        QVERIFY(size_t(bars.size()) <= size_t(2 * width + 2));
        double lastX = -1e300;
        for (const TimelineLanes::Bar &bar : bars) {
            QVERIFY(bar.count >= 1);
            QVERIFY(bar.x1 >= bar.x0);
            QVERIFY(bar.x0 >= lastX);
            lastX = bar.x0;
            quint32 sum = 0;
            for (int k = 0; k < TimelineLanes::finishedKinds; ++k) {
                sum += bar.counts[k];
                byKind[k] += bar.counts[k];
            }
            QCOMPARE(int(sum), bar.count);
            QCOMPARE(bar.index >= 0, bar.count == 1);
            if (bar.count > 1) {
                while (next < jobs.size() && jobs[next].startNs != bar.startNs)
                    ++next;
                QVERIFY(next + bar.count <= jobs.size());
                QCOMPARE(bar.endNs, reach[next + bar.count - 1]);
                next += bar.count;
            }
            if (bar.count > 1) // folded bars fit in about a pixel, or end with their last job
                QVERIFY(bar.kind
                        == TimelineLanes::Kind(std::max_element(bar.counts.begin(), bar.counts.end())
                                               - bar.counts.begin()));
            counted += bar.count;
        }
        QCOMPARE(counted, visible);
        QVERIFY(byKind == expected);
        total += counted;
    }
    if (zoom == 1.0)
        QCOMPARE(total, qsizetype(jobs));
}

void TestTimelineLanes::runningJobGrowsUntilItEnds()
{
    QList<quint64> numbers { 97, 98 };
    auto store = std::make_shared<RunStore>(numbers, 1);
    TimelineLanes lanes;
    lanes.reset(store);
    store->setRunning(0, 1);
    QVERIFY(lanes.update(10 * ms));
    const TimelineLanes::Job running = lanes.lane(0).running;
    QCOMPARE(running.index, 1);
    QCOMPARE(int(running.kind), int(TimelineLanes::Kind::Running));
    QCOMPARE(running.endNs, 10 * ms);
    QCOMPARE(lanes.extentNs(), 10 * ms);
    lanes.update(25 * ms);
    QCOMPARE(lanes.lane(0).running.startNs, running.startNs);
    QCOMPARE(lanes.lane(0).running.endNs, 25 * ms);
    TimeScale scale;
    scale.fit(0, 30 * ms, 300);
    const auto bars = lanes.bars(0, scale);
    QCOMPARE(bars.size(), size_t(1));
    QCOMPARE(bars.front().index, 1);
    QVERIFY(lanes.bars(0, scale, false).empty());
    JobResult r;
    r.index = 1;
    r.number = 98;
    r.worker = 0;
    r.start = 0.005;
    r.end = 0.030;
    store->finish(r);
    QVERIFY(lanes.update(31 * ms));
    QCOMPARE(lanes.lane(0).running.index, -1);
    QCOMPARE(lanes.lane(0).jobs.size(), size_t(1));
    QCOMPARE(lanes.lane(0).jobs.front().startNs, 5 * ms);
    store->setRunning(0, 0);
    lanes.update(40 * ms);
    QCOMPARE(lanes.lane(0).running.index, 0);
    // It started after the worker's last job ended and after the last look.
    QCOMPARE(lanes.lane(0).running.startNs, 31 * ms);
    lanes.finish();
    QCOMPARE(lanes.lane(0).running.index, -1);
}

void TestTimelineLanes::failedJobWithoutTimesShowsWhenGivenUp()
{
    QList<quint64> numbers { 7 };
    auto store = std::make_shared<RunStore>(numbers, 2);
    TimelineLanes lanes;
    lanes.reset(store);
    JobResult r;
    r.index = 0;
    r.number = 7;
    r.worker = 1;
    r.attempts = 3;
    r.error = QStringLiteral("gave up after 3 tries");
    store->finish(r);
    lanes.update(42 * ms);
    QCOMPARE(lanes.lane(1).jobs.size(), size_t(1));
    const TimelineLanes::Job job = lanes.lane(1).jobs.front();
    QCOMPARE(int(job.kind), int(TimelineLanes::Kind::Failed));
    QCOMPARE(job.startNs, 42 * ms);
    QCOMPARE(job.endNs, 42 * ms);
    const auto found = lanes.find(0);
    QVERIFY(found);
    QCOMPARE(found->first, 1);
    QCOMPARE(found->second.startNs, 42 * ms);
    QVERIFY(!lanes.find(1));
    QVERIFY(!lanes.find(-1));
    TimeScale scale;
    scale.fit(0, 50 * ms, 500);
    const auto bar = lanes.barAt(1, scale, scale.toX(42 * ms) + 1);
    QVERIFY(bar);
    QCOMPARE(bar->index, 0);
}

void TestTimelineLanes::slicesMergeIntoBusyRuns()
{
    auto store = std::make_shared<RunStore>(QList<quint64> { 3 }, 1);
    // Turns of 1 ms with 1 ms gaps: apart at 0.1 ms a pixel, one run at 10 ms a pixel.
    for (int i = 0; i < 10; ++i)
        store->addSlice(0, { 2 * i * ms, (2 * i + 1) * ms, 0, 0 });
    TimelineLanes lanes;
    lanes.reset(store);
    lanes.update(20 * ms);
    QCOMPARE(lanes.lane(0).slices.size(), size_t(10));
    TimeScale fine;
    fine.fit(0, 20 * ms, 200);
    QCOMPARE(lanes.busyRuns(0, fine).size(), size_t(10));
    TimeScale coarse;
    coarse.fit(0, 20 * ms, 2);
    const auto runs = lanes.busyRuns(0, coarse);
    QCOMPARE(runs.size(), size_t(1));
    QVERIFY(std::abs(runs.front().second - coarse.toX(19 * ms)) < 1e-9);
    // A slice that grows after it was read is read again.
    store->addSlice(0, { 19 * ms + 1000, 25 * ms, 0, 0 });
    lanes.update(25 * ms);
    QCOMPARE(lanes.lane(0).slices.size(), size_t(10));
    QCOMPARE(lanes.lane(0).slices.back().endNs, 25 * ms);
}

void TestTimelineLanes::coresAndMigrations()
{
    auto store = std::make_shared<RunStore>(QList<quint64> { 3, 5 }, 2);
    store->addSlice(0, { 0, 10 * ms, 0, 0 });
    store->addSlice(0, { 11 * ms, 20 * ms, 0, 1 });
    store->addSlice(1, { 0, 10 * ms, 1, 1 });
    TimelineLanes lanes;
    lanes.reset(store);
    lanes.update(20 * ms);
    store->addSlice(0, { 21 * ms, 30 * ms, 0, 0 });
    store->addSlice(1, { 10 * ms + 1000, 20 * ms, 1, 1 }); // merged with its last: not a migration
    lanes.update(30 * ms);
    QCOMPARE(lanes.lane(0).migrations, 2);
    QCOMPARE(lanes.lane(1).migrations, 0);
    QCOMPARE(lanes.coreCount(), 2);
    TimeScale scale;
    scale.fit(0, 30 * ms, 300);
    const auto core0 = lanes.coreSegments(0, scale);
    QCOMPARE(core0.size(), size_t(2));
    QCOMPARE(core0[0].worker, 0);
    QCOMPARE(core0[1].worker, 0);
    QVERIFY(std::abs(core0[1].x0 - 210) < 1e-6);
    // Worker 1 alone on core 1 until worker 0 came too: from then on they took turns there.
    const auto core1 = lanes.coreSegments(1, scale);
    QCOMPARE(core1.size(), size_t(2));
    QCOMPARE(core1[0].worker, 1);
    QVERIFY(std::abs(core1[0].x0 - 0) < 1e-6);
    QVERIFY(std::abs(core1[0].x1 - 110) < 1e-6);
    QCOMPARE(core1[1].worker, -2);
    QVERIFY(std::abs(core1[1].x1 - 200) < 1e-6);
}

void TestTimelineLanes::coroutineSlicesTakeTurns()
{
    // Three coroutines on one thread, numbers of several slices each.
    const Workload workload
        = Workload::fromNumbers(QStringLiteral("turns"), QList<quint64>(6, 999999999989ull));
    CoroutineRunner runner;
    const RunReport report = RunnerTesting::run(runner, workload, RunnerTesting::options(3));
    QVERIFY(RunnerTesting::verifyReport(report, workload));
    TimelineLanes lanes;
    lanes.reset(runner.store());
    lanes.update(qint64(report.wallSeconds * 1e9));
    QCOMPARE(lanes.laneCount(), 3);
    QCOMPARE(lanes.jobCount(), 6);

    struct Turn
    {
        WorkSlice slice;
        int lane;
    };
    std::vector<Turn> turns;
    for (int l = 0; l < lanes.laneCount(); ++l) {
        for (const WorkSlice &s : lanes.lane(l).slices)
            turns.push_back({ s, l });
    }
    QVERIFY(turns.size() >= 6);
    std::sort(turns.begin(), turns.end(),
              [](const Turn &a, const Turn &b) { return a.slice.startNs < b.slice.startNs; });
    // One thread: no two coroutines ever run at once.
    for (size_t i = 1; i < turns.size(); ++i)
        QVERIFY2(
            turns[i].slice.startNs >= turns[i - 1].slice.endNs,
            qPrintable(
                QStringLiteral("coroutine %1 and %2 overlap").arg(turns[i - 1].lane).arg(turns[i].lane)));

    // Each job's own turns lie within it, on its worker, and add up to no more than its span;
    // taken together the jobs ran no longer than the run did: one core, shared in turns.
    constexpr qint64 clockSlack = ms; // start and end are read a moment apart from the slices
    qint64 ownTotal = 0;
    bool someJobWaited = false;
    for (int index = 0; index < workload.size(); ++index) {
        const JobRecord &record = runner.store()->record(index);
        qint64 own = 0;
        for (const Turn &turn : turns) {
            if (turn.slice.job != index)
                continue;
            QCOMPARE(turn.lane, record.worker);
            QVERIFY(turn.slice.startNs >= record.startNs - clockSlack);
            QVERIFY(turn.slice.endNs <= record.endNs + clockSlack);
            own += turn.slice.endNs - turn.slice.startNs;
        }
        // Its worker's turns during the job, whichever job they name (merged ones name none).
        qint64 covered = 0;
        for (const WorkSlice &s : lanes.lane(record.worker).slices)
            covered
                += std::max<qint64>(0, std::min(s.endNs, record.endNs) - std::max(s.startNs, record.startNs));
        QVERIFY(own <= covered + clockSlack);
        QVERIFY2(covered > 0, qPrintable(QStringLiteral("job %1 has no turn").arg(index)));
        QVERIFY(covered <= record.endNs - record.startNs);
        someJobWaited = someJobWaited || covered < record.endNs - record.startNs;
        ownTotal += covered;
    }
    QVERIFY(ownTotal <= qint64(report.wallSeconds * 1e9) + clockSlack);
    QVERIFY(someJobWaited);
}

QTEST_GUILESS_MAIN(TestTimelineLanes)
#include "tst_timelinelanes.moc"
