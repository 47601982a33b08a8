// Per-core load from /proc/stat, fed from fixture files.
#include "cpusampler.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(CONVIZ_FIXTURES "/procstat/%1").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}
} // namespace

class TestCpuSampler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loads_data();
    void loads();
    void badContent_data();
    void badContent();
    void coreCountChanged();
    void sampler();
    void missingFileFailsOnce();
    void realProcStat();
};

void TestCpuSampler::loads_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QList<double>>("expected");
    QTest::newRow("2 cores: one busy, one a quarter") << "two-cores-before.txt"
                                                      << "two-cores-after.txt" << QList<double> { 1.0, 0.25 };
    QTest::newRow("idle") << "two-cores-before.txt"
                          << "idle-after.txt" << QList<double> { 0.0, 0.0 };
    QTest::newRow("guest time not counted twice") << "two-cores-before.txt"
                                                  << "guest-after.txt" << QList<double> { 1.0, 0.25 };
    QTest::newRow("old kernel, four counters") << "four-fields-before.txt"
                                               << "four-fields-after.txt" << QList<double> { 0.3 };
    QTest::newRow("no time passed") << "two-cores-before.txt"
                                    << "two-cores-before.txt" << QList<double> { 0.0, 0.0 };
    QTest::newRow("counters went back") << "two-cores-after.txt"
                                        << "two-cores-before.txt" << QList<double> { 0.0, 0.0 };
    QList<double> eight;
    for (int i = 0; i < 8; ++i)
        eight << i / 10.0;
    QTest::newRow("8 cores") << "eight-cores-before.txt"
                             << "eight-cores-after.txt" << eight;
}

void TestCpuSampler::loads()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QList<double>, expected);
    QString error;
    const auto a = ProcStat::parse(fixture(before), &error);
    QVERIFY2(a, qPrintable(error));
    const auto b = ProcStat::parse(fixture(after), &error);
    QVERIFY2(b, qPrintable(error));
    const QList<double> loads = ProcStat::loads(*a, *b);
    QCOMPARE(loads.size(), expected.size());
    for (qsizetype i = 0; i < loads.size(); ++i)
        QVERIFY2(qAbs(loads.at(i) - expected.at(i)) < 1e-9,
                 qPrintable(QStringLiteral("core %1: %2").arg(i).arg(loads.at(i))));
}

void TestCpuSampler::badContent_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("error");
    QTest::newRow("not a number") << "bad-field.txt"
                                  << "3:8: field 'nice' is not a number: 'x7'";
    QTest::newRow("truncated line") << "truncated.txt"
                                    << "2:9: expected at least 4 counters, got 2";
    QTest::newRow("garbage") << "garbage.txt"
                             << "1:1: no per-core 'cpuN' line";
}

void TestCpuSampler::badContent()
{
    QFETCH(QString, file);
    QFETCH(QString, error);
    QString why;
    QVERIFY(!ProcStat::parse(fixture(file), &why));
    QCOMPARE(why, error);
}

void TestCpuSampler::coreCountChanged()
{
    const auto two = ProcStat::parse(fixture(QStringLiteral("two-cores-before.txt")));
    const auto eight = ProcStat::parse(fixture(QStringLiteral("eight-cores-after.txt")));
    QCOMPARE(ProcStat::loads(*two, *eight), QList<double>(8, 0.0));
}

void TestCpuSampler::sampler()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stat"));
    const auto write = [&path](const QString &name) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(fixture(name));
    };
    write(QStringLiteral("two-cores-before.txt"));
    CpuSampler sampler(nullptr, path);
    QSignalSpy sampled(&sampler, &CpuSampler::sampled);
    QVERIFY(sampler.sampleNow());
    QCOMPARE(sampled.size(), 0); // one sample is no load yet
    QCOMPARE(sampler.coreCount(), 2);
    write(QStringLiteral("two-cores-after.txt"));
    QVERIFY(sampler.sampleNow());
    QCOMPARE(sampled.size(), 1);
    QCOMPARE(sampled.at(0).at(0).value<QList<double>>(), (QList<double> { 1.0, 0.25 }));
    QCOMPARE(sampler.loads(), (QList<double> { 1.0, 0.25 }));
}

void TestCpuSampler::missingFileFailsOnce()
{
    CpuSampler sampler(nullptr, QStringLiteral("/no/such/stat"));
    QSignalSpy failed(&sampler, &CpuSampler::failed);
    QVERIFY(!sampler.sampleNow());
    QVERIFY(!sampler.sampleNow());
    QCOMPARE(failed.size(), 1);
    QVERIFY(sampler.errorString().startsWith(QLatin1String("/no/such/stat")));
}

void TestCpuSampler::realProcStat()
{
    if (!QFile::exists(QStringLiteral("/proc/stat")))
        QSKIP("no /proc/stat here");
    CpuSampler sampler;
    QSignalSpy sampled(&sampler, &CpuSampler::sampled);
    sampler.start(50);
    QVERIFY(sampled.wait(2000));
    const QList<double> loads = sampled.at(0).at(0).value<QList<double>>();
    QCOMPARE(loads.size(), sampler.coreCount());
    for (double load : loads)
        QVERIFY(load >= 0.0 && load <= 1.0);
}

QTEST_GUILESS_MAIN(TestCpuSampler)
#include "tst_cpusampler.moc"
