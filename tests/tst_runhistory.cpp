// The run history: speedups against the sequential baseline, the model, its exports.
#include "runhistorymodel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
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

QTEST_MAIN(TestRunHistory)
#include "tst_runhistory.moc"
