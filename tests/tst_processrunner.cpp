// What only the processes mode promises: retries when a worker dies, hangs or talks
// garbage, and no child left behind.
#include "processrunner.h"
#include "runnertesting.h"
#include "testpaths.h"

#include <QDir>
#include <QMap>

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
    explicit FaultScope(const QByteArray &spec, const char *variable = "CONVIZ_WORKER_FAULT")
        : m_variable(variable)
    {
        qputenv(variable, spec);
    }
    ~FaultScope() { qunsetenv(m_variable); }
    const char *m_variable;
};

const QString fakeWorker = TestPaths::program(QStringLiteral("conviz-fakeworker"));

// Cheap numbers, one of which (97) a faulty worker picks on.
Workload smallNumbers()
{
    return Workload::fromNumbers(QStringLiteral("small"), { 2, 3, 4, 97, 100, 1000003 });
}

// Each check within the run, and a worker's checks one after another on its lane.
void checkLanes(const RunReport &report)
{
    QMap<int, QList<std::pair<double, double>>> lanes;
    for (qsizetype i = 0; i < report.size(); ++i) {
        const JobResult r = report.result(i);
        QVERIFY(r.start <= r.end);
        QVERIFY(r.end <= report.wallSeconds);
        lanes[r.worker].append({ r.start, r.end });
    }
    for (QList<std::pair<double, double>> &lane : lanes) {
        std::sort(lane.begin(), lane.end());
        for (qsizetype i = 1; i < lane.size(); ++i)
            QVERIFY2(lane.at(i).first >= lane.at(i - 1).second - 1e-9,
                     qPrintable(QStringLiteral("%1..%2 overlaps %3..%4")
                                    .arg(lane.at(i - 1).first)
                                    .arg(lane.at(i - 1).second)
                                    .arg(lane.at(i).first)
                                    .arg(lane.at(i).second)));
    }
}
} // namespace

class TestProcessRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedWorkerIsReplacedAndJobRetried();
    void misbehavingWorker_data();
    void misbehavingWorker();
    void untrustedWorker_data();
    void untrustedWorker();
    void crashInALongBatchChargesOnlyItsNumber();
    void tinyChecksAreDatedOneAfterAnother();
    void startReadWithItsResult_data();
    void startReadWithItsResult();
    void cancelKillsDuringShutdown();
    void programFromEnvironment();
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
    QTest::newRow("hangs") << QByteArray("silent") << QStringLiteral("no progress for");
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

void TestProcessRunner::untrustedWorker_data()
{
    // program: the fake worker (CONVIZ_FAKE_WORKER) or the real one (CONVIZ_WORKER_FAULT).
    QTest::addColumn<bool>("fake");
    QTest::addColumn<QByteArray>("spec");
    QTest::addColumn<QList<quint64>>("failing"); // empty: none; {0}: every number
    QTest::addColumn<QString>("reason");
    const QList<quint64> none, all { 0 }, only97 { 97 };
    QTest::newRow("lies about one number")
        << true << QByteArray("lie-on:97") << only97 << QStringLiteral("Miller-Rabin finds it prime");
    QTest::newRow("lies about every number")
        << true << QByteArray("lie") << all << QStringLiteral("Miller-Rabin");
    QTest::newRow("hangs") << true << QByteArray("hang") << all << QStringLiteral("no progress for");
    QTest::newRow("stalls in PROGRESS")
        << true << QByteArray("stall") << all << QStringLiteral("no progress for");
    QTest::newRow("talks on after a bad line")
        << true << QByteArray("talk-after-garbage") << all << QStringLiteral("RESULT: expected 5 fields");
    QTest::newRow("claims a check longer than the run")
        << true << QByteArray("long-elapsed") << all << QStringLiteral("longer than the run");
    QTest::newRow("repeats each answer") << true << QByteArray("repeat") << none << QString();
    QTest::newRow("answers a batch in one line") << true << QByteArray("answers") << none << QString();
    QTest::newRow("lies about one number in a batch's line")
        << true << QByteArray("answers-lie-on:97") << only97 << QStringLiteral("Miller-Rabin finds it prime");
    QTest::newRow("answers more jobs than it was given")
        << true << QByteArray("answers-too-many") << all << QStringLiteral("ANSWERS for more jobs");
    QTest::newRow("answers from the wrong job")
        << true << QByteArray("answers-misplaced") << all << QStringLiteral("not the next one it owes");
    QTest::newRow("ignores QUIT and SIGTERM") << true << QByteArray("ignore-quit") << none << QString();
    QTest::newRow("fake crashes on one number")
        << true << QByteArray("crash-on:97") << only97 << QStringLiteral("crashed");
    QTest::newRow("real worker crashes on one number")
        << false << QByteArray("crash-on:97") << only97 << QStringLiteral("crashed");
}

void TestProcessRunner::untrustedWorker()
{
    QFETCH(bool, fake);
    QFETCH(QByteArray, spec);
    QFETCH(QList<quint64>, failing);
    QFETCH(QString, reason);
    const FaultScope scope(spec, fake ? "CONVIZ_FAKE_WORKER" : "CONVIZ_WORKER_FAULT");
    const Workload workload = smallNumbers();
    RunOptions opts = options(2);
    if (fake)
        opts.workerProgram = fakeWorker;
    opts.workerTimeoutMs = 300;
    opts.quitTimeoutMs = 200;
    ProcessRunner runner;
    const RunReport report = run(runner, workload, opts, 30000);
    QCOMPARE(report.size(), workload.size());
    QVERIFY(!report.canceled);
    for (qsizetype i = 0; i < workload.size(); ++i) {
        const JobResult r = report.result(i);
        QCOMPARE(r.index, int(i));
        QCOMPARE(r.number, workload.numbers.at(i));
        if (failing == QList<quint64> { 0 } || failing.contains(r.number)) {
            // Every try failed: the number ends as a clear error, never as a wrong answer.
            QVERIFY2(r.error.contains(reason), qPrintable(r.error));
            QVERIFY2(r.error.contains(QLatin1String("3 tries")), qPrintable(r.error));
            QCOMPARE(r.attempts, opts.maxAttempts);
        } else {
            // Only the number at fault pays: its neighbours in a batch are answered once.
            QVERIFY2(r.error.isEmpty(), qPrintable(QString::number(r.number) + QLatin1Char(' ') + r.error));
            QCOMPARE(r.prime, MillerRabin::isPrime(r.number));
            QCOMPARE(r.attempts, 1);
            QVERIFY(r.elapsed <= report.wallSeconds);
        }
    }
    QCOMPARE(runner.report().failedCount(),
             int(failing == QList<quint64> { 0 } ? workload.size() : failing.size()));
    QVERIFY(runner.childPids().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(childProcesses().isEmpty(), 5000);
}

void TestProcessRunner::crashInALongBatchChargesOnlyItsNumber()
{
    // Hundreds of tiny numbers travel in batches whose answers go out together: the crash
    // loses the answers before it, so the supervisor cannot tell the culprit until the batch,
    // halved again and again, leaves it alone. Its neighbours are never charged.
    QList<quint64> numbers;
    for (quint64 n = 2; n < 1002; ++n)
        numbers.append(n);
    const quint64 poison = 997;
    const FaultScope scope("crash-on:" + QByteArray::number(poison));
    const Workload workload = Workload::fromNumbers(QStringLiteral("tiny"), numbers);
    RunOptions opts = options(2);
    ProcessRunner runner;
    const RunReport report = run(runner, workload, opts, 30000);
    QCOMPARE(report.size(), workload.size());
    for (qsizetype i = 0; i < report.size(); ++i) {
        const JobResult r = report.result(i);
        if (r.number == poison) {
            QVERIFY2(r.error.contains(QLatin1String("crashed")), qPrintable(r.error));
            QCOMPARE(r.attempts, opts.maxAttempts);
        } else {
            QVERIFY2(r.error.isEmpty(), qPrintable(QString::number(r.number) + QLatin1Char(' ') + r.error));
            QCOMPARE(r.prime, MillerRabin::isPrime(r.number));
            QCOMPARE(r.attempts, 1);
        }
    }
    QCOMPARE(runner.report().failedCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(childProcesses().isEmpty(), 5000);
}

void TestProcessRunner::tinyChecksAreDatedOneAfterAnother()
{
    // Tiny checks say no START: the supervisor dates each from the one before it and the
    // time the worker measured, so a worker's checks follow each other on its lane.
    QList<quint64> numbers;
    for (quint64 n = 1000000; n < 1020000; ++n)
        numbers.append(n);
    const Workload workload = Workload::fromNumbers(QStringLiteral("tiny"), numbers);
    ProcessRunner runner;
    const RunReport report = run(runner, workload, options(2), 30000);
    QVERIFY(verifyReport(report, workload));
    checkLanes(report);
}

// A busy supervisor reads a worker's START and its RESULT together: the check is dated from
// the time the worker measured, not squeezed to nothing at the moment both were read.
void TestProcessRunner::startReadWithItsResult_data()
{
    QTest::addColumn<QList<quint64>>("numbers");
    QTest::addColumn<int>("workers");
    QTest::addColumn<double>("share"); // of the measured time End - Start gives at least
    // Alone, it began within the time the worker measured before its answer was read: dated
    // exactly.
    QTest::newRow("one number") << QList<quint64> { 1000003 } << 1 << 1.0;
    // After another check whose answer was also read late, it cannot begin before that one
    // was dated to end: short of its time by at most how late the answers were read, never
    // squeezed to nothing.
    QTest::newRow("six numbers, two workers") << QList<quint64> { 2, 3, 4, 97, 100, 1000003 } << 2 << 0.5;
}

// A busy supervisor reads a worker's START and its RESULT together: the check is dated from
// the time the worker measured, not squeezed to nothing at the moment both were read.
void TestProcessRunner::startReadWithItsResult()
{
    QFETCH(QList<quint64>, numbers);
    QFETCH(int, workers);
    QFETCH(double, share);
    const FaultScope scope("start-with-result", "CONVIZ_FAKE_WORKER");
    RunOptions opts = options(workers);
    opts.workerProgram = fakeWorker;
    ProcessRunner runner;
    const Workload workload = Workload::fromNumbers(QStringLiteral("late"), numbers);
    const RunReport report = run(runner, workload, opts, 30000);
    QVERIFY(verifyReport(report, workload));
    for (qsizetype i = 0; i < report.size(); ++i) {
        const JobResult r = report.result(i);
        QVERIFY2(
            r.elapsed >= 0.03 && r.end - r.start >= share * r.elapsed - 1e-6,
            qPrintable(
                QStringLiteral("job %1: %2 s from %3 to %4").arg(i).arg(r.elapsed).arg(r.start).arg(r.end)));
    }
    checkLanes(report);
}

void TestProcessRunner::cancelKillsDuringShutdown()
{
    // Every answer in, QUIT sent, and a worker that ignores it: cancel still ends the run now.
    const FaultScope scope("ignore-quit", "CONVIZ_FAKE_WORKER");
    RunOptions opts = options(2);
    opts.workerProgram = fakeWorker;
    opts.quitTimeoutMs = 600000;
    ProcessRunner runner;
    QSignalSpy finished(&runner, &Runner::runFinished);
    runner.start(smallNumbers(), opts);
    QTRY_VERIFY_WITH_TIMEOUT(runner.store()->finishedCount() == runner.store()->size(), 10000);
    QTest::qWait(100);
    QVERIFY(finished.isEmpty());
    QVERIFY(runner.isRunning());
    runner.cancel();
    QVERIFY(!finished.isEmpty() || finished.wait(10000));
    QVERIFY(runner.childPids().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(childProcesses().isEmpty(), 5000);
}

void TestProcessRunner::programFromEnvironment()
{
    // CONVIZ_WORKER_PROGRAM chooses the worker when the options do not: here a liar, caught.
    const FaultScope program(fakeWorker.toUtf8(), "CONVIZ_WORKER_PROGRAM");
    const FaultScope lie("lie-on:97", "CONVIZ_FAKE_WORKER");
    RunOptions opts = options(1);
    opts.workerProgram.clear();
    ProcessRunner runner;
    const RunReport report = run(runner, smallNumbers(), opts, 30000);
    QCOMPARE(report.size(), smallNumbers().size());
    QCOMPARE(report.failedCount(), 1);
    QVERIFY(report.result(3).error.contains(QLatin1String("Miller-Rabin")));
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
