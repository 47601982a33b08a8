// The comparison table of the window: one row per mode as Comparison::rows() sums the runs
// up, every cell as the page shows it, blank where core has no figure.
#include "comparisonmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {
RunSample sample(const QString &mode, int workers, double wall, double cpu)
{
    RunSample run;
    run.mode = mode;
    run.workers = workers;
    run.wallSeconds = wall;
    run.cpuSeconds = cpu;
    return run;
}

const QList<RunSample> samples {
    sample(QStringLiteral("sequential"), 1, 4.0, 4.0), sample(QStringLiteral("threads"), 2, 2.5, 4.1),
    sample(QStringLiteral("coroutines"), 2, 4.2, 4.2), sample(QStringLiteral("sequential"), 1, 4.4, 4.0),
    sample(QStringLiteral("threads"), 2, 2.0, 4.0),    sample(QStringLiteral("coroutines"), 2, 4.0, 4.1),
    sample(QStringLiteral("sequential"), 1, 3.6, 4.0), sample(QStringLiteral("threads"), 2, 2.2, 4.0),
    sample(QStringLiteral("coroutines"), 2, 4.4, 4.3),
};
} // namespace

class TestComparisonModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cells_data();
    void cells();
    void oneRowPerMode();
    void headers();
    void noBaselineLeavesSpeedupBlank();
};

void TestComparisonModel::cells_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");

    using C = ComparisonModel::Column;
    QTest::newRow("mode title") << 1 << int(C::Mode) << QStringLiteral("Threads");
    QTest::newRow("workers") << 1 << int(C::Workers) << QStringLiteral("2");
    QTest::newRow("runs") << 1 << int(C::Runs) << QStringLiteral("3");
    QTest::newRow("median") << 1 << int(C::WallMedian) << QStringLiteral("2.200 s");
    QTest::newRow("min") << 1 << int(C::WallMin) << QStringLiteral("2.000 s");
    QTest::newRow("max") << 1 << int(C::WallMax) << QStringLiteral("2.500 s");
    QTest::newRow("cpu median") << 1 << int(C::Cpu) << QStringLiteral("4.000 s");
    QTest::newRow("speedup") << 1 << int(C::Speedup) << QStringLiteral("1.82×");
    QTest::newRow("efficiency") << 1 << int(C::Efficiency) << QStringLiteral("91%");
    QTest::newRow("fastest is 1.00") << 1 << int(C::Relative) << QStringLiteral("1.00");
    QTest::newRow("baseline speedup") << 0 << int(C::Speedup) << QStringLiteral("1.00×");
    QTest::newRow("baseline relative") << 0 << int(C::Relative) << QStringLiteral("1.82");
    QTest::newRow("coroutines: speedup") << 2 << int(C::Speedup) << QStringLiteral("0.95×");
    QTest::newRow("coroutines: no efficiency") << 2 << int(C::Efficiency) << QString();
    QTest::newRow("coroutines relative") << 2 << int(C::Relative) << QStringLiteral("1.91");
}

void TestComparisonModel::cells()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);
    ComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(Comparison::rows(samples));
    QCOMPARE(model.data(model.index(row, column)).toString(), text);
    const int alignment = model.data(model.index(row, column), Qt::TextAlignmentRole).toInt();
    QCOMPARE(bool(alignment & Qt::AlignRight), column != ComparisonModel::Mode);
}

void TestComparisonModel::oneRowPerMode()
{
    ComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    // Rows grow as the runs come in, one per mode, in the order the modes first ran.
    for (qsizetype done = 1; done <= samples.size(); ++done) {
        model.setRows(Comparison::rows(samples.mid(0, done)));
        QCOMPARE(model.rowCount(), int(std::min<qsizetype>(done, 3)));
    }
    QCOMPARE(reset.size(), samples.size());
    QCOMPARE(model.columnCount(), int(ComparisonModel::ColumnCount));
    QCOMPARE(model.rows().at(0).mode, QStringLiteral("sequential"));
    QCOMPARE(model.data(model.index(0, ComparisonModel::Mode), Qt::ToolTipRole).toString(),
             QStringLiteral("sequential"));
    QVERIFY(!model.data(model.index(2, ComparisonModel::Efficiency), Qt::ToolTipRole).toString().isEmpty());
    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
}

void TestComparisonModel::headers()
{
    ComparisonModel model;
    for (int column = 0; column < model.columnCount(); ++column)
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
    QVERIFY(
        !model.headerData(ComparisonModel::Relative, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
}

void TestComparisonModel::noBaselineLeavesSpeedupBlank()
{
    ComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(Comparison::rows({ sample(QStringLiteral("threads"), 2, 2.0, 4.0) }));
    QCOMPARE(model.data(model.index(0, ComparisonModel::Speedup)).toString(), QString());
    QCOMPARE(model.data(model.index(0, ComparisonModel::Efficiency)).toString(), QString());
    QCOMPARE(model.data(model.index(0, ComparisonModel::Relative)).toString(), QStringLiteral("1.00"));
}

QTEST_GUILESS_MAIN(TestComparisonModel)
#include "tst_comparisonmodel.moc"
