#include "appendnumber.h"
#include "millerrabin.h"
#include "resultsexport.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {
// Three numbers: one checked on thread 1, one retried on thread 2, one never checked.
RunReport sampleReport()
{
    JobResult a;
    a.index = 0;
    a.number = 2;
    a.prime = true;
    a.elapsed = 0.000001;
    a.worker = 0;
    a.start = 0.0001;
    a.end = 0.000101;
    JobResult b;
    b.index = 1;
    b.number = 9999999999999999ull;
    b.prime = false;
    b.elapsed = 1.25;
    b.worker = 1;
    b.start = 0.25;
    b.end = 1.5;
    b.attempts = 2;
    JobResult c;
    c.number = 18446744073709551557ull;
    RunReport report = RunReport::fromResults({ a.number, b.number, c.number }, { a, b, c }, 2);
    report.mode = QStringLiteral("threads");
    report.workload = QStringLiteral("book");
    report.workerCount = 2;
    report.wallSeconds = 1.5;
    report.canceled = true;
    report.workers = { { 0, QStringLiteral("thread 1"), 0 }, { 1, QStringLiteral("thread 2"), 0 } };
    return report;
}

// Records how the export wrote: never the whole run in one write.
class CountingDevice : public QIODevice
{
public:
    CountingDevice() { open(QIODevice::WriteOnly); }
    qint64 total = 0;
    qint64 largestWrite = 0;
    qint64 lines = 0;
    QByteArray head;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        total += size;
        largestWrite = std::max(largestWrite, size);
        lines += std::count(data, data + size, '\n');
        if (head.size() < 4096)
            head += QByteArray(data, std::min<qint64>(size, 4096));
        return size;
    }
};

// A device that refuses every write after the first few bytes.
class FullDevice : public QIODevice
{
public:
    FullDevice() { open(QIODevice::WriteOnly); }
    qint64 writes = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64) override
    {
        ++writes;
        return -1;
    }
};

QByteArray golden(const QString &name)
{
    QFile file(TestPaths::fixture(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}
} // namespace

class TestResultsExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void golden_data();
    void golden();
    void jsonKeepsBigNumbersExact();
    void faultyRows();
    void streamsAMillionRows_data();
    void streamsAMillionRows();
    void stopsAtAFailedWrite();
    void chromeTrace();
    void markdownNamesEachWorkerProcess();
    void jsonIsWhatQJsonDocumentWrites_data();
    void jsonIsWhatQJsonDocumentWrites();
    void traceEventFormat_data();
    void traceEventFormat();
    void formatForPath_data();
    void formatForPath();
    void writeAndFail_data();
    void writeAndFail();
    void secondsAsADoubleWritesThem_data();
    void secondsAsADoubleWritesThem();
    void secondsOfManyTimes();
};

void TestResultsExport::golden_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("file");
    QTest::newRow("csv") << int(ExportFormat::Csv) << QStringLiteral("export.csv");
    QTest::newRow("json") << int(ExportFormat::Json) << QStringLiteral("export.json");
    QTest::newRow("markdown") << int(ExportFormat::Markdown) << QStringLiteral("export.md");
}

void TestResultsExport::golden()
{
    QFETCH(int, format);
    QFETCH(QString, file);
    const QByteArray actual = ResultsExport::to(ExportFormat(format), sampleReport());
    // The golden files change only on purpose: CONVIZ_UPDATE_GOLDEN=1 rewrites them, and the
    // diff is reviewed before it is committed.
    if (qEnvironmentVariableIsSet("CONVIZ_UPDATE_GOLDEN")) {
        QFile out(TestPaths::fixture(file));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(actual);
    }
    const QByteArray expected = ::golden(file);
    QVERIFY2(!expected.isEmpty(), qPrintable(file));
    QCOMPARE(actual, expected);
}

void TestResultsExport::jsonKeepsBigNumbersExact()
{
    const QJsonObject root = QJsonDocument::fromJson(ResultsExport::toJson(sampleReport())).object();
    const QJsonArray results = root.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.at(2).toObject().value(QStringLiteral("number")).toString(),
             QStringLiteral("18446744073709551557"));
    QVERIFY(!results.at(2).toObject().contains(QStringLiteral("prime")));
}

void TestResultsExport::faultyRows()
{
    // A wrong answer from a worker process, a number that failed with a comma in its reason.
    JobResult wrong;
    wrong.index = 0;
    wrong.number = 4;
    wrong.prime = true;
    wrong.worker = 0;
    JobResult failed;
    failed.index = 1;
    failed.number = 97;
    failed.worker = 0;
    failed.attempts = 3;
    failed.error = QStringLiteral("the worker crashed, 3 times");
    RunReport report = RunReport::fromResults({ 4, 97 }, { wrong, failed }, 1);
    report.mode = QStringLiteral("processes");
    report.workerCount = 1;
    report.workers = { { 0, QStringLiteral("process 1"), 4242 } };
    QCOMPARE(report.faultCount(), 2);
    QCOMPARE(report.faultMessages(),
             (QStringList { QStringLiteral("#1 4: answered prime, but Miller-Rabin finds it composite"),
                            QStringLiteral("#2 97: the worker crashed, 3 times") }));
    QCOMPARE(report.faultMessages(1).size(), 2);
    QCOMPARE(report.faultMessages(1).last(), QStringLiteral("… and 1 more number(s) without an answer"));

    const QList<QByteArray> csv = ResultsExport::toCsv(report).split('\n');
    QCOMPARE(csv.at(1),
             QByteArray("processes,1,1,4,true,0.000000,process-1,0.000000,0.000000,1,"
                        "\"answered prime, but Miller-Rabin finds it composite\",false"));
    QCOMPARE(csv.at(2), QByteArray("processes,1,2,97,,,process-1,,,3,\"the worker crashed, 3 times\","));

    const QByteArray markdown = ResultsExport::toMarkdown(report);
    QVERIFY2(markdown.contains("| process-1 | 4242 |"), markdown.constData());
    QVERIFY2(markdown.contains("| **no**: answered prime, but Miller-Rabin finds it composite |"),
             markdown.constData());

    const QJsonArray rows = QJsonDocument::fromJson(ResultsExport::toJson(report))
                                .object()
                                .value(QStringLiteral("results"))
                                .toArray();
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("verified")).toBool(true), false);
    QVERIFY(rows.at(0).toObject().contains(QStringLiteral("error")));
}

void TestResultsExport::streamsAMillionRows_data()
{
    QTest::addColumn<int>("format"); // -1: the trace
    QTest::addColumn<int>("rows");
    QTest::newRow("csv") << int(ExportFormat::Csv) << 1'000'000;
    QTest::newRow("json") << int(ExportFormat::Json) << 100'000;
    QTest::newRow("markdown") << int(ExportFormat::Markdown) << 100'000;
    QTest::newRow("trace") << -1 << 100'000;
}

void TestResultsExport::streamsAMillionRows()
{
    QFETCH(int, format);
    QFETCH(int, rows);
    constexpr int count = 1'000'000;
    static const RunReport million = [] {
        QList<quint64> numbers(count);
        for (int i = 0; i < count; ++i)
            numbers[i] = quint64(1'000'000 + i);
        RunReport r;
        r.mode = QStringLiteral("threads");
        r.workerCount = 2;
        r.workers = { { 0, QStringLiteral("thread 1"), 0 }, { 1, QStringLiteral("thread 2"), 0 } };
        auto store = std::make_shared<RunStore>(numbers, 2);
        JobResult result;
        for (int i = 0; i < count; ++i) {
            result.index = i;
            result.number = numbers.at(i);
            result.prime = MillerRabin::isPrime(result.number);
            result.worker = i % 2;
            store->finish(result);
        }
        r.store = std::move(store);
        return r;
    }();
    RunReport report = million;
    if (rows < count) {
        QList<quint64> numbers;
        QList<JobResult> results;
        for (int i = 0; i < rows; ++i) {
            numbers << million.store->number(i);
            results << million.result(i);
        }
        report.store = RunReport::fromResults(numbers, results, 2).store;
    }
    CountingDevice device;
    const bool ok = format < 0 ? ResultsExport::writeChromeTrace(report, device)
                               : ResultsExport::write(ExportFormat(format), report, device);
    QVERIFY(ok);
    QVERIFY2(device.largestWrite <= 128 * 1024, QByteArray::number(device.largestWrite).constData());
    QVERIFY(device.total > rows * 30);
    if (format == int(ExportFormat::Csv)) {
        QCOMPARE(device.lines, rows + 1);
        QVERIFY(device.head.startsWith("mode,workers,index,number,prime,elapsed_s,worker,start_s,end_s,"
                                       "attempts,error,verified\nthreads,2,1,1000000,false,"));
    }
}

void TestResultsExport::stopsAtAFailedWrite()
{
    FullDevice device;
    QVERIFY(!ResultsExport::write(ExportFormat::Csv, sampleReport(), device));
    QVERIFY(!ResultsExport::writeChromeTrace(sampleReport(), device));
}

void TestResultsExport::chromeTrace()
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(ResultsExport::toChromeTrace(sampleReport()), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray events = doc.object().value(QStringLiteral("traceEvents")).toArray();
    int complete = 0;
    QSet<int> namedTids;
    for (const QJsonValue &value : events) {
        const QJsonObject event = value.toObject();
        const QString phase = event.value(QStringLiteral("ph")).toString();
        if (phase == QLatin1String("X")) {
            ++complete;
            QVERIFY(event.value(QStringLiteral("dur")).toInteger() > 0);
        } else if (phase == QLatin1String("M")
                   && event.value(QStringLiteral("name")) == QLatin1String("thread_name")) {
            namedTids.insert(event.value(QStringLiteral("tid")).toInt());
        }
    }
    QCOMPARE(complete, 2); // the unchecked number has no span
    QCOMPARE(namedTids, (QSet<int> { 1, 2 }));

    // Worker processes each get a pid of their own.
    RunReport processes = sampleReport();
    processes.workers
        = { { 0, QStringLiteral("process 1"), 4242 }, { 1, QStringLiteral("process 2"), 4243 } };
    const QJsonArray processEvents = QJsonDocument::fromJson(ResultsExport::toChromeTrace(processes))
                                         .object()
                                         .value(QStringLiteral("traceEvents"))
                                         .toArray();
    QSet<qint64> pids;
    for (const QJsonValue &value : processEvents) {
        if (value.toObject().value(QStringLiteral("ph")) == QLatin1String("X"))
            pids.insert(value.toObject().value(QStringLiteral("pid")).toInteger());
    }
    QCOMPARE(pids, (QSet<qint64> { 4242, 4243 }));
}

void TestResultsExport::markdownNamesEachWorkerProcess()
{
    RunReport processes = sampleReport();
    processes.mode = QStringLiteral("processes");
    processes.workers
        = { { 0, QStringLiteral("process 1"), 4242 }, { 1, QStringLiteral("process 2"), 4243 } };
    const QList<QByteArray> lines = ResultsExport::toMarkdown(processes).split('\n');
    QCOMPARE(lines.value(4),
             QByteArray("| 1 | 2 | P | yes | 0.000001 | ") + processes.workerKey(0).toUtf8()
                 + " | 4242 | 0.000100 | 0.000101 | 1 |");
    QCOMPARE(lines.value(5),
             QByteArray("| 2 | 9999999999999999 |  | yes | 1.250000 | ") + processes.workerKey(1).toUtf8()
                 + " | 4243 | 0.250000 | 1.500000 | 2 |");
}

void TestResultsExport::jsonIsWhatQJsonDocumentWrites_data()
{
    QTest::addColumn<RunReport>("report");
    QTest::addColumn<bool>("trace"); // or the results as JSON
    RunReport processes = sampleReport();
    processes.workers
        = { { 0, QStringLiteral("process 1"), 4242 }, { 1, QStringLiteral("process 2"), 2147483648 } };
    // A job with no time at all, one late in a long run, the largest number there is.
    JobResult instant;
    instant.index = 0;
    instant.number = 18446744073709551615ull;
    instant.worker = 0;
    JobResult late;
    late.index = 1;
    late.number = 1'000'003;
    late.prime = true;
    late.worker = 1;
    late.start = 86399.999999;
    late.end = 86400.5;
    late.elapsed = 0.500001;
    late.attempts = 3;
    // Whole seconds, which a QJsonValue keeps as integers.
    JobResult whole;
    whole.index = 2;
    whole.number = 4;
    whole.worker = 0;
    whole.elapsed = 3;
    whole.start = 100;
    whole.end = 1e6;
    // A wrong answer: not verified, so it takes the slow way beside the others.
    JobResult wrong;
    wrong.index = 3;
    wrong.number = 9;
    wrong.prime = true;
    wrong.worker = 1;
    wrong.start = 0.5;
    wrong.end = 0.75;
    RunReport edges = RunReport::fromResults({ instant.number, late.number, whole.number, wrong.number },
                                             { instant, late, whole, wrong }, 2);
    edges.mode = QStringLiteral("coroutines");
    edges.workers = { { 0, QStringLiteral("coroutine \"1\""), 0 }, { 1, QStringLiteral("coroutine\t2"), 0 } };
    for (const bool trace : { true, false }) {
        const char *what = trace ? "trace" : "results";
        QTest::addRow("%s, threads", what) << sampleReport() << trace;
        QTest::addRow("%s, processes", what) << processes << trace;
        QTest::addRow("%s, edges", what) << edges << trace;
    }
}

void TestResultsExport::jsonIsWhatQJsonDocumentWrites()
{
    // The jobs' events and the common rows are written as bytes. Read back, each is the
    // QJsonObject the export builds for the other rows (and once built for every event);
    // written again by QJsonDocument, the file is the same to the byte: together, what the
    // QJsonObjects gave.
    QFETCH(RunReport, report);
    QFETCH(bool, trace);
    const QByteArray json = trace ? ResultsExport::toChromeTrace(report) : ResultsExport::toJson(report);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.toJson(trace ? QJsonDocument::Compact : QJsonDocument::Indented), json);
    const auto place = [&report](int worker) {
        const WorkerInfo *w = report.worker(worker);
        return w && w->pid ? std::pair<qint64, qint64> { w->pid, 1 }
                           : std::pair<qint64, qint64> { 1, worker + 1 };
    };
    const auto micros = [](double seconds) { return std::llround(seconds * 1e6); };
    QList<QJsonObject> expected;
    for (qsizetype i = 0; i < report.size(); ++i) {
        const JobResult r = report.result(i);
        if (trace) {
            if (!r.isValid())
                continue;
            expected << QJsonObject { { QStringLiteral("name"), QString::number(r.number) },
                                      { QStringLiteral("cat"),
                                        r.prime ? QStringLiteral("prime") : QStringLiteral("composite") },
                                      { QStringLiteral("ph"), QStringLiteral("X") },
                                      { QStringLiteral("ts"), micros(r.start) },
                                      { QStringLiteral("dur"), std::max<qint64>(1, micros(r.end - r.start)) },
                                      { QStringLiteral("pid"), place(r.worker).first },
                                      { QStringLiteral("tid"), place(r.worker).second },
                                      { QStringLiteral("args"),
                                        QJsonObject { { QStringLiteral("index"), i + 1 },
                                                      { QStringLiteral("prime"), r.prime },
                                                      { QStringLiteral("attempts"), r.attempts } } } };
            continue;
        }
        expected << ResultsExport::jsonRow(report, i);
    }
    // The document as the QJsonObjects make it: the one read back with each job's event or
    // row replaced by its object, written by QJsonDocument, is the file to the byte (a number
    // read back may have changed kind: 10000000000000000 reads as 1e+16).
    QJsonObject root = doc.object();
    const QString arrayKey = trace ? QStringLiteral("traceEvents") : QStringLiteral("results");
    QJsonArray array = root.value(arrayKey).toArray();
    qsizetype next = 0;
    for (qsizetype at = 0; at < array.size(); ++at) {
        const QString category = array.at(at).toObject().value(QStringLiteral("cat")).toString();
        if (!trace || category == QLatin1String("prime") || category == QLatin1String("composite")) {
            QVERIFY(next < expected.size());
            array.replace(at, expected.at(next++));
        }
    }
    QCOMPARE(next, expected.size());
    root.insert(arrayKey, array);
    QCOMPARE(QJsonDocument(root).toJson(trace ? QJsonDocument::Compact : QJsonDocument::Indented), json);
}

void TestResultsExport::traceEventFormat_data()
{
    QTest::addColumn<qint64>("pid"); // the worker's pid: 0 for a coroutine
    QTest::newRow("coroutines on one thread") << qint64(0);
    QTest::newRow("a worker process") << qint64(4242);
}

void TestResultsExport::traceEventFormat()
{
    QFETCH(qint64, pid);
    // Two jobs on one worker, the second taking turns in two slices; two CPU samples.
    JobResult first;
    first.index = 0;
    first.number = 7;
    first.prime = true;
    first.worker = 0;
    first.start = 0.0;
    first.end = 0.010;
    JobResult second = first;
    second.index = 1;
    second.number = 11;
    second.start = 0.010;
    second.end = 0.050;
    auto shared = std::make_shared<RunStore>(QList<quint64> { 7, 11 }, 1);
    shared->finish(first);
    shared->finish(second);
    shared->addSlice(0, { 0, 10'000'000, 0, 0 });
    shared->addSlice(0, { 10'000'000, 20'000'000, 1, 1 });
    shared->addSlice(0, { 40'000'000, 50'000'000, 1, 0 });
    RunReport report;
    report.mode = QStringLiteral("coroutines");
    report.workerCount = 1;
    report.workers = { { 0, pid ? QStringLiteral("process 1") : QStringLiteral("coroutine 1"), pid } };
    report.store = shared;
    const QList<UtilizationSample> utilization { { 0.02, CpuUsage { { { 0.9, 0.1 }, { 0.0, 0.5 } } } },
                                                 { 0.04, CpuUsage { { { 1.0, 0.0 }, { 0.2, 0.0 } } } } };
    QJsonParseError error;
    const QJsonDocument doc
        = QJsonDocument::fromJson(ResultsExport::toChromeTrace(report, utilization), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray events = doc.object().value(QStringLiteral("traceEvents")).toArray();
    QSet<QString> phases;
    QList<QJsonObject> jobs, slices, counters;
    QSet<QPair<qint64, qint64>> namedLanes;
    for (const QJsonValue &value : events) {
        const QJsonObject event = value.toObject();
        const QString phase = event.value(QStringLiteral("ph")).toString();
        phases.insert(phase);
        QVERIFY(event.value(QStringLiteral("name")).isString());
        QVERIFY(event.value(QStringLiteral("pid")).isDouble());
        if (phase == QLatin1String("X")) {
            QVERIFY(event.value(QStringLiteral("ts")).isDouble());
            QVERIFY(event.value(QStringLiteral("dur")).toInteger() > 0);
            QVERIFY(event.value(QStringLiteral("tid")).isDouble());
            (event.value(QStringLiteral("cat")) == QLatin1String("slice") ? slices : jobs).append(event);
        } else if (phase == QLatin1String("C")) {
            QVERIFY(event.value(QStringLiteral("ts")).isDouble());
            const QJsonObject args = event.value(QStringLiteral("args")).toObject();
            QVERIFY(!args.isEmpty());
            for (const QJsonValue &series : args)
                QVERIFY(series.isDouble());
            counters.append(event);
        } else if (phase == QLatin1String("M")) {
            QVERIFY(event.value(QStringLiteral("args")).toObject().value(QStringLiteral("name")).isString());
            if (event.value(QStringLiteral("name")) == QLatin1String("thread_name"))
                namedLanes.insert({ event.value(QStringLiteral("pid")).toInteger(),
                                    event.value(QStringLiteral("tid")).toInteger() });
        }
    }
    QCOMPARE(phases, (QSet<QString> { QStringLiteral("M"), QStringLiteral("X"), QStringLiteral("C") }));
    QCOMPARE(jobs.size(), 2);
    // Every lane with a job has a name, the worker process's too.
    for (const QJsonObject &job : jobs)
        QVERIFY(namedLanes.contains(
            { job.value(QStringLiteral("pid")).toInteger(), job.value(QStringLiteral("tid")).toInteger() }));
    QCOMPARE(jobs.constFirst().value(QStringLiteral("pid")).toInteger(), pid ? pid : 1);
    // Only the job that took turns has slices, nested inside it on its lane.
    QCOMPARE(slices.size(), 2);
    const QJsonObject &job = jobs.at(1);
    for (const QJsonObject &slice : slices) {
        QCOMPARE(slice.value(QStringLiteral("tid")), job.value(QStringLiteral("tid")));
        QCOMPARE(slice.value(QStringLiteral("pid")), job.value(QStringLiteral("pid")));
        const qint64 start = slice.value(QStringLiteral("ts")).toInteger();
        QVERIFY(start >= job.value(QStringLiteral("ts")).toInteger());
        QVERIFY(start + slice.value(QStringLiteral("dur")).toInteger()
                <= job.value(QStringLiteral("ts")).toInteger()
                    + job.value(QStringLiteral("dur")).toInteger());
    }
    // Per sample: each core's load and the run's own CPU.
    QCOMPARE(counters.size(), 2 * 3);
    QCOMPARE(counters.at(0).value(QStringLiteral("ts")).toInteger(), 20000);
    QCOMPARE(
        counters.at(0).value(QStringLiteral("args")).toObject().value(QStringLiteral("this run")).toDouble(),
        90.0);
    QCOMPARE(
        counters.at(2).value(QStringLiteral("args")).toObject().value(QStringLiteral("cores")).toDouble(),
        0.9);
}

void TestResultsExport::formatForPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format"); // -1: none
    QTest::newRow("csv") << QStringLiteral("/tmp/a.csv") << int(ExportFormat::Csv);
    QTest::newRow("CSV") << QStringLiteral("A.CSV") << int(ExportFormat::Csv);
    QTest::newRow("json") << QStringLiteral("run.json") << int(ExportFormat::Json);
    QTest::newRow("md") << QStringLiteral("t.md") << int(ExportFormat::Markdown);
    QTest::newRow("markdown") << QStringLiteral("t.markdown") << int(ExportFormat::Markdown);
    QTest::newRow("txt") << QStringLiteral("t.txt") << -1;
    QTest::newRow("none") << QStringLiteral("results") << -1;
}

void TestResultsExport::formatForPath()
{
    QFETCH(QString, path);
    QFETCH(int, format);
    const std::optional<ExportFormat> found = ExportFiles::formatForPath(path);
    QCOMPARE(found ? int(*found) : -1, format);
}

void TestResultsExport::writeAndFail_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::addColumn<bool>("ok");
    QTest::newRow("plain file") << QStringLiteral("out.csv") << true;
    QTest::newRow("missing folder") << QStringLiteral("no/such/folder/out.csv") << false;
    QTest::newRow("a folder") << QStringLiteral(".") << false;
}

void TestResultsExport::writeAndFail()
{
    QFETCH(QString, relativePath);
    QFETCH(bool, ok);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(relativePath);
    QString error;
    QCOMPARE(ExportFiles::write(path, "data\n", &error), ok);
    QCOMPARE(error.isEmpty(), ok);
    if (!ok)
        QVERIFY2(error.contains(path), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestResultsExport)
namespace {
QByteArray viaDouble(double value)
{
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 6);
    return QByteArray(buffer, result.ptr - buffer);
}
} // namespace

void TestResultsExport::secondsAsADoubleWritesThem_data()
{
    QTest::addColumn<double>("seconds");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("zero") << 0.0 << QByteArray("0.000000");
    QTest::newRow("quarter") << 0.25 << QByteArray("0.250000");
    QTest::newRow("one ns") << 1e-9 << QByteArray("0.000000");
    QTest::newRow("499 ns") << 499e-9 << QByteArray("0.000000");
    QTest::newRow("501 ns") << 501e-9 << QByteArray("0.000001");
    // Exactly half-way in decimal: the double's own rounding decides, as before.
    QTest::newRow("1.5 us") << 1.5e-6 << viaDouble(1.5e-6);
    QTest::newRow("2.5 us") << 2.5e-6 << viaDouble(2.5e-6);
    QTest::newRow("carry") << 0.9999996 << QByteArray("1.000000");
    QTest::newRow("minutes") << 754.123456789 << QByteArray("754.123457");
    QTest::newRow("below a ns") << 0.0000014999 << QByteArray("0.000001");
    QTest::newRow("near the limit") << 999999.9999994 << QByteArray("999999.999999");
    QTest::newRow("over the limit") << 1234567.5 << QByteArray("1234567.500000");
    QTest::newRow("negative") << -0.25 << QByteArray("-0.250000");
    QTest::newRow("negative zero") << -0.0 << QByteArray("-0.000000");
}

void TestResultsExport::secondsAsADoubleWritesThem()
{
    QFETCH(double, seconds);
    QFETCH(QByteArray, text);
    QByteArray out = "x,";
    appendSeconds(out, seconds);
    QCOMPARE(out, "x," + text);
    QCOMPARE(text, viaDouble(seconds));
}

void TestResultsExport::secondsOfManyTimes()
{
    // Whole nanoseconds as the store keeps them, and arbitrary doubles: always the double's text.
    QRandomGenerator random(20261201);
    for (int i = 0; i < 200000; ++i) {
        const qint64 ns = qint64(random.bounded(quint64(1) << 50)) >> random.bounded(50);
        const double seconds
            = i % 2 ? double(ns) / 1e9 : random.generateDouble() * std::pow(10.0, random.bounded(-9, 6));
        QByteArray out;
        appendSeconds(out, seconds);
        if (out != viaDouble(seconds))
            QFAIL(qPrintable(QStringLiteral("%1: %2, not %3")
                                 .arg(seconds, 0, 'g', 17)
                                 .arg(QString::fromLatin1(out), QString::fromLatin1(viaDouble(seconds)))));
    }
}

#include "tst_resultsexport.moc"
