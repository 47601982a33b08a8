// The sweep table of the window: one row per worker count, ascending, with the ideal and
// the bound beside the measured speedup.
#include "sweepmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {
// Four jobs of one second each but the last, of two: no schedule beats 2 s of wall time.
RunSample sample(const QString &mode, int workers, double wall)
{
    RunSample run;
    run.mode = mode;
    run.workers = workers;
    run.wallSeconds = wall;
    run.cpuSeconds = 5;
    run.workSeconds = 5;
    run.largestJobSeconds = 2;
    return run;
}

const QList<RunSample> samples {
    sample(QStringLiteral("sequential"), 1, 5.0), sample(QStringLiteral("processes"), 1, 5.0),
    sample(QStringLiteral("processes"), 2, 2.8),  sample(QStringLiteral("processes"), 3, 2.1),
    sample(QStringLiteral("processes"), 4, 2.0),
};
} // namespace

class TestSweepModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cells_data();
    void cells();
    void rowsByWorkers();
};

void TestSweepModel::cells_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");

    using C = SweepModel::Column;
    QTest::newRow("workers") << 1 << int(C::Workers) << QStringLiteral("2");
    QTest::newRow("runs") << 1 << int(C::Runs) << QStringLiteral("1");
    QTest::newRow("median") << 1 << int(C::WallMedian) << QStringLiteral("2.800 s");
    QTest::newRow("speedup") << 1 << int(C::Speedup) << QStringLiteral("1.79×");
    QTest::newRow("ideal") << 1 << int(C::Ideal) << QStringLiteral("2.00×");
    QTest::newRow("bound: total over half") << 1 << int(C::Bound) << QStringLiteral("2.00×");
    QTest::newRow("efficiency") << 1 << int(C::Efficiency) << QStringLiteral("89%");
    QTest::newRow("bound: the largest job") << 3 << int(C::Bound) << QStringLiteral("2.50×");
    QTest::newRow("ideal of 4") << 3 << int(C::Ideal) << QStringLiteral("4.00×");
    QTest::newRow("one worker") << 0 << int(C::Speedup) << QStringLiteral("1.00×");
}

void TestSweepModel::cells()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);
    SweepModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(Sweep::rows(samples, QStringLiteral("processes")));
    QCOMPARE(model.data(model.index(row, column)).toString(), text);
}

void TestSweepModel::rowsByWorkers()
{
    SweepModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QList<RunSample> reversed = samples;
    std::reverse(reversed.begin() + 1, reversed.end());
    model.setRows(Sweep::rows(reversed, QStringLiteral("processes")));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 4);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.data(model.index(row, SweepModel::Workers)).toInt(), row + 1);
    for (int column = 0; column < model.columnCount(); ++column)
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestSweepModel)
#include "tst_sweepmodel.moc"
