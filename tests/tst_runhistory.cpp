// The run history: speedups against the sequential baseline, the model, its exports.
#include "runhistoryfile.h"
#include "runhistorymodel.h"
#include "testfiles.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestRunHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void speedup_data();
    void speedup();
    void keyIsTheNumbers();
    void model();
    void exports_data();
    void exports();
    void keptBetweenSessions();
    void clearedForGood();
    void unreadableFile_data();
    void unreadableFile();
    void onlyTheNewestAreKept();
    void tableKeepsAsManyAsTheFile();
    void runNumbersSurviveASession();

private:
    static RunReport report(const QString &mode, int workers, double wall, bool canceled = false)
    {
        RunReport r = RunReport::fromResults(QList<quint64>(20, 2), {}, workers);
        r.mode = mode;
        r.workerCount = workers;
        r.workload = QStringLiteral("book, fixture");
        r.wallSeconds = wall;
        r.canceled = canceled;
        return r;
    }
};

void TestRunHistory::speedup_data()
{
    QTest::addColumn<QList<RunReport>>("before");
    QTest::addColumn<RunReport>("run");
    QTest::addColumn<double>("speedup"); // < 0: none
    QTest::addColumn<double>("efficiency");
    QTest::newRow("no baseline") << QList<RunReport> {} << report(QStringLiteral("threads"), 2, 0.5) << -1.0
                                 << -1.0;
    QTest::newRow("sequential is its own baseline")
        << QList<RunReport> {} << report(QStringLiteral("sequential"), 1, 0.9) << 1.0 << 1.0;
    QTest::newRow("threads x2") << QList<RunReport> { report(QStringLiteral("sequential"), 1, 1.0) }
                                << report(QStringLiteral("threads"), 2, 0.5) << 2.0 << 1.0;
    QTest::newRow("latest baseline wins") << QList<RunReport> { report(QStringLiteral("sequential"), 1, 2.0),
                                                                report(QStringLiteral("sequential"), 1, 1.0) }
                                          << report(QStringLiteral("processes"), 4, 0.5) << 2.0 << 0.5;
    QTest::newRow("stopped baseline ignored")
        << QList<RunReport> { report(QStringLiteral("sequential"), 1, 1.0),
                              report(QStringLiteral("sequential"), 1, 0.1, true) }
        << report(QStringLiteral("threads"), 2, 0.5) << 2.0 << 1.0;
    // As the comparison table says it: no efficiency for several workers on one core at a time.
    QTest::newRow("coroutines x4, one thread")
        << QList<RunReport> { report(QStringLiteral("sequential"), 1, 1.0) }
        << report(QStringLiteral("coroutines"), 4, 1.0) << 1.0 << -1.0;
    QTest::newRow("threads under a GIL") << QList<RunReport> { report(QStringLiteral("sequential"), 1, 1.0) }
                                         << report(QStringLiteral("threads-gil"), 2, 1.0) << 1.0 << -1.0;
    QTest::newRow("one coroutine") << QList<RunReport> { report(QStringLiteral("sequential"), 1, 1.0) }
                                   << report(QStringLiteral("coroutines"), 1, 0.5) << 2.0 << 2.0;
    QTest::newRow("stopped run claims nothing")
        << QList<RunReport> { report(QStringLiteral("sequential"), 1, 1.0) }
        << report(QStringLiteral("threads"), 2, 0.1, true) << -1.0 << -1.0;
}

void TestRunHistory::speedup()
{
    QFETCH(QList<RunReport>, before);
    QFETCH(RunReport, run);
    QFETCH(double, speedup);
    QFETCH(double, efficiency);
    RunHistory history;
    for (const RunReport &r : before)
        history.add(r, QStringLiteral("key"));
    history.add(report(QStringLiteral("sequential"), 1, 100.0), QStringLiteral("other numbers"));
    const RunSummary &summary = history.add(run, QStringLiteral("key"));
    QCOMPARE(summary.speedup.value_or(-1.0), speedup);
    QCOMPARE(summary.efficiency().value_or(-1.0), efficiency);
}

void TestRunHistory::keyIsTheNumbers()
{
    QCOMPARE(RunHistory::keyFor({ 1, 2, 3 }), RunHistory::keyFor({ 1, 2, 3 }));
    QVERIFY(RunHistory::keyFor({ 1, 2, 3 }) != RunHistory::keyFor({ 1, 3, 2 }));
    QVERIFY(RunHistory::keyFor({}) != RunHistory::keyFor({ 0 }));
}

void TestRunHistory::model()
{
    RunHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.add(report(QStringLiteral("sequential"), 1, 0.9), QStringLiteral("k"));
    model.add(report(QStringLiteral("coroutines-pool"), 2, 0.45), QStringLiteral("k"));
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(model.rowCount(), 2);
    const auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(text(1, RunHistoryModel::Mode), QStringLiteral("Coroutines + thread pool"));
    QCOMPARE(text(1, RunHistoryModel::Speedup), QStringLiteral("2.00x"));
    QCOMPARE(text(1, RunHistoryModel::Efficiency), QStringLiteral("100%"));
    QCOMPARE(text(1, RunHistoryModel::Wall), QStringLiteral("0.450"));
    QCOMPARE(model.index(1, RunHistoryModel::Speedup).data(RunHistoryModel::SortRole).toDouble(), 2.0);
    QCOMPARE(text(1, RunHistoryModel::Workload), QStringLiteral("book, fixture"));
    // The presets, kept by their ids, are shown by their names.
    for (const auto &[id, name] :
         { std::pair { "book", "Book fixture" }, std::pair { "large", "Large numbers" } }) {
        RunReport preset = report(QStringLiteral("threads"), 2, 0.5);
        preset.workload = QLatin1String(id);
        model.add(preset, QStringLiteral("k"));
        QCOMPARE(text(model.rowCount() - 1, RunHistoryModel::Workload), QLatin1String(name));
        QCOMPARE(model.history().runs().constLast().workload, QLatin1String(id));
    }
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestRunHistory::exports_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("csv")
        << int(ExportFormat::Csv)
        << QByteArray(
               "run,mode,workers,workload,numbers,checked,wall_s,cpu_s,speedup,efficiency,canceled,finished_"
               "at\n"
               "1,sequential,1,\"book, "
               "fixture\",20,0,0.900000,0.000000,1.000,1.000,false,2026-01-02T03:04:05\n"
               "2,threads,2,\"book, fixture\",20,0,0.450000,0.000000,2.000,1.000,false,2026-01-02T03:04:05\n"
               "3,threads,2,\"book, fixture\",20,0,0.100000,0.000000,,,true,2026-01-02T03:04:05\n");
    QTest::newRow("markdown")
        << int(ExportFormat::Markdown)
        << QByteArray(
               "| run | mode | workers | workload | numbers | wall (s) | CPU (s) | speedup | efficiency |\n"
               "|---:|---|---:|---|---:|---:|---:|---:|---:|\n"
               "| 1 | sequential | 1 | book, fixture | 20 | 0.900 | 0.000 | 1.00x | 100% |\n"
               "| 2 | threads | 2 | book, fixture | 20 | 0.450 | 0.000 | 2.00x | 100% |\n"
               "| 3 | threads | 2 | book, fixture | 20 | 0.100 (stopped) | 0.000 | – | – |\n");
}

void TestRunHistory::exports()
{
    QFETCH(int, format);
    QFETCH(QByteArray, expected);
    RunHistory history;
    const QDateTime when(QDate(2026, 1, 2), QTime(3, 4, 5));
    history.add(report(QStringLiteral("sequential"), 1, 0.9), QStringLiteral("k"), when);
    history.add(report(QStringLiteral("threads"), 2, 0.45), QStringLiteral("k"), when);
    history.add(report(QStringLiteral("threads"), 2, 0.1, true), QStringLiteral("k"), when);
    QCOMPARE(RunHistory::to(ExportFormat(format), history.runs()), expected);
}

void TestRunHistory::keptBetweenSessions()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/history.json"));
    QString error;
    {
        RunHistoryModel first;
        QVERIFY2(first.keepIn(path, &error), qPrintable(error));
        QCOMPARE(first.rowCount(), 0);
        first.add(report(QStringLiteral("sequential"), 1, 1.0), QStringLiteral("key"));
        RunReport stopped = report(QStringLiteral("threads"), 2, 0.4, true);
        stopped.cpuSeconds = 0.7;
        first.add(stopped, QStringLiteral("key"));
    }
    RunHistoryModel second;
    QAbstractItemModelTester tester(&second, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY2(second.keepIn(path, &error), qPrintable(error));
    QCOMPARE(second.rowCount(), 2);
    const RunSummary &stopped = second.history().runs().at(1);
    QCOMPARE(stopped.mode, QStringLiteral("threads"));
    QCOMPARE(stopped.workers, 2);
    QCOMPARE(stopped.workload, QStringLiteral("book, fixture"));
    QCOMPARE(stopped.wallSeconds, 0.4);
    QCOMPARE(stopped.cpuSeconds, 0.7);
    QCOMPARE(second.history().runs().at(0).cpuSeconds, 0.0);
    QVERIFY(stopped.canceled);
    QVERIFY(!stopped.speedup);
    QVERIFY(stopped.finishedAt.isValid());
    // Yesterday's sequential run is still today's baseline.
    QCOMPARE(
        second.add(report(QStringLiteral("processes"), 2, 0.5), QStringLiteral("key")).speedup.value_or(0),
        2.0);
    QCOMPARE(second.data(second.index(2, RunHistoryModel::Run)).toString(), QStringLiteral("3"));
}

void TestRunHistory::clearedForGood()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.json"));
    QString error;
    {
        RunHistoryModel model;
        QVERIFY(model.keepIn(path, &error));
        model.add(report(QStringLiteral("sequential"), 1, 1.0), QStringLiteral("key"));
        model.clear();
    }
    RunHistoryModel again;
    QVERIFY(again.keepIn(path, &error));
    QCOMPARE(again.rowCount(), 0);
}

void TestRunHistory::unreadableFile_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("reason");
    const QByteArray good
        = R"({"mode":"threads","workers":2,"workload":"book","workload_key":"k","numbers":20,)"
          R"("checked":20,"wall_s":0.5,"speedup":null,"canceled":false,)"
          R"("finished_at":"2026-01-02T03:04:05.000"})";
    // A good run with one field's text changed, and a file of runs.
    const auto changed
        = [&good](const char *from, const char *to) { return QByteArray(good).replace(from, to); };
    const auto history = [](const QByteArray &runs) { return R"({"version":1,"runs":[)" + runs + "]}"; };
    QTest::newRow("not JSON") << QByteArray("{\"runs\": [") << "not JSON at offset";
    QTest::newRow("no version") << QByteArray(R"({"runs":[]})") << "field 'version'";
    QTest::newRow("runs not a list") << QByteArray(R"({"version":1,"runs":3})") << "field 'runs'";
    QTest::newRow("a run not an object") << history(good + ",7") << "run 2 is not an object";
    QTest::newRow("workers not a number")
        << history(changed("\"workers\":2", "\"workers\":\"two\"")) << "run 1: field 'workers'";
    QTest::newRow("time unreadable") << history(good + "," + changed("2026-01-02T03:04:05.000", "yesterday"))
                                     << "run 2: field 'finished_at'";
    QTest::newRow("negative time") << history(changed("\"wall_s\":0.5", "\"wall_s\":-1"))
                                   << "run 1: field 'wall_s'";
    // Counts are whole numbers an int holds: 1e300 workers once turned into a negative count.
    QTest::newRow("workers beyond an int")
        << history(changed("\"workers\":2", "\"workers\":1e300")) << "run 1: field 'workers'";
    QTest::newRow("numbers not whole")
        << history(good + "," + changed("\"numbers\":20", "\"numbers\":20.5")) << "run 2: field 'numbers'";
    QTest::newRow("first run zero") << QByteArray(R"({"version":1,"first_run":0,"runs":[]})")
                                    << "field 'first_run'";
    QTest::newRow("first run not whole")
        << QByteArray(R"({"version":1,"first_run":2.5,"runs":[]})") << "field 'first_run'";
    QTest::newRow("first run a text")
        << QByteArray(R"({"version":1,"first_run":"7","runs":[]})") << "field 'first_run'";
    QTest::newRow("first run beyond count")
        << QByteArray(R"({"version":1,"first_run":1e300,"runs":[]})") << "field 'first_run'";
    // Far bigger than any history this program writes: refused without being read whole.
    QTest::newRow("too big to be a history") << history(QByteArray(RunHistoryFile::maxBytes, ' '))
                                             << "MB, more than a history of 1000 runs ever takes";
}

void TestRunHistory::unreadableFile()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.json"));
    QVERIFY(TestFiles::write(path, text));
    RunHistoryModel model;
    QString error;
    QVERIFY(!model.keepIn(path, &error));
    QVERIFY2(error.startsWith(path) && error.contains(reason), qPrintable(error));
    // The file is the user's data: a new run does not write over it.
    model.add(report(QStringLiteral("sequential"), 1, 1.0), QStringLiteral("key"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), text);
}

void TestRunHistory::onlyTheNewestAreKept()
{
    QList<RunSummary> runs(RunHistoryFile::maxRuns + 5);
    for (qsizetype i = 0; i < runs.size(); ++i) {
        runs[i].mode = QStringLiteral("threads");
        runs[i].workers = 1;
        runs[i].wallSeconds = double(i);
        runs[i].finishedAt = QDateTime::currentDateTime();
    }
    QString error;
    qint64 firstRun = 0;
    const std::optional<QList<RunSummary>> kept
        = RunHistoryFile::parse(RunHistoryFile::serialize(runs, 40), &error, &firstRun);
    QVERIFY2(kept, qPrintable(error));
    QCOMPARE(kept->size(), RunHistoryFile::maxRuns);
    QCOMPARE(kept->constFirst().wallSeconds, 5.0);
    QCOMPARE(kept->constLast().wallSeconds, double(runs.size() - 1));
    // The five left out are counted: the first kept was run 45, and still is.
    QCOMPARE(firstRun, qint64(45));
    // At the highest number a JSON number holds exactly, the numbers stop growing rather than
    // make a file this program would refuse.
    const qint64 highest = RunHistory::maxRunNumber;
    QVERIFY2(RunHistoryFile::parse(RunHistoryFile::serialize(runs, highest), &error, &firstRun),
             qPrintable(error));
    QCOMPARE(firstRun, highest);
    // A file written before runs were numbered on starts at 1.
    const QByteArray older = R"({"version":1,"runs":[]})";
    QVERIFY2(RunHistoryFile::parse(older, &error, &firstRun), qPrintable(error));
    QCOMPARE(firstRun, qint64(1));
}

void TestRunHistory::tableKeepsAsManyAsTheFile()
{
    RunHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    for (int i = 0; i < RunHistoryFile::maxRuns + 2; ++i) {
        const RunSummary &added
            = model.add(report(QStringLiteral("threads"), 2, double(i)), QStringLiteral("k"));
        QCOMPARE(added.wallSeconds, double(i));
    }
    QCOMPARE(model.rowCount(), RunHistoryFile::maxRuns);
    QCOMPARE(removed.size(), 2);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(removed.at(0).at(2).toInt(), 0);
    QCOMPARE(model.history().runs().constFirst().wallSeconds, 2.0);
    QCOMPARE(model.history().runs().constLast().wallSeconds, double(RunHistoryFile::maxRuns + 1));
    QCOMPARE(model.index(0, RunHistoryModel::Run).data().toString(), QStringLiteral("3"));
    // The exports number the runs as the table does.
    const QList<RunSummary> &runs = model.history().runs();
    const qint64 first = model.history().firstRunNumber();
    QVERIFY(RunHistory::toCsv(runs, first).split('\n').value(1).startsWith("3,threads,"));
    QVERIFY(RunHistory::toMarkdown(runs, first).split('\n').value(2).startsWith("| 3 | threads |"));
    QVERIFY(RunHistory::toJson(runs, first).contains("\"run\": 3,"));
    model.clear();
    model.add(report(QStringLiteral("threads"), 2, 1.0), QStringLiteral("k"));
    QCOMPARE(model.index(0, RunHistoryModel::Run).data().toString(), QStringLiteral("1"));
}

// Past the file's 1,000 runs, the runs kept keep their numbers in the next session: run
// 1,002 is not run 1,000 tomorrow.
void TestRunHistory::runNumbersSurviveASession()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.json"));
    QString error;
    {
        RunHistoryModel first;
        QVERIFY2(first.keepIn(path, &error), qPrintable(error));
        for (int i = 0; i < RunHistoryFile::maxRuns + 2; ++i)
            first.add(report(QStringLiteral("threads"), 2, double(i)), QStringLiteral("k"));
        QVERIFY(first.waitForStored(30000));
        QCOMPARE(first.index(0, RunHistoryModel::Run).data().toString(), QStringLiteral("3"));
    }
    RunHistoryModel second;
    QAbstractItemModelTester tester(&second, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY2(second.keepIn(path, &error), qPrintable(error));
    QCOMPARE(second.rowCount(), RunHistoryFile::maxRuns);
    QCOMPARE(second.index(0, RunHistoryModel::Run).data().toString(), QStringLiteral("3"));
    QCOMPARE(second.index(RunHistoryFile::maxRuns - 1, RunHistoryModel::Run).data().toString(),
             QStringLiteral("1002"));
    QCOMPARE(second.history().runs().constFirst().wallSeconds, 2.0);
    second.add(report(QStringLiteral("threads"), 2, 9.0), QStringLiteral("k"));
    QCOMPARE(second.index(RunHistoryFile::maxRuns - 1, RunHistoryModel::Run).data().toString(),
             QStringLiteral("1003"));
    QCOMPARE(second.index(0, RunHistoryModel::Run).data().toString(), QStringLiteral("4"));
}

QTEST_MAIN(TestRunHistory)
#include "tst_runhistory.moc"
