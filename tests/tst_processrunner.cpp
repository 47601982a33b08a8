// What only the processes mode promises: retries when a worker dies, hangs or talks
// garbage, and no child left behind.
#include "processrunner.h"
#include "runnertesting.h"

#include <QDir>

#include <csignal>

using namespace RunnerTesting;

namespace {
// Equal numbers that take a few tenths of a second each: long enough to be killed mid-job.
Workload slowPrimes(int count)
{
    QList<quint64> numbers(count, 99999999999999997ull); // prime, about 0.2 s
    return Workload::fromNumbers(QStringLiteral("slow"), numbers);
}

struct FaultScope
{
    explicit FaultScope(const QByteArray &spec) { qputenv("CONVIZ_WORKER_FAULT", spec); }
    ~FaultScope() { qunsetenv("CONVIZ_WORKER_FAULT"); }
};
} // namespace

class TestProcessRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedWorkerIsReplacedAndJobRetried();
    void misbehavingWorker_data();
    void misbehavingWorker();
    void missingProgramFails();
    void childrenAreGoneAfterRun();
};

void TestProcessRunner::killedWorkerIsReplacedAndJobRetried()
{
    ProcessRunner runner;
    const Workload workload = slowPrimes(6);
    QSignalSpy workers(&runner, &Runner::workerStarted);
    QSignalSpy finished(&runner, &Runner::runFinished);
    runner.start(workload, options(2));
    // The first worker the store shows busy is the victim.
    const auto busyWorker = [&runner] {
        for (int w = 0; w < runner.store()->workerSlots(); ++w) {
            if (runner.store()->activity(w).job.load() >= 0)
                return w;
        }
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(busyWorker() >= 0, 10000);
    const int victim = busyWorker();
    const QList<qint64> before = runner.childPids();
    QCOMPARE(before.size(), 2);
    qint64 victimPid = 0;
    for (const QList<QVariant> &args : std::as_const(workers)) {
        const WorkerInfo info = args.at(0).value<WorkerInfo>();
        if (info.id == victim && info.pid)
            victimPid = info.pid;
    }
    QVERIFY(victimPid > 0);
    QCOMPARE(::kill(pid_t(victimPid), SIGKILL), 0);

    QVERIFY(!finished.isEmpty() || finished.wait(30000));
    const RunReport report = finished.first().at(0).value<RunReport>();
    QVERIFY(verifyReport(report, workload));
    int retried = 0;
    for (qsizetype i = 0; i < report.size(); ++i)
        retried += report.result(i).attempts == 2;
    QCOMPARE(retried, 1);
    // The replacement announced itself with a new pid under the same worker id.
    QVERIFY(!runner.report().worker(victim) || runner.report().worker(victim)->pid != victimPid);
    QVERIFY(childProcesses().isEmpty());
}

void TestProcessRunner::misbehavingWorker_data()
{
    QTest::addColumn<QByteArray>("fault");
    QTest::addColumn<QString>("reason");
    QTest::newRow("crashes") << QByteArray("crash-on:%1") << QStringLiteral("crashed");
    QTest::newRow("talks garbage") << QByteArray("garbage-on:%1")
                                   << QStringLiteral("RESULT: expected 5 fields, got 2");
    QTest::newRow("hangs") << QByteArray("silent") << QStringLiteral("no answer for");
}

void TestProcessRunner::misbehavingWorker()
{
    QFETCH(QByteArray, fault);
    QFETCH(QString, reason);
    const Workload workload = Workload::book();
    const quint64 poison = workload.numbers.at(3);
    const FaultScope scope(fault.replace("%1", QByteArray::number(poison)));
    RunOptions opts = options(2);
    opts.workerTimeoutMs = 300;
    ProcessRunner runner;
    const RunReport report = run(runner, workload, opts);
    QCOMPARE(report.size(), workload.size());
    QVERIFY(!report.canceled);
    const bool hangs = fault == "silent";
    for (qsizetype i = 0; i < workload.size(); ++i) {
        const JobResult r = report.result(i);
        QCOMPARE(r.index, int(i));
        if (hangs || r.number == poison) {
            // Every try failed: the job ends as a clear error, never silently lost.
            QCOMPARE(r.attempts, opts.maxAttempts);
            QVERIFY2(r.error.contains(reason), qPrintable(r.error));
            QVERIFY(r.error.contains(QLatin1String("3 tries")));
        } else {
            QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
            QCOMPARE(r.prime, workload.expectedPrime.at(i));
        }
    }
    QVERIFY(childProcesses().isEmpty());
}

void TestProcessRunner::missingProgramFails()
{
    ProcessRunner runner;
    QSignalSpy failed(&runner, &Runner::runFailed);
    RunOptions opts = options(2);
    opts.workerProgram = QStringLiteral("/no/such/conviz-worker");
    runner.start(Workload::book(), opts);
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(failed.first().at(0).toString().contains(QLatin1String("/no/such/conviz-worker")));
    QVERIFY(!runner.isRunning());
}

void TestProcessRunner::childrenAreGoneAfterRun()
{
    ProcessRunner runner;
    const RunReport report = run(runner, Workload::book(), options(3));
    QVERIFY(verifyReport(report, Workload::book()));
    QCOMPARE(report.workers.size(), 3);
    for (const WorkerInfo &w : report.workers) {
        QVERIFY(w.pid > 0);
        QVERIFY(!QDir(QStringLiteral("/proc/%1").arg(w.pid)).exists());
    }
    QVERIFY(runner.childPids().isEmpty());
}

QTEST_GUILESS_MAIN(TestProcessRunner)
#include "tst_processrunner.moc"
