// The window's run without a widget: start, watch, stop, history, exports.
#include "divisionrate.h"
#include "resultsmodel.h"
#include "runcontroller.h"
#include "runhistorymodel.h"
#include "runmonitor.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <cerrno>

#include <fcntl.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

class TestRunController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runToTheEnd_data();
    void runToTheEnd();
    void stopLeavesTheRestUnchecked();
    void oneRunAtATime();
    void aRunFailingAtOnceStartsThenEnds();
    void aHugeListStoppedAtOnceIsRecorded();
    void closingWhileARunEndsKeepsItsEntry();
    void exports_data();
    void exports();
    void backgroundExport_data();
    void backgroundExport();
    void backgroundTrace();
    void closingDoesNotWaitForAStalledExport();
    void speedupNote_data();
    void speedupNote();

private:
    static RunOptions twoWorkers()
    {
        RunOptions options;
        options.workers = 2;
        return options;
    }
};

void TestRunController::runToTheEnd_data()
{
    QTest::addColumn<Mode>("mode");
    for (Mode mode : Modes::all())
        QTest::newRow(qPrintable(Modes::name(mode))) << mode;
}

void TestRunController::runToTheEnd()
{
    QFETCH(Mode, mode);
    RunController controller;
    QAbstractItemModelTester results(controller.results(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester history(controller.history(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy started(&controller, &RunController::started);
    QSignalSpy finished(&controller, &RunController::finished);
    QSignalSpy ended(&controller, &RunController::ended);
    QVERIFY(!controller.hasReport());
    QVERIFY(controller.start(Workload::book(), mode, twoWorkers()));
    QCOMPARE(started.size(), 1);
    QVERIFY(controller.isRunning());
    QVERIFY(!ended.isEmpty() || ended.wait(60000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!controller.isRunning());
    QCOMPARE(controller.results()->doneCount(), 20);
    QCOMPARE(controller.monitor()->total(), 20);
    for (int row = 0; row < 20; ++row)
        QCOMPARE(controller.results()->result(row).prime, Workload::book().expectedPrime.at(row));
    QCOMPARE(controller.history()->rowCount(), 1);
    QCOMPARE(controller.lastReport().mode, Modes::name(mode));
    QCOMPARE(controller.lastMode(), mode);
    QVERIFY(controller.elapsedSeconds() > 0);
    // A sequential run is its own baseline.
    QCOMPARE(controller.baselineSeconds().has_value(), mode == Mode::Sequential);
}

void TestRunController::stopLeavesTheRestUnchecked()
{
    RunController controller;
    QSignalSpy ended(&controller, &RunController::ended);
    QVERIFY(controller.start(Workload::large(), Mode::Threads, twoWorkers()));
    QTRY_VERIFY_WITH_TIMEOUT(controller.results()->runningCount() > 0, 10000);
    controller.stop();
    QVERIFY(controller.isCanceling() || !controller.isRunning());
    QVERIFY(!ended.isEmpty() || ended.wait(20000));
    const RunReport report = ended.first().first().value<RunReport>();
    QVERIFY(report.canceled);
    int unchecked = 0;
    for (int row = 0; row < controller.results()->rowCount(); ++row)
        unchecked += controller.results()->state(row) == ResultsModel::State::Unchecked;
    QVERIFY(unchecked > 0);
    QCOMPARE(unchecked + controller.results()->doneCount(), controller.results()->rowCount());
}

void TestRunController::aHugeListStoppedAtOnceIsRecorded()
{
    // Its key (a hash of the numbers) is worked out beside the run and may come after the
    // run's end: the end waits for it without blocking, and the history gets the right key.
    QList<quint64> numbers;
    for (quint64 n = 0; n < 2'000'000; ++n)
        numbers.append(1'000'000'007 + 2 * n);
    const Workload workload = Workload::fromNumbers(QStringLiteral("huge"), numbers);
    RunController controller;
    QSignalSpy finished(&controller, &RunController::finished);
    QSignalSpy ended(&controller, &RunController::ended);
    QVERIFY(controller.start(workload, Mode::Threads, twoWorkers()));
    controller.stop();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY(!controller.isRunning());
    QCOMPARE(ended.size(), 1);
    QVERIFY(ended.first().first().value<RunReport>().canceled);
    const RunHistory &history = controller.history()->history();
    QVERIFY(!history.runs().isEmpty());
    QCOMPARE(history.runs().constLast().workloadKey, RunHistory::keyFor(numbers));
    QVERIFY(controller.start(Workload::book(), Mode::Sequential, {}));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
}

void TestRunController::closingWhileARunEndsKeepsItsEntry()
{
    QList<quint64> numbers;
    for (quint64 n = 0; n < 4'000'000; ++n)
        numbers.append(1'000'000'007 + 2 * n);
    RunController controller;
    QSignalSpy ended(&controller, &RunController::ended);
    const qsizetype before = controller.history()->history().runs().size();
    QVERIFY(controller.start(Workload::fromNumbers(QStringLiteral("huge"), numbers), Mode::Threads,
                             twoWorkers()));
    controller.stop();
    QTRY_VERIFY_WITH_TIMEOUT(controller.lastReport().canceled, 20000);
    if (!controller.isRunning())
        QSKIP("the numbers' key was worked out before the run ended");
    controller.abandon(); // the window closes while the run waits for its key
    QVERIFY(!controller.isRunning());
    QTest::qWait(200);
    QVERIFY(ended.isEmpty());
    const RunHistory &history = controller.history()->history();
    QCOMPARE(history.runs().size(), before + 1);
    QCOMPARE(history.runs().constLast().workloadKey, RunHistory::keyFor(numbers));
}

void TestRunController::oneRunAtATime()
{
    RunController controller;
    QSignalSpy ended(&controller, &RunController::ended);
    QVERIFY(controller.start(Workload::large(), Mode::Threads, twoWorkers()));
    QVERIFY(!controller.start(Workload::book(), Mode::Sequential, {}));
    QCOMPARE(controller.lastMode(), Mode::Threads);
    controller.abandon(); // closing the window: no signal follows, no worker is left
    QVERIFY(!controller.isRunning());
    QTest::qWait(50);
    QVERIFY(ended.isEmpty());
}

// No worker program: the run fails inside its own start. Views still hear of it in order
// (a timeline reset after the end would show an empty run).
void TestRunController::aRunFailingAtOnceStartsThenEnds()
{
    RunController controller;
    QStringList heard;
    connect(&controller, &RunController::started, this, [&heard] { heard << QStringLiteral("started"); });
    connect(&controller, &RunController::failed, this,
            [&heard](const QString &message) { heard << QStringLiteral("failed: ") + message; });
    connect(&controller, &RunController::ended, this, [&heard] { heard << QStringLiteral("ended"); });
    RunOptions options = twoWorkers();
    options.workerProgram = QStringLiteral("/nonexistent/conviz-worker");
    QVERIFY(controller.start(Workload::book(), Mode::Processes, options));
    QCOMPARE(heard.size(), 3);
    QCOMPARE(heard.at(0), QStringLiteral("started"));
    QVERIFY2(heard.at(1).startsWith(QStringLiteral("failed: Cannot start the worker program")),
             qPrintable(heard.at(1)));
    QCOMPARE(heard.at(2), QStringLiteral("ended"));
    QVERIFY(!controller.isRunning());
}

void TestRunController::speedupNote_data()
{
    QTest::addColumn<QList<double>>("otherPerCore"); // what the sampler saw during the run
    QTest::addColumn<QStringList>("parts");
    QTest::newRow("busy machine") << QList<double> { 1.0, 0.3 }
                                  << QStringList { "allow at most 1.00x",
                                                   "other programs kept 1.3 cores busy during the run" };
    QTest::newRow("quiet machine, one job")
        << QList<double> { 0.05, 0.0 } << QStringList { "the machine was quiet", "allow at most 1.00x" };
}

void TestRunController::speedupNote()
{
    QFETCH(QList<double>, otherPerCore);
    QFETCH(QStringList, parts);
    CpuUsage usage;
    for (double other : otherPerCore)
        usage.cores.append({ 0.5, other });
    // One number: two workers cannot share it, whatever the model.
    const Workload one = Workload::fromNumbers(QStringLiteral("one"), { DivisionRate::primeTaking(0.2) });
    RunController controller;
    QSignalSpy finished(&controller, &RunController::finished);
    QVERIFY(controller.start(one, Mode::Threads, twoWorkers()));
    controller.recordUsage(usage);
    QVERIFY(finished.wait(30000));
    QVERIFY(controller.speedupNote().isEmpty()); // no baseline, no speedup, nothing to say
    QVERIFY(controller.start(one, Mode::Sequential, {}));
    QVERIFY(finished.wait(30000));
    QVERIFY(controller.speedupNote().isEmpty()); // the baseline itself
    QVERIFY(controller.start(one, Mode::Threads, twoWorkers()));
    for (int sample = 0; sample < 3; ++sample)
        controller.recordUsage(usage);
    QVERIFY(finished.wait(30000));
    const RunSummary summary = finished.constLast().at(1).value<RunSummary>();
    QVERIFY(summary.speedup);
    // Below 0.6 of the ideal 2x the note says why; the speedup itself is the machine's to give.
    const QString note = controller.speedupNote();
    QCOMPARE(note.isEmpty(), *summary.speedup >= 1.2);
    for (const QString &part : note.isEmpty() ? QStringList {} : parts)
        QVERIFY2(note.contains(part), qPrintable(note));
}

void TestRunController::exports_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("starts");
    QTest::newRow("csv") << QStringLiteral("r.csv") << QByteArray("mode,workers,index,number");
    QTest::newRow("json") << QStringLiteral("r.json") << QByteArray("{");
    QTest::newRow("markdown") << QStringLiteral("r.md") << QByteArray("**sequential**");
}

void TestRunController::exports()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, starts);
    RunController controller;
    QSignalSpy ended(&controller, &RunController::ended);
    QVERIFY(controller.start(Workload::book(), Mode::Sequential, {}));
    QVERIFY(!ended.isEmpty() || ended.wait(60000));
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QVERIFY2(controller.exportResults(path), qPrintable(controller.lastError()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith(starts));
    QVERIFY(controller.exportHistory(dir.filePath(QStringLiteral("h.") + QFileInfo(name).suffix())));
    QVERIFY(controller.exportTrace(dir.filePath(QStringLiteral("t.json"))));
    QVERIFY(!controller.exportResults(dir.filePath(QStringLiteral("r.xlsx"))));
    QVERIFY(controller.lastError().contains(QLatin1String(".csv")));
}

void TestRunController::backgroundExport_data()
{
    exports_data();
}

// Written on a worker thread, byte for byte what the synchronous export writes; one at a time,
// and a failure is said through lastError() when it ends.
void TestRunController::backgroundExport()
{
    QFETCH(QString, name);
    RunController controller;
    QSignalSpy ended(&controller, &RunController::ended);
    QVERIFY(controller.start(Workload::book(), Mode::Threads, twoWorkers()));
    QVERIFY(!ended.isEmpty() || ended.wait(60000));
    QTemporaryDir dir;
    const QString expectedPath = dir.filePath(QStringLiteral("sync-") + name);
    QVERIFY(controller.exportResults(expectedPath));
    const QString path = dir.filePath(name);
    QSignalSpy finished(&controller, &RunController::exportFinished);
    QVERIFY2(controller.startResultsExport(path), qPrintable(controller.lastError()));
    QVERIFY(controller.isExporting());
    QVERIFY(!controller.startResultsExport(dir.filePath(QStringLiteral("other.csv"))));
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(0).toString(), path);
    QVERIFY(finished.first().at(1).toBool());
    QVERIFY(!controller.isExporting());
    QFile expected(expectedPath);
    QFile written(path);
    QVERIFY(expected.open(QIODevice::ReadOnly) && written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), expected.readAll());

    QVERIFY(controller.startResultsExport(QStringLiteral("/no/such/dir/") + name));
    QVERIFY(finished.wait(60000));
    QVERIFY(!finished.last().at(1).toBool());
    QVERIFY(controller.lastError().contains(QLatin1String("/no/such/dir")));
    QVERIFY(!controller.startResultsExport(dir.filePath(QStringLiteral("r.xlsx"))));
    QVERIFY(controller.lastError().contains(QLatin1String(".csv")));
}

// The trace too is written on a worker thread, byte for byte what the synchronous one writes,
// and no other export starts meanwhile.
void TestRunController::backgroundTrace()
{
    RunController controller;
    QSignalSpy ended(&controller, &RunController::ended);
    QVERIFY(controller.start(Workload::book(), Mode::Threads, twoWorkers()));
    QVERIFY(!ended.isEmpty() || ended.wait(60000));
    QTemporaryDir dir;
    const QString expectedPath = dir.filePath(QStringLiteral("sync-trace.json"));
    QVERIFY(controller.exportTrace(expectedPath));
    const QString path = dir.filePath(QStringLiteral("trace.json"));
    QSignalSpy finished(&controller, &RunController::exportFinished);
    QVERIFY2(controller.startTraceExport(path), qPrintable(controller.lastError()));
    QVERIFY(controller.isExporting());
    QCOMPARE(controller.exportingPath(), path);
    QVERIFY(!controller.startResultsExport(dir.filePath(QStringLiteral("r.csv"))));
    QCOMPARE(controller.lastError(),
             QDir::toNativeSeparators(path) + QStringLiteral(" is still being written."));
    QVERIFY(!controller.startTraceExport(dir.filePath(QStringLiteral("other.json"))));
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(0).toString(), path);
    QVERIFY(finished.first().at(1).toBool());
    QVERIFY(controller.exportingPath().isEmpty());
    QFile expected(expectedPath);
    QFile written(path);
    QVERIFY(expected.open(QIODevice::ReadOnly) && written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), expected.readAll());
}

// A disk that does not answer (a pipe nobody reads: its writer blocks once it is full) does not
// keep the window from closing: the destructor gives the export exportFinishMs, then leaves it.
// Without that deadline this test never ends.
void TestRunController::closingDoesNotWaitForAStalledExport()
{
    QTemporaryDir dir;
    const QString stalled = dir.filePath(QStringLiteral("stalled.csv"));
    QVERIFY(::mkfifo(QFile::encodeName(stalled).constData(), 0600) == 0);
    const int reader = ::open(QFile::encodeName(stalled).constData(), O_RDONLY | O_NONBLOCK);
    QVERIFY(reader >= 0);
    // Closed whatever fails below, or the export left behind would stay stuck.
    const auto closeReader = qScopeGuard([reader] { ::close(reader); });
    auto controller = std::make_unique<RunController>();
    QSignalSpy ended(controller.get(), &RunController::ended);
    const Workload workload = Workload::generated(50000, 7, 0.3, 5); // megabytes of CSV
    QVERIFY(controller->start(workload, Mode::Sequential, {}));
    QVERIFY(!ended.isEmpty() || ended.wait(60000));
    QVERIFY2(controller->startResultsExport(stalled), qPrintable(controller->lastError()));
    // The pipe full: the export's thread is stuck in a write.
    int queued = 0;
    QTRY_VERIFY_WITH_TIMEOUT(::ioctl(reader, FIONREAD, &queued) == 0 && queued >= 4096 * 4, 30000);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("stalled.csv was still being written after 5 s")));
    controller.reset();
    // Read at last, the export left behind sees it was canceled, stops at its next block of
    // rows and closes the pipe (or this loop would never end).
    qint64 total = 0;
    char buffer[65536];
    for (ssize_t n = -1; n != 0;) {
        pollfd ready { reader, POLLIN, 0 };
        QVERIFY2(::poll(&ready, 1, 30000) == 1, "the export left behind neither wrote nor closed");
        n = ::read(reader, buffer, sizeof buffer);
        QVERIFY(n >= 0 || errno == EAGAIN || errno == EINTR);
        total += std::max<ssize_t>(n, 0);
    }
    QVERIFY(total > 0);
    QVERIFY(total < workload.size() * 20); // not all of it
}

QTEST_MAIN(TestRunController)
#include "tst_runcontroller.moc"
