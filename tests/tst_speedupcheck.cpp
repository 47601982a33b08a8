// A speedup far below the ideal says why: other programs on the cores, the jobs' sizes, or
// the mode's own costs; a figure near the ideal says nothing.
#include "cpusampler.h"
#include "mode.h"
#include "runreport.h"
#include "speedupcheck.h"

#include <QTest>

class TestSpeedupCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ideal_data();
    void ideal();
    void why_data();
    void why();
    void ofARun_data();
    void ofARun();
    void meanOtherCores_data();
    void meanOtherCores();
};

void TestSpeedupCheck::ideal_data()
{
    QTest::addColumn<int>("workers");
    QTest::addColumn<int>("cores");
    QTest::addColumn<bool>("parallel");
    QTest::addColumn<double>("ideal");
    QTest::newRow("2 workers on 2 cores") << 2 << 2 << true << 2.0;
    QTest::newRow("8 workers capped by 2 cores") << 8 << 2 << true << 2.0;
    QTest::newRow("3 workers on 8 cores") << 3 << 8 << true << 3.0;
    QTest::newRow("one thread of coroutines") << 4 << 2 << false << 1.0;
    // One thread computes at a time: 1x is what the lesson expects, not a figure to excuse.
    QTest::newRow("threads under a GIL") << 2 << 2 << Modes::isParallel(Mode::ThreadsGil) << 1.0;
    QTest::newRow("no worker") << 0 << 2 << true << 1.0;
}

void TestSpeedupCheck::ideal()
{
    QFETCH(int, workers);
    QFETCH(int, cores);
    QFETCH(bool, parallel);
    QFETCH(double, ideal);
    SpeedupCheck check;
    check.workers = workers;
    check.cores = cores;
    check.parallel = parallel;
    QCOMPARE(check.ideal(), ideal);
}

void TestSpeedupCheck::why_data()
{
    QTest::addColumn<double>("speedup");
    QTest::addColumn<int>("workers");
    QTest::addColumn<bool>("parallel");
    QTest::addColumn<double>("otherCores"); // < 0: unknown
    QTest::addColumn<double>("bound"); // < 0: unknown
    QTest::addColumn<QStringList>("parts"); // empty: nothing to say
    QTest::newRow("near the ideal") << 1.9 << 2 << true << 1.3 << 2.0 << QStringList {};
    QTest::newRow("just at 0.6 of the ideal") << 1.2 << 2 << true << 1.3 << 2.0 << QStringList {};
    QTest::newRow("busy machine") << 1.05 << 2 << true << 1.3 << 2.0
                                  << QStringList { "ideal 2x",
                                                   "other programs kept 1.3 cores busy during the run",
                                                   "the figure is not the mode's own" };
    QTest::newRow("busy machine, one job caps it too")
        << 1.05 << 2 << true << 0.9 << 1.1
        << QStringList { "the jobs' sizes allow at most 1.10x with 2 worker",
                         "other programs kept 0.9 cores busy" };
    QTest::newRow("quiet, one long job")
        << 1.05 << 2 << true << 0.1 << 1.1
        << QStringList { "the machine was quiet", "allow at most 1.10x with 2 worker" };
    QTest::newRow("quiet, the mode's own costs")
        << 0.8 << 2 << true << 0.2 << 2.0
        << QStringList { "the machine was quiet", "allow 2.00x", "the mode's own costs" };
    QTest::newRow("load unknown, jobs unknown")
        << 0.8 << 4 << true << -1.0 << -1.0 << QStringList { "load is unknown", "ideal 2x" };
    QTest::newRow("coroutines on one thread are not parallel")
        << 0.95 << 2 << false << 1.3 << 2.0 << QStringList {};
    QTest::newRow("coroutines slower than sequential")
        << 0.5 << 2 << false << 0.0 << 1.0 << QStringList { "ideal 1x", "the machine was quiet" };
    QTest::newRow("no speedup measured") << 0.0 << 2 << true << 1.3 << 2.0 << QStringList {};
}

void TestSpeedupCheck::why()
{
    QFETCH(double, speedup);
    QFETCH(int, workers);
    QFETCH(bool, parallel);
    QFETCH(double, otherCores);
    QFETCH(double, bound);
    QFETCH(QStringList, parts);
    SpeedupCheck check;
    check.speedup = speedup;
    check.workers = workers;
    check.cores = 2;
    check.parallel = parallel;
    if (otherCores >= 0)
        check.otherCores = otherCores;
    if (bound >= 0)
        check.bound = bound;
    const QString why = check.why();
    QCOMPARE(why.isEmpty(), parts.isEmpty());
    QCOMPARE(check.isFarBelow(), !parts.isEmpty());
    for (const QString &part : parts)
        QVERIFY2(why.contains(part), qPrintable(why));
}

void TestSpeedupCheck::ofARun_data()
{
    QTest::addColumn<QList<double>>("jobSeconds");
    QTest::addColumn<int>("workers");
    QTest::addColumn<double>("bound");
    QTest::newRow("one job") << QList<double> { 2.0 } << 2 << 1.0;
    QTest::newRow("even jobs") << QList<double> { 1.0, 1.0, 1.0, 1.0 } << 2 << 2.0;
    QTest::newRow("one long job") << QList<double> { 3.0, 0.5, 0.5 } << 2 << 4.0 / 3.0;
    QTest::newRow("fewer jobs than workers") << QList<double> { 1.0, 1.0 } << 4 << 2.0;
}

void TestSpeedupCheck::ofARun()
{
    QFETCH(QList<double>, jobSeconds);
    QFETCH(int, workers);
    QFETCH(double, bound);
    QList<quint64> numbers;
    QList<JobResult> results;
    for (int index = 0; index < jobSeconds.size(); ++index) {
        numbers.append(quint64(1000003 + 2 * index));
        JobResult result;
        result.index = index;
        result.number = numbers.constLast();
        result.elapsed = jobSeconds.at(index);
        results.append(result);
    }
    const RunReport report = RunReport::fromResults(numbers, results, workers);
    const SpeedupCheck check = SpeedupCheck::of(report, 0.9, true, 2, 0.1);
    QCOMPARE(check.workers, workers);
    QCOMPARE(check.cores, 2);
    QVERIFY(check.bound);
    QVERIFY(qFuzzyCompare(*check.bound, bound));
    QCOMPARE(check.otherCores, std::optional<double>(0.1));
    QCOMPARE(check.speedup, 0.9);
}

void TestSpeedupCheck::meanOtherCores_data()
{
    QTest::addColumn<QList<QList<double>>>("samples"); // per sample, other programs' share per core
    QTest::addColumn<double>("expected"); // < 0: none
    QTest::newRow("no sample") << QList<QList<double>> {} << -1.0;
    QTest::newRow("one quiet sample") << QList<QList<double>> { { 0.0, 0.1 } } << 0.1;
    QTest::newRow("busy neighbours") << QList<QList<double>> { { 1.0, 0.2 }, { 0.8, 0.6 }, { 0.6, 0.7 } }
                                     << 1.3;
    QTest::newRow("an empty sample is skipped") << QList<QList<double>> { {}, { 0.5, 0.5 } } << 1.0;
}

void TestSpeedupCheck::meanOtherCores()
{
    QFETCH(QList<QList<double>>, samples);
    QFETCH(double, expected);
    QList<UtilizationSample> utilization;
    for (const QList<double> &others : samples) {
        UtilizationSample sample;
        sample.seconds = 0.25 * double(utilization.size());
        for (double other : others)
            sample.usage.cores.append({ 0.3, other });
        utilization.append(sample);
    }
    const std::optional<double> mean = SpeedupCheck::meanOtherCores(utilization);
    QCOMPARE(mean.has_value(), expected >= 0);
    if (expected >= 0)
        QVERIFY(qFuzzyCompare(*mean, expected));
}

QTEST_GUILESS_MAIN(TestSpeedupCheck)
#include "tst_speedupcheck.moc"
