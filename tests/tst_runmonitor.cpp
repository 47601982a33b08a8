// The batching between a runner and the window: every result reaches the model, in few
// batches, and the worker bars know who does what.
#include "runmonitor.h"
#include "runner.h"
#include "runnerfactory.h"
#include "runnertesting.h"
#include "workload.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestRunMonitor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyResultArrives_data();
    void everyResultArrives();
    void batchesBoundTheRepaints();
    void stoppedRun();
};

void TestRunMonitor::everyResultArrives_data()
{
    RunnerTesting::addModeRows();
}

void TestRunMonitor::everyResultArrives()
{
    QFETCH(Mode, mode);
    ResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RunMonitor monitor(&model);
    const std::unique_ptr<Runner> runner = RunnerFactory::create(mode);
    const Workload workload = Workload::book();
    monitor.watch(runner.get(), workload.numbers);
    QSignalSpy finished(runner.get(), &Runner::runFinished);
    RunOptions options;
    options.workers = 2;
    runner->start(workload, options);
    QCOMPARE(model.rowCount(), 20); // listed as the run starts
    QVERIFY(!finished.isEmpty() || finished.wait(60000));
    QCOMPARE(monitor.done(), 20);
    QCOMPARE(monitor.total(), 20);
    for (int row = 0; row < 20; ++row) {
        QCOMPARE(model.state(row), ResultsModel::State::Done);
        QCOMPARE(model.result(row).prime, workload.expectedPrime.at(row));
        QCOMPARE(model.index(row, ResultsModel::Verified).data().toString(), QStringLiteral("✓"));
    }
    const int units = mode == Mode::Sequential ? 1 : 2;
    // Each worker's count is the rows it checked, counted afresh in the next run.
    for (int run = 0; run < 2; ++run) {
        if (run == 1) {
            finished.clear();
            runner->start(workload, options);
            QVERIFY(!finished.isEmpty() || finished.wait(60000));
        }
        QCOMPARE(monitor.workers().size(), units);
        QList<int> rowsOf(units);
        for (int row = 0; row < 20; ++row)
            ++rowsOf[model.result(row).worker];
        for (int id = 0; id < units; ++id) {
            const WorkerState &worker = monitor.workers().at(id);
            QVERIFY(worker.finished);
            QCOMPARE(worker.job, -1);
            QVERIFY(!worker.info.label.isEmpty());
            QCOMPARE(worker.info.pid > 0, mode == Mode::Processes);
            QCOMPARE(worker.done, rowsOf.at(id));
        }
    }
}

void TestRunMonitor::batchesBoundTheRepaints()
{
    ResultsModel model;
    RunMonitor monitor(&model);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy updated(&monitor, &RunMonitor::updated);
    const std::unique_ptr<Runner> runner = RunnerFactory::create(Mode::Threads);
    const Workload workload = Workload::generated(100000, 6, 0.3, 7);
    monitor.watch(runner.get(), workload.numbers);
    QSignalSpy finished(runner.get(), &Runner::runFinished);
    runner->start(workload, {});
    QVERIFY(!finished.isEmpty() || finished.wait(60000));
    QCOMPARE(monitor.done(), 100000);
    // One repaint per flush at most (plus the end of the run), not one per result.
    QVERIFY2(changed.size() <= monitor.flushes() + 2,
             qPrintable(
                 QStringLiteral("%1 dataChanged for %2 flushes").arg(changed.size()).arg(monitor.flushes())));
    QCOMPARE(updated.size(), monitor.flushes() + 1);
}

void TestRunMonitor::stoppedRun()
{
    ResultsModel model;
    RunMonitor monitor(&model);
    const std::unique_ptr<Runner> runner = RunnerFactory::create(Mode::Threads);
    const Workload workload = Workload::large();
    monitor.watch(runner.get(), workload.numbers);
    QSignalSpy finished(runner.get(), &Runner::runFinished);
    RunOptions options;
    options.workers = 2;
    runner->start(workload, options);
    QTRY_VERIFY(model.runningCount() > 0);
    runner->cancel();
    QVERIFY(!finished.isEmpty() || finished.wait(20000));
    QCOMPARE(model.runningCount(), 0);
    int unchecked = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        unchecked += model.state(row) == ResultsModel::State::Unchecked;
    QCOMPARE(unchecked + model.doneCount(), model.rowCount());
    QVERIFY(unchecked > 0);
}

QTEST_MAIN(TestRunMonitor)
#include "tst_runmonitor.moc"
