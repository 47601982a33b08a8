// The queue workers pull from: batches by cost and by the most jobs each job may travel with.
#include "jobqueue.h"

#include <QRandomGenerator>
#include <QTest>

#include <deque>

namespace {
using Jobs = QList<int>;
} // namespace

class TestJobQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void takeBatch_data();
    void takeBatch();
    void putBackComesFirst();
    void behavesLikeAListOfJobs_data();
    void behavesLikeAListOfJobs();
};

void TestJobQueue::takeBatch_data()
{
    // Ten jobs 0..9; job j costs costs[j] and may travel in a batch of at most limits[j] jobs
    // (0: no limit of its own).
    QTest::addColumn<Jobs>("costs");
    QTest::addColumn<Jobs>("limits");
    QTest::addColumn<int>("budget");
    QTest::addColumn<int>("maxJobs");
    QTest::addColumn<Jobs>("batches"); // the sizes of the batches, taken until empty
    const Jobs cheap(10, 1), none(10, 0);
    QTest::newRow("by count") << cheap << none << 100 << 4 << Jobs { 4, 4, 2 };
    QTest::newRow("by cost") << cheap << none << 3 << 100 << Jobs { 3, 3, 3, 1 };
    QTest::newRow("a costly job travels alone, even over budget")
        << Jobs { 1, 1, 50, 1, 1, 1, 1, 1, 1, 1 } << none << 10 << 100 << Jobs { 2, 1, 7 };
    QTest::newRow("a suspect travels alone")
        << cheap << Jobs { 0, 0, 1, 0, 0, 0, 0, 0, 0, 0 } << 100 << 100 << Jobs { 2, 1, 7 };
    // Pieces of a dead worker's batch lead the queue: what follows them rides in batches no
    // bigger than theirs.
    QTest::newRow("pieces keep their size")
        << cheap << Jobs { 2, 2, 0, 0, 0, 0, 0, 0, 0, 0 } << 100 << 100 << Jobs { 2, 8 };
    QTest::newRow("a piece behind fresh jobs stops the batch")
        << cheap << Jobs { 0, 0, 0, 0, 0, 3, 3, 3, 0, 0 } << 100 << 100 << Jobs { 5, 3, 2 };
}

void TestJobQueue::takeBatch()
{
    QFETCH(Jobs, costs);
    QFETCH(Jobs, limits);
    QFETCH(int, budget);
    QFETCH(int, maxJobs);
    QFETCH(Jobs, batches);
    JobQueue queue;
    queue.reset(int(costs.size()));
    Jobs sizes;
    int next = 0;
    const auto cost = [&costs](int job) { return quint64(costs.at(job)); };
    const auto limit = [&limits, maxJobs](int job) { return limits.at(job) > 0 ? limits.at(job) : maxJobs; };
    for (;;) {
        quint64 total = 0;
        const Jobs batch = queue.takeBatch(cost, quint64(budget), maxJobs, &total, limit);
        if (batch.isEmpty())
            break;
        quint64 expectedTotal = 0;
        for (int job : batch) {
            QCOMPARE(job, next++); // in order, none lost or repeated
            expectedTotal += cost(job);
        }
        QCOMPARE(total, expectedTotal);
        sizes.append(int(batch.size()));
    }
    QCOMPARE(next, int(costs.size()));
    QCOMPARE(sizes, batches);
}

void TestJobQueue::putBackComesFirst()
{
    JobQueue queue;
    queue.reset(3);
    QCOMPARE(queue.take(), std::optional<int>(0));
    QCOMPARE(queue.take(), std::optional<int>(1));
    queue.putBack(1);
    queue.putBack(0);
    QCOMPARE(queue.take(3), (Jobs { 0, 1, 2 }));
    QCOMPARE(queue.take(), std::nullopt);
}

void TestJobQueue::behavesLikeAListOfJobs_data()
{
    QTest::addColumn<int>("jobs");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("empty") << 0 << 1u;
    QTest::newRow("one job") << 1 << 2u;
    QTest::newRow("100 jobs") << 100 << 3u;
    QTest::newRow("100 jobs, other seed") << 100 << 4u;
    QTest::newRow("10,000 jobs") << 10000 << 5u;
}

// Every operation, chosen at random, against the plain list of job indexes it stands for.
void TestJobQueue::behavesLikeAListOfJobs()
{
    QFETCH(int, jobs);
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    JobQueue queue;
    queue.reset(jobs);
    std::deque<int> expected;
    for (int i = 0; i < jobs; ++i)
        expected.push_back(i);
    std::vector<int> taken;
    const auto takeExpected = [&expected, &taken] {
        const int job = expected.front();
        expected.pop_front();
        taken.push_back(job);
        return job;
    };
    // What taking up to max jobs at once gives.
    const auto takeExpectedUpTo = [&expected, &takeExpected](int max) {
        Jobs want;
        while (!expected.empty() && want.size() < max)
            want.append(takeExpected());
        return want;
    };
    for (int step = 0; step < 4 * jobs + 20; ++step) {
        QCOMPARE(queue.size(), int(expected.size()));
        QCOMPARE(queue.isEmpty(), expected.empty());
        QCOMPARE(queue.peek(), expected.empty() ? std::nullopt : std::optional<int>(expected.front()));
        switch (random.bounded(4)) {
        case 0:
            QCOMPARE(queue.take(), expected.empty() ? std::nullopt : std::optional<int>(takeExpected()));
            break;
        case 1: {
            const int max = int(random.bounded(1, 9));
            QCOMPARE(queue.take(max), takeExpectedUpTo(max));
            break;
        }
        case 2: {
            const int max = int(random.bounded(1, 9));
            QCOMPARE(queue.takeBatch([](int) { return quint64(1); }, 100, max), takeExpectedUpTo(max));
            break;
        }
        default: // a worker died: one of the jobs taken comes back
            if (!taken.empty()) {
                const size_t at = random.bounded(quint32(taken.size()));
                const int job = taken[at];
                taken.erase(taken.begin() + qsizetype(at));
                queue.putBack(job);
                expected.push_front(job);
            }
        }
    }
    queue.clear();
    QVERIFY(queue.isEmpty());
    QCOMPARE(queue.size(), 0);
    QCOMPARE(queue.take(), std::nullopt);
}

QTEST_GUILESS_MAIN(TestJobQueue)
#include "tst_jobqueue.moc"
