// The spinner lab's lesson table: a run that never yields is the baseline of its number,
// napping runs are compared with it (or with an estimate), and every cell reads as the
// page shows it.
#include "yieldlessonmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {
YieldLesson lesson(quint64 number, quint64 yieldEvery, double seconds)
{
    YieldLesson run;
    run.number = number;
    run.yieldEvery = yieldEvery;
    run.seconds = seconds;
    run.sliceMs = yieldEvery / 4096.0; // as if 4096 divisions took a millisecond
    run.loopGapMs = yieldEvery == 0 ? seconds * 1e3 : 5.4;
    run.frameGapMs = yieldEvery == 0 ? seconds * 1e3 + 40 : 100;
    return run;
}
} // namespace

class TestYieldLessonModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void slowdown_data();
    void slowdown();
    void cells_data();
    void cells();
    void clearForgetsBaselines();
    void doubtfulSlowdown_data();
    void doubtfulSlowdown();
};

void TestYieldLessonModel::slowdown_data()
{
    QTest::addColumn<QList<YieldLesson>>("before");
    QTest::addColumn<YieldLesson>("run");
    QTest::addColumn<double>("estimate");
    QTest::addColumn<double>("plainSeconds");
    QTest::addColumn<bool>("measured");
    QTest::addColumn<double>("slowdown");

    const quint64 n = 1000000000039ull;
    QTest::newRow("freeze is its own baseline")
        << QList<YieldLesson> {} << lesson(n, 0, 2.0) << 1.5 << 2.0 << true << 1.0;
    QTest::newRow("nap with no freeze: estimated")
        << QList<YieldLesson> {} << lesson(n, 1 << 16, 2.2) << 2.0 << 2.0 << false << 1.1;
    QTest::newRow("nap after a freeze of the same number: measured")
        << QList<YieldLesson> { lesson(n, 0, 2.0) } << lesson(n, 1 << 10, 3.0) << 1.0 << 2.0 << true << 1.5;
    QTest::newRow("a freeze of another number does not count")
        << QList<YieldLesson> { lesson(n + 2, 0, 9.0) } << lesson(n, 1 << 16, 2.2) << 2.0 << 2.0 << false
        << 1.1;
    QTest::newRow("the latest freeze of the number counts")
        << QList<YieldLesson> { lesson(n, 0, 4.0), lesson(n, 0, 2.0) } << lesson(n, 1 << 20, 2.0) << 9.0
        << 2.0 << true << 1.0;
}

void TestYieldLessonModel::slowdown()
{
    QFETCH(QList<YieldLesson>, before);
    QFETCH(YieldLesson, run);
    QFETCH(double, estimate);
    QFETCH(double, plainSeconds);
    QFETCH(bool, measured);
    QFETCH(double, slowdown);

    YieldLessonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const YieldLesson &earlier : before)
        model.add(earlier, 1.0);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const YieldLesson &stored = model.add(run, estimate);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), int(before.size()));
    QCOMPARE(model.rowCount(), int(before.size()) + 1);
    QCOMPARE(stored.plainSeconds, plainSeconds);
    QCOMPARE(stored.plainMeasured, measured);
    QVERIFY(qFuzzyCompare(stored.slowdown(), slowdown));
}

void TestYieldLessonModel::cells_data()
{
    QTest::addColumn<YieldLesson>("run");
    QTest::addColumn<double>("estimate");
    QTest::addColumn<QStringList>("cells");

    const quint64 n = 1000000000039ull;
    QTest::newRow("never yields") << lesson(n, 0, 2.04) << 2.0
                                  << QStringList { "never yields", "the whole check", "2.04 s",
                                                   "baseline",     "2040.0 ms",       "2080 ms" };
    QTest::newRow("napping, estimated")
        << lesson(n, 1 << 16, 2.2) << 2.0
        << QStringList { "yields every 2^16", "≈ 16 ms", "2.20 s", "≈ ×1.100", "5.4 ms", "100 ms" };
}

void TestYieldLessonModel::cells()
{
    QFETCH(YieldLesson, run);
    QFETCH(double, estimate);
    QFETCH(QStringList, cells);

    YieldLessonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.add(run, estimate);
    QCOMPARE(model.columnCount(), int(cells.size()));
    for (int column = 0; column < model.columnCount(); ++column) {
        QCOMPARE(model.index(0, column).data().toString(), cells.at(column));
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
    }
    QCOMPARE(model.index(0, YieldLessonModel::Coroutine).data(Qt::ToolTipRole).toString(),
             QStringLiteral("is_prime(1000000000039)"));
    QCOMPARE(model.index(0, YieldLessonModel::Time).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
}

void TestYieldLessonModel::clearForgetsBaselines()
{
    YieldLessonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.add(lesson(7, 0, 2.0), 1.0);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.clear();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.add(lesson(7, 1 << 16, 3.0), 2.5).plainMeasured);
}

void TestYieldLessonModel::doubtfulSlowdown_data()
{
    QTest::addColumn<YieldLesson>("run");
    QTest::addColumn<double>("plainSeconds");
    QTest::addColumn<double>("otherCores");
    QTest::addColumn<QStringList>("why"); // empty: not flagged
    const YieldLesson nap = lesson(7, 1 << 16, 1.94);
    QTest::newRow("slower, as it should be") << lesson(7, 1 << 16, 2.1) << 2.0 << 1.5 << QStringList();
    QTest::newRow("faster on a quiet machine") << nap << 2.0 << 0.1 << QStringList { "timing noise" };
    QTest::newRow("faster on a busy machine")
        << nap << 2.0 << 1.3 << QStringList { "timing noise", "other programs kept 1.3 cores busy" };
    QTest::newRow("never yields") << lesson(7, 0, 1.9) << 0.0 << 1.5 << QStringList();
}

void TestYieldLessonModel::doubtfulSlowdown()
{
    QFETCH(YieldLesson, run);
    QFETCH(double, plainSeconds);
    QFETCH(double, otherCores);
    QFETCH(QStringList, why);
    YieldLessonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    if (plainSeconds > 0)
        model.add(lesson(7, 0, plainSeconds), 0);
    run.otherCores = otherCores;
    const YieldLesson &added = model.add(run, plainSeconds);
    const QString doubt = YieldLessonModel::doubt(added);
    const QModelIndex cell = model.index(model.rowCount() - 1, YieldLessonModel::Slowdown);
    QCOMPARE(doubt.isEmpty(), why.isEmpty());
    for (const QString &part : why)
        QVERIFY2(doubt.contains(part), qPrintable(doubt));
    QCOMPARE(cell.data().toString().endsWith(QLatin1String(" (doubtful)")), !why.isEmpty());
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), doubt);
}

QTEST_MAIN(TestYieldLessonModel)
#include "tst_yieldlessonmodel.moc"
