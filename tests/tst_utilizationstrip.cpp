// Cores busy over time, Conviz's share below other programs'.
#include "language.h"
#include "utilizationstrip.h"

#include <QTest>

class TestUtilizationStrip : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void summary_data();
    void summary();
    void keepsTheLastMinute();
};

void TestUtilizationStrip::initTestCase()
{
    // As the program does: English plural forms come from conviz_en.qm.
    QVERIFY(Language::install(QLocale(QLocale::English, QLocale::UnitedStates)));
}

void TestUtilizationStrip::summary_data()
{
    QTest::addColumn<CpuUsage>("usage");
    QTest::addColumn<QString>("text");
    QTest::newRow("both cores ours") << CpuUsage { { { 1.0, 0.0 }, { 0.9, 0.1 } } }
                                     << "2.0 of 2 cores busy: Conviz 1.9, others 0.1";
    QTest::newRow("a busy neighbour")
        << CpuUsage { { { 0.5, 0.0 }, { 0.0, 1.0 } } } << "1.5 of 2 cores busy: Conviz 0.5, others 1.0";
    QTest::newRow("one core") << CpuUsage { { { 0.2, 0.3 } } }
                              << "0.5 of 1 core busy: Conviz 0.2, others 0.3";
}

void TestUtilizationStrip::summary()
{
    QFETCH(CpuUsage, usage);
    QFETCH(QString, text);
    UtilizationStrip strip;
    QCOMPARE(strip.summary(), QStringLiteral("No CPU sample yet"));
    strip.addSample(usage);
    strip.addSample(usage);
    QCOMPARE(strip.summary(), text);
    QCOMPARE(strip.toolTip(), text);
    QCOMPARE(strip.coreCount(), int(usage.cores.size()));
    strip.resize(300, 60);
    QVERIFY(!strip.grab().isNull());
}

void TestUtilizationStrip::keepsTheLastMinute()
{
    UtilizationStrip strip;
    for (int i = 0; i < UtilizationStrip::capacity + 50; ++i)
        strip.addSample(CpuUsage { { { i % 2 ? 1.0 : 0.0, 0.0 } } });
    QCOMPARE(strip.sampleCount(), UtilizationStrip::capacity);
    strip.clear();
    QCOMPARE(strip.sampleCount(), 0);
}

QTEST_MAIN(TestUtilizationStrip)
#include "tst_utilizationstrip.moc"
