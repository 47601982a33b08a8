// BatchRun, the engine of compare and sweep: runs one after another, each exactly once, and a
// batch stopped and started again is not driven by what the stopped one left behind.
#include "batchrun.h"

#include <QSignalSpy>
#include <QTest>

class TestBatchRun : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void runsEachPlannedRunOnce_data();
    void runsEachPlannedRunOnce();
    void restartDuringTheMachineCheck();
};

namespace {
const Workload smallWorkload = Workload::generated(30, 9, 0.5, 11);

QList<int> startedIndices(const QSignalSpy &started)
{
    QList<int> indices;
    for (const QList<QVariant> &arguments : started)
        indices.append(arguments.at(0).toInt());
    return indices;
}

QList<int> upTo(int count)
{
    QList<int> all;
    for (int i = 0; i < count; ++i)
        all.append(i);
    return all;
}
} // namespace

void TestBatchRun::initTestCase()
{
    qRegisterMetaType<Mode>();
    qRegisterMetaType<CpuUsage>();
}

void TestBatchRun::runsEachPlannedRunOnce_data()
{
    QTest::addColumn<bool>("sweep");
    QTest::addColumn<int>("repeat");
    QTest::addColumn<int>("checkMs");
    QTest::newRow("compare, once, no check") << false << 1 << 0;
    QTest::newRow("compare, twice, checked") << false << 2 << 100;
    QTest::newRow("sweep to 3 workers") << true << 1 << 0;
}

void TestBatchRun::runsEachPlannedRunOnce()
{
    QFETCH(bool, sweep);
    QFETCH(int, repeat);
    QFETCH(int, checkMs);
    const QList<PlannedRun> plan = sweep ? BatchRun::sweepPlan(Mode::Threads, 3)
                                         : BatchRun::comparePlan({ Mode::Threads, Mode::Coroutines }, 2);
    BatchRun batch;
    batch.setCheckMs(checkMs);
    QSignalSpy started(&batch, &BatchRun::runStarted);
    QSignalSpy checked(&batch, &BatchRun::machineChecked);
    QSignalSpy finished(&batch, &BatchRun::finished);
    QVERIFY(batch.start(smallWorkload, plan, repeat));
    QVERIFY(!batch.start(smallWorkload, plan, repeat)); // one batch at a time
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(startedIndices(started), upTo(batch.total()));
    QCOMPARE(batch.done(), batch.total());
    QCOMPARE(checked.size(), checkMs > 0 ? 1 : 0);
}

void TestBatchRun::restartDuringTheMachineCheck()
{
    // Stop while the machine is being watched, start again at once: the first check's timer
    // still fires, and must not start a run of the new batch early (two runs at once, one
    // dropped without its sample).
    const QList<PlannedRun> plan = BatchRun::comparePlan({ Mode::Threads }, 2);
    BatchRun batch;
    batch.setCheckMs(300);
    QSignalSpy finished(&batch, &BatchRun::finished);
    QVERIFY(batch.start(smallWorkload, plan, 1));
    batch.stop();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(batch.done(), 0);

    QSignalSpy started(&batch, &BatchRun::runStarted);
    QSignalSpy checked(&batch, &BatchRun::machineChecked);
    QVERIFY(batch.start(smallWorkload, plan, 1));
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.at(1).at(0).toBool(), false);
    QCOMPARE(checked.size(), 1);
    QCOMPARE(startedIndices(started), upTo(batch.total()));
    QCOMPARE(batch.done(), batch.total());
}

QTEST_GUILESS_MAIN(TestBatchRun)
#include "tst_batchrun.moc"
