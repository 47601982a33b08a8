// Other programs' mean load over a run, from the CPU sampler's samples.
#include "otherload.h"

#include <QTest>

class TestOtherLoad : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mean_data();
    void mean();
    void restartForgets();
};

void TestOtherLoad::mean_data()
{
    QTest::addColumn<QList<QList<double>>>("samples"); // per sample, other per core
    QTest::addColumn<double>("expected"); // < 0: none
    QTest::newRow("no sample") << QList<QList<double>> {} << -1.0;
    QTest::newRow("one quiet sample") << QList<QList<double>> { { 0.0, 0.1 } } << 0.1;
    QTest::newRow("busy neighbours") << QList<QList<double>> { { 1.0, 0.2 }, { 0.8, 0.6 }, { 0.6, 0.7 } }
                                     << 1.3;
    QTest::newRow("an empty sample is skipped") << QList<QList<double>> { {}, { 0.5, 0.5 } } << 1.0;
}

void TestOtherLoad::mean()
{
    QFETCH(QList<QList<double>>, samples);
    QFETCH(double, expected);
    OtherLoad load;
    for (const QList<double> &others : samples) {
        CpuUsage usage;
        for (double other : others)
            usage.cores.append({ 0.3, other });
        load.add(usage);
    }
    QCOMPARE(load.meanCores().has_value(), expected >= 0);
    if (expected >= 0)
        QVERIFY(qFuzzyCompare(*load.meanCores(), expected));
}

void TestOtherLoad::restartForgets()
{
    OtherLoad load;
    CpuUsage busy;
    busy.cores = { { 0, 1.0 }, { 0, 1.0 } };
    load.add(busy);
    QCOMPARE(load.samples(), 1);
    load.restart();
    QCOMPARE(load.samples(), 0);
    QVERIFY(!load.meanCores());
}

QTEST_GUILESS_MAIN(TestOtherLoad)
#include "tst_otherload.moc"
