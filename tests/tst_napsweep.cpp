// The nap sweep without a window: its plan of K, the estimate it states before starting, the
// points it measures on the event loop, its noise flags and its CSV, and Stop.
#include "divisionrate.h"
#include "napsweep.h"
#include "trialdivision.h"

#include <QSignalSpy>
#include <QTest>

class TestNapSweep : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plan_data();
    void plan();
    void estimateAddsUp();
    void numberFitsTheTarget();
    void slowdown_data();
    void slowdown();
    void doubt_data();
    void doubt();
    void csv();
    void tinySweep();
    void stopKeepsThePoints();
    void nothingToSweep();
    void timeLeft_data();
    void timeLeft();
};

void TestNapSweep::plan_data()
{
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("last");
    QTest::addColumn<int>("step");
    QTest::addColumn<QList<quint64>>("expected");
    QTest::newRow("every second power")
        << 6 << 26 << 2
        << QList<quint64> { 1ull << 6,  1ull << 8,  1ull << 10, 1ull << 12, 1ull << 14, 1ull << 16,
                            1ull << 18, 1ull << 20, 1ull << 22, 1ull << 24, 1ull << 26 };
    QTest::newRow("every power") << 6 << 9 << 1 << QList<quint64> { 64, 128, 256, 512 };
    QTest::newRow("last off the step") << 6 << 11 << 3 << QList<quint64> { 64, 512 };
    QTest::newRow("one K") << 10 << 10 << 2 << QList<quint64> { 1024 };
    QTest::newRow("empty range") << 10 << 8 << 2 << QList<quint64> {};
    QTest::newRow("beyond 64 bits") << 6 << 64 << 2 << QList<quint64> {};
    QTest::newRow("no step") << 6 << 26 << 0 << QList<quint64> {};
}

void TestNapSweep::plan()
{
    QFETCH(int, first);
    QFETCH(int, last);
    QFETCH(int, step);
    QFETCH(QList<quint64>, expected);
    QCOMPARE(NapSweep::powersOfTwo(first, last, step), expected);
}

void TestNapSweep::estimateAddsUp()
{
    const quint64 number = DivisionRate::primeTaking(0.1);
    const QList<quint64> plan { 64, 4096 };
    double expected = NapEstimate { number, 0 }.plainSeconds();
    for (quint64 k : plan)
        expected += NapEstimate { number, k }.seconds();
    QCOMPARE(NapSweep::estimateSeconds(number, plan), expected);
    // Smaller K, more yields: never cheaper.
    QVERIFY(NapSweep::estimateSeconds(number, { 64 }) > NapSweep::estimateSeconds(number, { 4096 }));
    NapSweep sweep;
    sweep.setPlan(number, plan);
    sweep.setYieldSeconds(10e-6);
    QCOMPARE(sweep.estimateSeconds(), NapSweep::estimateSeconds(number, plan, 10e-6));
}

void TestNapSweep::numberFitsTheTarget()
{
    const QList<quint64> plan = NapSweep::powersOfTwo();
    const quint64 number = NapSweep::numberFor(NapSweep::targetSeconds, plan);
    const double estimate = NapSweep::estimateSeconds(number, plan);
    // The prime found is the next one above the ideal number: a hair over, never far.
    QVERIFY2(estimate > NapSweep::targetSeconds * 0.9 && estimate < NapSweep::targetSeconds * 1.1,
             qPrintable(QString::number(estimate)));
    // A dearer yield leaves room for a smaller number only.
    QVERIFY(NapSweep::numberFor(NapSweep::targetSeconds, plan, 30e-6) < number);
}

void TestNapSweep::slowdown_data()
{
    QTest::addColumn<double>("seconds");
    QTest::addColumn<double>("plainSeconds");
    QTest::addColumn<double>("cpuSeconds");
    QTest::addColumn<double>("plainCpuSeconds");
    QTest::addColumn<double>("slowdown");
    QTest::addColumn<bool>("noise");
    QTest::newRow("wall only") << 2.0 << 1.0 << 0.0 << 0.0 << 2.0 << false;
    // Other programs took half the cores during the nap: the wall clock doubles, the CPU
    // time does not.
    QTest::newRow("busy machine, CPU time tells") << 2.0 << 1.0 << 1.05 << 1.0 << 1.05 << false;
    QTest::newRow("busy baseline, CPU time tells") << 0.9 << 1.0 << 1.1 << 1.0 << 1.1 << false;
    QTest::newRow("CPU time faster: noise") << 1.0 << 1.0 << 0.95 << 1.0 << 0.95 << true;
    QTest::newRow("baseline CPU unknown") << 1.5 << 1.0 << 1.2 << 0.0 << 1.5 << false;
}

void TestNapSweep::slowdown()
{
    QFETCH(double, seconds);
    QFETCH(double, plainSeconds);
    QFETCH(double, cpuSeconds);
    QFETCH(double, plainCpuSeconds);
    QFETCH(double, slowdown);
    QFETCH(bool, noise);
    NapSweepPoint point;
    point.yieldEvery = 64;
    point.seconds = seconds;
    point.plainSeconds = plainSeconds;
    point.cpuSeconds = cpuSeconds;
    point.plainCpuSeconds = plainCpuSeconds;
    QCOMPARE(point.slowdown(), slowdown);
    QCOMPARE(point.wallSlowdown(), seconds / plainSeconds);
    QCOMPARE(!point.doubt().isEmpty(), noise);
}

void TestNapSweep::doubt_data()
{
    QTest::addColumn<double>("seconds");
    QTest::addColumn<double>("plainSeconds");
    QTest::addColumn<double>("otherCores");
    QTest::addColumn<QStringList>("parts"); // empty: no doubt
    QTest::newRow("slower, as the lesson says") << 1.2 << 1.0 << 0.0 << QStringList {};
    QTest::newRow("exactly as fast") << 1.0 << 1.0 << 1.5 << QStringList {};
    QTest::newRow("faster on a quiet machine")
        << 0.97 << 1.0 << 0.1 << QStringList { "noise: ×0.970", "timing noise" };
    QTest::newRow("faster on a busy machine")
        << 0.9 << 1.0 << 1.3 << QStringList { "noise: ", "other programs kept 1.3 cores busy" };
    QTest::newRow("no baseline") << 1.0 << 0.0 << 0.0 << QStringList {};
}

void TestNapSweep::doubt()
{
    QFETCH(double, seconds);
    QFETCH(double, plainSeconds);
    QFETCH(double, otherCores);
    QFETCH(QStringList, parts);
    NapSweepPoint point;
    point.yieldEvery = 1 << 20;
    point.seconds = seconds;
    point.plainSeconds = plainSeconds;
    point.otherCores = otherCores;
    const QString doubt = point.doubt();
    QCOMPARE(doubt.isEmpty(), parts.isEmpty());
    QVERIFY2(parts.isEmpty() || doubt.startsWith(QLatin1String("noise: ")), qPrintable(doubt));
    for (const QString &part : parts)
        QVERIFY2(doubt.contains(part), qPrintable(doubt));
    if (!parts.contains(QStringLiteral("noise: ")) || otherCores < 0.5)
        QVERIFY2(!doubt.contains(QLatin1String("other programs")), qPrintable(doubt));
}

void TestNapSweep::csv()
{
    NapSweepPoint slow { 64, 3.0, 1.0, 2.5, 0.0 };
    NapSweepPoint noisy { 1 << 24, 0.99, 1.0, 41.25, 1.3 };
    QCOMPARE(slow.label(), QStringLiteral("2^6"));
    QCOMPARE(noisy.exponent(), 24);
    const QByteArray csv = NapSweep::toCsv({ slow, noisy });
    const QList<QByteArray> lines = csv.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0),
             QByteArray("exponent,k,seconds,plain_seconds,cpu_s,plain_cpu_s,slowdown,wall_slowdown,"
                        "loop_gap_ms,other_cores,noise"));
    QCOMPARE(lines.at(1),
             QByteArray("6,64,3.000000,1.000000,0.000000,0.000000,3.0000,3.0000,2.50,0.00,false"));
    QCOMPARE(lines.at(2),
             QByteArray("24,16777216,0.990000,1.000000,0.000000,0.000000,0.9900,0.9900,41.25,1.30,true"));
}

void TestNapSweep::tinySweep()
{
    NapSweep sweep;
    // A prime of a few thousand divisions: three K in well under a second.
    const quint64 number = 1000000007;
    const QList<quint64> plan { 64, 256, 1024 };
    sweep.setPlan(number, plan);
    QSignalSpy started(&sweep, &NapSweep::started);
    QSignalSpy baseline(&sweep, &NapSweep::baselineMeasured);
    QSignalSpy points(&sweep, &NapSweep::pointMeasured);
    QSignalSpy finished(&sweep, &NapSweep::finished);
    QSignalSpy stopped(&sweep, &NapSweep::stopped);
    QVERIFY(sweep.start());
    QCOMPARE(started.size(), 1);
    QVERIFY(sweep.isRunning());
    QVERIFY(!sweep.start()); // one sweep at a time
    sweep.setPlan(3, { 2 }); // ignored while it runs
    QCOMPARE(sweep.number(), number);
    QVERIFY(finished.wait(30000));
    QVERIFY(!sweep.isRunning());
    QCOMPARE(baseline.size(), 1);
    QCOMPARE(points.size(), plan.size());
    QVERIFY(stopped.isEmpty());
    QCOMPARE(sweep.progress(), 1.0);
    QVERIFY(sweep.plainSeconds() > 0);
    QVERIFY(sweep.plainCpuSeconds() > 0);
    QCOMPARE(sweep.points().size(), plan.size());
    for (int i = 0; i < plan.size(); ++i) {
        const NapSweepPoint &point = sweep.points().at(i);
        QCOMPARE(point.yieldEvery, plan.at(i));
        QCOMPARE(points.at(i).at(0).value<NapSweepPoint>().yieldEvery, plan.at(i));
        QCOMPARE(point.plainSeconds, sweep.plainSeconds());
        QVERIFY(point.seconds > 0);
        QVERIFY(point.cpuSeconds > 0);
        QVERIFY(point.loopGapMs >= 0);
    }
    // It sweeps again, from scratch.
    QVERIFY(sweep.start());
    QVERIFY(sweep.points().isEmpty());
    QVERIFY(finished.wait(30000));
    QCOMPARE(sweep.points().size(), plan.size());
}

void TestNapSweep::stopKeepsThePoints()
{
    NapSweep sweep;
    // A finished sweep first; then a large K and one that naps every 64 divisions on a check
    // of a second (a minute of naps): stopped while under way.
    const quint64 number = DivisionRate::primeTaking(1.0);
    sweep.setPlan(1000000007, { 1024 });
    QVERIFY(sweep.start());
    QSignalSpy finished(&sweep, &NapSweep::finished);
    QVERIFY(finished.wait(30000));
    sweep.setPlan(number, { 1 << 20, 64 });
    QSignalSpy points(&sweep, &NapSweep::pointMeasured);
    QSignalSpy stopped(&sweep, &NapSweep::stopped);
    QVERIFY(sweep.start());
    QVERIFY(points.wait(60000));
    const double afterFirst = sweep.progress();
    // Under way, not done: how much of the whole the first point is depends on the estimates,
    // which a loaded machine shifts.
    QVERIFY2(afterFirst > 0 && afterFirst < 1.0, qPrintable(QString::number(afterFirst)));
    QTRY_VERIFY_WITH_TIMEOUT(sweep.progress() > afterFirst, 10000); // napping every 64
    QVERIFY(sweep.progress() < 1.0);
    QVERIFY(sweep.stop());
    QVERIFY(!sweep.stop()); // once
    QCOMPARE(stopped.size(), 1);
    QVERIFY(!sweep.isRunning());
    // Really stopped: no point, no end comes later, and the point measured stays.
    QTest::qWait(300);
    QCOMPARE(points.size(), 1);
    QVERIFY(finished.size() == 1);
    QCOMPARE(sweep.points().size(), 1);
    QCOMPARE(sweep.points().constFirst().yieldEvery, quint64(1) << 20);
}

void TestNapSweep::nothingToSweep()
{
    NapSweep sweep;
    QVERIFY(!sweep.start());
    sweep.setPlan(1000000007, {});
    QVERIFY(!sweep.start());
    QVERIFY(!sweep.stop());
    QCOMPARE(sweep.progress(), 0.0);
}

void TestNapSweep::timeLeft_data()
{
    QTest::addColumn<double>("elapsed");
    QTest::addColumn<double>("done");
    QTest::addColumn<QString>("expected");
    QTest::newRow("just started") << 0.5 << 0.01 << QStringLiteral("estimating the time left");
    QTest::newRow("a quarter in 10 s") << 10.0 << 0.25 << QStringLiteral("about 30 s left");
    QTest::newRow("done") << 60.0 << 1.0 << QStringLiteral("about 0 s left");
}

void TestNapSweep::timeLeft()
{
    QFETCH(double, elapsed);
    QFETCH(double, done);
    QFETCH(QString, expected);
    QCOMPARE(NapEstimate::timeLeft(elapsed, done), expected);
}

QTEST_GUILESS_MAIN(TestNapSweep)
#include "tst_napsweep.moc"
