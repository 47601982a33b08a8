// The per-core bars: each core's load split into Conviz's share and other programs'.
#include "corebars.h"

#include <QTest>

class TestCoreBars : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void split_data();
    void split();
    void coreCountFollowsSamples();
    void unavailable();
};

void TestCoreBars::split_data()
{
    QTest::addColumn<double>("own");
    QTest::addColumn<double>("other");
    QTest::addColumn<int>("busy");
    QTest::addColumn<int>("ownPercent");
    QTest::addColumn<QString>("text");
    QTest::newRow("idle") << 0.0 << 0.0 << 0 << 0 << "CPU 1: 0% busy — Conviz 0%, other programs 0%";
    QTest::newRow("all ours") << 1.0 << 0.0 << 100 << 100
                              << "CPU 1: 100% busy — Conviz 100%, other programs 0%";
    QTest::newRow("someone else's") << 0.0 << 0.97 << 97 << 0
                                    << "CPU 1: 97% busy — Conviz 0%, other programs 97%";
    QTest::newRow("shared") << 0.6 << 0.13 << 73 << 60 << "CPU 1: 73% busy — Conviz 60%, other programs 13%";
}

void TestCoreBars::split()
{
    QFETCH(double, own);
    QFETCH(double, other);
    QFETCH(int, busy);
    QFETCH(int, ownPercent);
    QFETCH(QString, text);
    CoreBars bars;
    bars.resize(300, 100);
    bars.setUsage(CpuUsage { { { own, other }, { 0.0, 0.5 } } });
    QCOMPARE(bars.barCount(), 2);
    QCOMPARE(bars.barValue(0), busy);
    QCOMPARE(bars.ownValue(0), ownPercent);
    QCOMPARE(bars.describe(0), text);
    QVERIFY(bars.accessibleDescription().contains(text));
    QVERIFY(!bars.grab().isNull()); // paints without a crash
}

void TestCoreBars::coreCountFollowsSamples()
{
    CoreBars bars;
    bars.setLoads({ 0.5, 0.25, 1.0 });
    QCOMPARE(bars.barCount(), 3);
    QCOMPARE(bars.barValue(2), 100);
    QCOMPARE(bars.ownValue(2), 0); // a plain load says nothing of who made it
    QCOMPARE(bars.barValue(3), -1);
    const int threeHigh = bars.sizeHint().height();
    bars.setLoads({ 0.5 });
    QCOMPARE(bars.barCount(), 1);
    QVERIFY(bars.sizeHint().height() < threeHigh);
}

void TestCoreBars::unavailable()
{
    CoreBars bars;
    bars.setLoads({ 0.5 });
    bars.setUnavailable(QStringLiteral("no /proc/stat"));
    QCOMPARE(bars.barCount(), 0);
    QCOMPARE(bars.describe(0), QString());
}

QTEST_MAIN(TestCoreBars)
#include "tst_corebars.moc"
