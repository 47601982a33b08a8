// The contract every execution model keeps, whatever the mode.
#include "runnertesting.h"
#include "trialdivision.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

using namespace RunnerTesting;

class TestRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void answers_data();
    void answers();
    void signalsAddUp_data();
    void signalsAddUp();
    void cancelAtRandomMoments_data();
    void cancelAtRandomMoments();
    void deleteWhileRunning_data();
    void deleteWhileRunning();
    void emptyWorkload_data();
    void emptyWorkload();
    void verificationIsPreparedOffTheClock_data();
    void verificationIsPreparedOffTheClock();
    void checksWithoutADivisionAreNotTimed_data();
    void checksWithoutADivisionAreNotTimed();

private:
    void addModes();
};

void TestRunner::addModes()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<int>("workers");
    for (Mode mode : RunnerTesting::testableModes()) {
        for (int workers : { 1, 2, 3 }) {
            // Sequential has one worker whatever it is given: once with more, to check that.
            if (mode == Mode::Sequential && workers == 2)
                continue;
            const QByteArray tag = (Modes::name(mode) + QStringLiteral(" x%1").arg(workers)).toUtf8();
            QTest::newRow(tag.constData()) << mode << workers;
        }
    }
}

void TestRunner::answers_data()
{
    addModes();
}

void TestRunner::answers()
{
    QFETCH(Mode, mode);
    QFETCH(int, workers);
    for (const Workload &workload : { Workload::book(), Workload::generated(300, 9, 0.4, 11) }) {
        const std::unique_ptr<Runner> runner = RunnerFactory::create(mode);
        QVERIFY(runner);
        QCOMPARE(runner->mode(), mode);
        const RunReport report = run(*runner, workload, options(workers));
        QVERIFY2(verifyReport(report, workload), qPrintable(workload.name));
        QCOMPARE(report.mode, Modes::name(mode));
        QCOMPARE(report.checkedCount(), workload.size());
        QCOMPARE(report.workers.size(), mode == Mode::Sequential ? 1 : workers);
        QCOMPARE(report.workerCount, mode == Mode::Sequential ? 1 : workers); // as exports say it
        // The run's CPU time, worker processes included, next to its wall time: never more
        // than every core busy for the whole run.
        QVERIFY2(report.cpuSeconds > 0, qPrintable(QString::number(report.cpuSeconds)));
        QVERIFY2(
            report.cpuSeconds <= report.wallSeconds * QThread::idealThreadCount() + 0.1,
            qPrintable(QStringLiteral("cpu %1 s, wall %2 s").arg(report.cpuSeconds).arg(report.wallSeconds)));
        QVERIFY(!runner->isRunning());
    }
}

void TestRunner::signalsAddUp_data()
{
    addModes();
}

void TestRunner::signalsAddUp()
{
    QFETCH(Mode, mode);
    QFETCH(int, workers);
    const std::unique_ptr<Runner> runner = RunnerFactory::create(mode);
    QSignalSpy started(runner.get(), &Runner::runStarted);
    QSignalSpy workerStarted(runner.get(), &Runner::workerStarted);
    QSignalSpy workerFinished(runner.get(), &Runner::workerFinished);
    // A view slow to get ready for the run (a table of a million rows) is not the run's cost:
    // its clock starts after runStarted.
    constexpr int viewsReadyMs = 100;
    double secondsAtStart = -1;
    connect(runner.get(), &Runner::runStarted, this, [&runner, &secondsAtStart] {
        secondsAtStart = runner->secondsSinceStart();
        QThread::msleep(viewsReadyMs);
    });
    // Small numbers: the signals are what is checked here, the book's answers are in answers().
    const Workload workload = Workload::generated(20, 12, 0.5, 7);
    QElapsedTimer waited;
    waited.start();
    const RunReport report = run(*runner, workload, options(workers));
    const double waitedSeconds = double(waited.nsecsElapsed()) / 1e9;
    QVERIFY(verifyReport(report, workload));
    QCOMPARE(secondsAtStart, 0.0);
    QVERIFY2(report.wallSeconds <= waitedSeconds - viewsReadyMs / 1000.0,
             qPrintable(QStringLiteral("run %1 s of %2 s").arg(report.wallSeconds).arg(waitedSeconds)));
    QCOMPARE(started.size(), 1);
    const int units = mode == Mode::Sequential ? 1 : workers;
    QCOMPARE(workerFinished.size(), units);
    QVERIFY(workerStarted.size() >= units); // processes announce again with their pid
    // The store's completion log names every job exactly once.
    QCOMPARE(report.store->finishedCount(), 20);
    QSet<int> indexes;
    qsizetype cursor = 0;
    report.store->takeFinished(cursor, [&indexes](qint32 index) { indexes.insert(index); });
    QCOMPARE(cursor, 20);
    QCOMPARE(indexes.size(), 20);
}

void TestRunner::cancelAtRandomMoments_data()
{
    addModes();
}

void TestRunner::cancelAtRandomMoments()
{
    QFETCH(Mode, mode);
    QFETCH(int, workers);
    QRandomGenerator random(uint(int(mode) * 10 + workers));
    const Workload workload = Workload::book();
    for (int i = 0; i < 8; ++i) {
        const std::unique_ptr<Runner> runner = RunnerFactory::create(mode);
        QSignalSpy finished(runner.get(), &Runner::runFinished);
        runner->start(workload, options(workers));
        QTest::qWait(random.bounded(0, 250));
        runner->cancel();
        runner->cancel(); // twice is harmless
        QVERIFY(!finished.isEmpty() || finished.wait(20000));
        QCOMPARE(finished.size(), 1);
        const RunReport report = finished.at(0).at(0).value<RunReport>();
        // Whatever was checked is right; the rest is marked unchecked.
        for (qsizetype i = 0; i < report.size(); ++i) {
            if (const JobResult r = report.result(i); r.index >= 0)
                QCOMPARE(r.prime, MillerRabin::isPrime(r.number));
        }
        QVERIFY(!runner->isRunning());
        QVERIFY(childProcesses().isEmpty());
    }
}

void TestRunner::deleteWhileRunning_data()
{
    addModes();
}

void TestRunner::deleteWhileRunning()
{
    QFETCH(Mode, mode);
    QFETCH(int, workers);
    for (int delay : { 0, 5, 60 }) {
        auto runner = RunnerFactory::create(mode);
        runner->start(Workload::large(), options(workers));
        QTest::qWait(delay);
        runner.reset();
        QVERIFY(childProcesses().isEmpty());
        // Coroutines suspended at the moment of deletion wake up and must return quietly.
        QTest::qWait(20);
    }
}

void TestRunner::verificationIsPreparedOffTheClock_data()
{
    RunnerTesting::addModeRows();
}

// Many small numbers are verified with a sieve. It is built before the clocks start, where no
// job's time counts it; the processes mode builds it while its workers start.
void TestRunner::verificationIsPreparedOffTheClock()
{
    QFETCH(Mode, mode);
    const std::unique_ptr<Runner> runner = RunnerFactory::create(mode);
    const Workload workload = Workload::generated(20000, 5, 0.3, 3);
    bool preparedAtStart = false;
    connect(runner.get(), &Runner::runStarted, this,
            [&] { preparedAtStart = runner->store()->isVerificationPrepared(); });
    const RunReport report = run(*runner, workload, options(2));
    QVERIFY(verifyReport(report, workload));
    QCOMPARE(preparedAtStart, mode != Mode::Processes);
    QVERIFY(runner->store()->isVerificationPrepared());
}

void TestRunner::checksWithoutADivisionAreNotTimed_data()
{
    RunnerTesting::addModeRows();
}

// Every mode records a check without a division (an even number, or one below 9) as taking no
// time, ending where it started; the others take some.
void TestRunner::checksWithoutADivisionAreNotTimed()
{
    QFETCH(Mode, mode);
    const std::unique_ptr<Runner> runner = RunnerFactory::create(mode);
    Workload workload;
    workload.name = QStringLiteral("evens and odds");
    for (quint64 n = 0; n < 400; ++n)
        workload.numbers.append(n % 3 == 0 ? 1'000'000'007 + 2 * n : n);
    const RunReport report = run(*runner, workload, options(2));
    QVERIFY(verifyReport(report, workload));
    int untimed = 0;
    for (int i = 0; i < workload.size(); ++i) {
        const JobRecord &record = report.store->record(i);
        if (TrialDivision::divisionsFor(workload.numbers.at(i)) > 0) {
            QVERIFY(record.elapsedNs > 0);
            continue;
        }
        ++untimed;
        QCOMPARE(record.elapsedNs, qint64(0));
        QCOMPARE(record.endNs, record.startNs);
    }
    QVERIFY(untimed > 100);
}

void TestRunner::emptyWorkload_data()
{
    addModes();
}

void TestRunner::emptyWorkload()
{
    QFETCH(Mode, mode);
    QFETCH(int, workers);
    const std::unique_ptr<Runner> runner = RunnerFactory::create(mode);
    const Workload empty = Workload::fromNumbers(QStringLiteral("empty"), {});
    const RunReport report = run(*runner, empty, options(workers));
    QCOMPARE(report.size(), 0);
    QVERIFY(!report.canceled);
}

QTEST_GUILESS_MAIN(TestRunner)
#include "tst_runner.moc"
