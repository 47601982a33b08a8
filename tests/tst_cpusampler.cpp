// Per-core load from /proc/stat, fed from fixture files.
#include "cpuclock.h"
#include "cpusampler.h"
#include "testfiles.h"
#include "testpaths.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

namespace {
QByteArray fixture(const QString &name)
{
    QFile file(TestPaths::fixture(QStringLiteral("procstat/%1").arg(name)));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

// A /proc/<pid>/stat line with 52 fields, utime, stime and processor set.
QByteArray statLine(qint64 pid, const QByteArray &command, quint64 utime, quint64 stime, int processor,
                    int fields = 52)
{
    QList<QByteArray> tokens { QByteArray::number(pid), "(" + command + ")", "R" };
    while (tokens.size() < fields)
        tokens.append("0");
    tokens[13] = QByteArray::number(utime);
    tokens[14] = QByteArray::number(stime);
    if (fields > 38)
        tokens[38] = QByteArray::number(processor);
    return tokens.join(' ') + '\n';
}

// Of the one usage sampled: each core's own and other share, as expected ("" when they are).
QString coresDiffer(const QSignalSpy &usageSampled, const QList<double> &own, const QList<double> &other)
{
    if (usageSampled.size() != 1)
        return QStringLiteral("%1 usages sampled").arg(usageSampled.size());
    const CpuUsage usage = usageSampled.at(0).at(0).value<CpuUsage>();
    if (usage.cores.size() != own.size())
        return QStringLiteral("%1 cores").arg(usage.cores.size());
    for (qsizetype i = 0; i < own.size(); ++i) {
        if (qAbs(usage.cores.at(i).own - own.at(i)) > 1e-9
            || qAbs(usage.cores.at(i).other - other.at(i)) > 1e-9)
            return QStringLiteral("core %1: own %2, other %3")
                .arg(i)
                .arg(usage.cores.at(i).own)
                .arg(usage.cores.at(i).other);
    }
    return {};
}

void writeFile(const QString &path, const QByteArray &data)
{
    if (!TestFiles::write(path, data))
        qFatal("cannot write %s", qPrintable(path));
}

double threadCpuSeconds()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

// Keeps this thread on a core for the given CPU time (not wall time: the machine is shared).
void burnCpu(double seconds)
{
    const double until = threadCpuSeconds() + seconds;
    QDeadlineTimer deadline(30000);
    volatile quint64 sink = 0;
    while (threadCpuSeconds() < until && !deadline.hasExpired()) {
        for (int i = 0; i < 100000; ++i)
            sink = sink + quint64(i) * 7;
    }
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
    void taskStat_data();
    void taskStat();
    void badTaskStat_data();
    void badTaskStat();
    void split_data();
    void split();
    void ownTasksAndWorkers();
    void endedThreadsStayOwn();
    void ownLoadOfThisProgram();
    void cpuClockCountsThisProgram();
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
    const auto write = [&path](const QString &name) { QVERIFY(TestFiles::write(path, fixture(name))); };
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

void TestCpuSampler::taskStat_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<quint64>("jiffies");
    QTest::addColumn<int>("processor");
    QTest::newRow("thread") << statLine(100, "conviz", 10, 4, 1) << quint64(14) << 1;
    QTest::newRow("command with ') ' and spaces") << statLine(7, "a) b (c", 3, 2, 0) << quint64(5) << 0;
    QTest::newRow("old kernel: no processor field") << statLine(7, "w", 3, 2, 0, 20) << quint64(5) << -1;
}

void TestCpuSampler::taskStat()
{
    QFETCH(QByteArray, line);
    QFETCH(quint64, jiffies);
    QFETCH(int, processor);
    QString error;
    const std::optional<TaskTimes> times = ProcPidStat::parse(line, &error);
    QVERIFY2(times, qPrintable(error));
    QCOMPARE(times->jiffies, jiffies);
    QCOMPARE(times->processor, processor);
}

void TestCpuSampler::badTaskStat_data()
{
    // The error names the place (line:column) and the field.
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("error");
    QTest::newRow("no command") << QByteArray("garbage") << "1:1: no '(command)' field";
    QTest::newRow("too short") << QByteArray("1 (a) R 1 2") << "1:12: expected at least 15 fields, got 5";
    QList<QByteArray> tokens = statLine(1, "a", 3, 2, 0).trimmed().split(' ');
    tokens[14] = "x";
    const QByteArray badStime = tokens.join(' ');
    QTest::newRow("stime not a number")
        << badStime
        << QStringLiteral("1:%1: field 'stime' is not a number: 'x'").arg(badStime.indexOf(" x ") + 2);
    tokens[14] = "2";
    tokens[38] = "-1";
    const QByteArray badCore = tokens.join(' ');
    QTest::newRow("processor not a core")
        << badCore
        << QStringLiteral("1:%1: field 'processor' is not a core: '-1'").arg(badCore.indexOf(" -1 ") + 2);
}

void TestCpuSampler::badTaskStat()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, error);
    QString why;
    QVERIFY(!ProcPidStat::parse(line, &why));
    QCOMPARE(why, error);
}

void TestCpuSampler::split_data()
{
    // two-cores fixtures: core 1 busy 100 of 100 jiffies, core 2 busy 25 of 100.
    QTest::addColumn<QList<quint64>>("own");
    QTest::addColumn<QList<double>>("expectedOwn");
    QTest::addColumn<QList<double>>("expectedOther");
    QTest::newRow("none of it ours") << QList<quint64> { 0, 0 } << QList<double> { 0, 0 }
                                     << QList<double> { 1.0, 0.25 };
    QTest::newRow("half of core 1 ours")
        << QList<quint64> { 50, 0 } << QList<double> { 0.5, 0 } << QList<double> { 0.5, 0.25 };
    QTest::newRow("all of it ours") << QList<quint64> { 100, 25 } << QList<double> { 1.0, 0.25 }
                                    << QList<double> { 0, 0 };
    QTest::newRow("billed beyond core 2's load: the rest goes to core 1")
        << QList<quint64> { 0, 60 } << QList<double> { 0.35, 0.25 } << QList<double> { 0.65, 0 };
    QTest::newRow("more than the machine did")
        << QList<quint64> { 200, 200 } << QList<double> { 1.0, 0.25 } << QList<double> { 0, 0 };
    QTest::newRow("no own sample") << QList<quint64> {} << QList<double> { 0, 0 }
                                   << QList<double> { 1.0, 0.25 };
}

void TestCpuSampler::split()
{
    QFETCH(QList<quint64>, own);
    QFETCH(QList<double>, expectedOwn);
    QFETCH(QList<double>, expectedOther);
    const auto before = ProcStat::parse(fixture(QStringLiteral("two-cores-before.txt")));
    const auto after = ProcStat::parse(fixture(QStringLiteral("two-cores-after.txt")));
    const QList<CoreUsage> cores = ProcStat::split(*before, *after, own);
    QCOMPARE(cores.size(), 2);
    for (qsizetype i = 0; i < cores.size(); ++i) {
        QVERIFY2(qAbs(cores.at(i).own - expectedOwn.at(i)) < 1e-9,
                 qPrintable(QStringLiteral("core %1 own %2").arg(i).arg(cores.at(i).own)));
        QVERIFY2(qAbs(cores.at(i).other - expectedOther.at(i)) < 1e-9,
                 qPrintable(QStringLiteral("core %1 other %2").arg(i).arg(cores.at(i).other)));
    }
}

void TestCpuSampler::ownTasksAndWorkers()
{
    // A fake /proc: this program's threads under self/task, a worker process under 4242/task,
    // and a process that is not ours under 999.
    QTemporaryDir dir;
    const QString root = dir.path();
    writeFile(root + QLatin1String("/stat"), fixture(QStringLiteral("two-cores-before.txt")));
    writeFile(root + QLatin1String("/self/task/100/stat"), statLine(100, "conviz", 10, 0, 0));
    writeFile(root + QLatin1String("/4242/task/4242/stat"), statLine(4242, "conviz-worker", 0, 0, 1));
    writeFile(root + QLatin1String("/999/task/999/stat"), statLine(999, "other", 0, 0, 1));
    CpuSampler sampler(nullptr, root + QLatin1String("/stat"), root);
    sampler.setProcesses({ 4242 });
    QSignalSpy usageSampled(&sampler, &CpuSampler::usageSampled);
    QVERIFY(sampler.sampleNow());
    QCOMPARE(usageSampled.size(), 0);

    writeFile(root + QLatin1String("/stat"), fixture(QStringLiteral("two-cores-after.txt")));
    writeFile(root + QLatin1String("/self/task/100/stat"),
              statLine(100, "conviz", 30, 20, 0)); // +40 on core 1
    writeFile(root + QLatin1String("/self/task/101/stat"),
              statLine(101, "conviz", 3, 2, 1)); // new: +5 on core 2
    writeFile(root + QLatin1String("/4242/task/4242/stat"), statLine(4242, "conviz-worker", 15, 5, 1)); // +20
    writeFile(root + QLatin1String("/999/task/999/stat"), statLine(999, "other", 50, 50, 1));
    QVERIFY(sampler.sampleNow());
    const QString differ = coresDiffer(usageSampled, { 0.4, 0.25 }, { 0.6, 0.0 });
    QVERIFY2(differ.isEmpty(), qPrintable(differ));
    const CpuUsage usage = usageSampled.at(0).at(0).value<CpuUsage>();
    QVERIFY(qAbs(usage.ownCores() - 0.65) < 1e-9);
    QVERIFY(qAbs(usage.otherCores() - 0.6) < 1e-9);
}

// A thread that ends between two samples (a run's worker at its end) takes its task entry
// with it; its last stretch is still this program's, on the core it last ran on, read from
// the process's own total (which counts ended threads).
void TestCpuSampler::endedThreadsStayOwn()
{
    QTemporaryDir dir;
    const QString root = dir.path();
    writeFile(root + QLatin1String("/stat"), fixture(QStringLiteral("two-cores-before.txt")));
    writeFile(root + QLatin1String("/self/stat"), statLine(100, "conviz", 20, 10, 0));
    writeFile(root + QLatin1String("/self/task/100/stat"), statLine(100, "conviz", 10, 0, 0));
    writeFile(root + QLatin1String("/self/task/101/stat"), statLine(101, "conviz", 15, 5, 1));
    CpuSampler sampler(nullptr, root + QLatin1String("/stat"), root);
    QSignalSpy usageSampled(&sampler, &CpuSampler::usageSampled);
    QVERIFY(sampler.sampleNow());

    writeFile(root + QLatin1String("/stat"), fixture(QStringLiteral("two-cores-after.txt")));
    writeFile(root + QLatin1String("/self/stat"), statLine(100, "conviz", 60, 35, 0)); // +65 in all
    writeFile(root + QLatin1String("/self/task/100/stat"),
              statLine(100, "conviz", 30, 20, 0)); // +40 on core 1
    QVERIFY(QFile::remove(root + QLatin1String("/self/task/101/stat"))); // ended: +25 on core 2
    QVERIFY(QDir(root + QLatin1String("/self/task/101")).removeRecursively());
    QVERIFY(sampler.sampleNow());
    const QString differ = coresDiffer(usageSampled, { 0.4, 0.25 }, { 0.6, 0.0 });
    QVERIFY2(differ.isEmpty(), qPrintable(differ));

    // No task ended: a total a few ticks ahead of its tasks' sum (the kernel rounds them
    // apart) is no one's load.
    writeFile(root + QLatin1String("/stat"), fixture(QStringLiteral("two-cores-before.txt")));
    QVERIFY(sampler.sampleNow()); // counters that went back: nothing to say, a new start
    writeFile(root + QLatin1String("/stat"), fixture(QStringLiteral("two-cores-after.txt")));
    writeFile(root + QLatin1String("/self/stat"), statLine(100, "conviz", 80, 58, 0)); // +43
    writeFile(root + QLatin1String("/self/task/100/stat"), statLine(100, "conviz", 50, 40, 0)); // +40
    usageSampled.clear();
    QVERIFY(sampler.sampleNow());
    const QString noise = coresDiffer(usageSampled, { 0.4, 0.0 }, { 0.6, 0.25 });
    QVERIFY2(noise.isEmpty(), qPrintable(noise));
}

void TestCpuSampler::ownLoadOfThisProgram()
{
    if (!QFile::exists(QStringLiteral("/proc/self/task")))
        QSKIP("no /proc here");
    CpuSampler sampler;
    QVERIFY(sampler.sampleNow());
    burnCpu(0.3);
    QVERIFY(sampler.sampleNow());
    // 0.3 s of this thread's CPU time is at least a few jiffies of own load on some core.
    QVERIFY2(sampler.usage().ownCores() > 0, qPrintable(QString::number(sampler.usage().ownCores())));
    for (const CoreUsage &core : sampler.usage().cores)
        QVERIFY(core.own >= 0 && core.other >= 0 && core.busy() <= 1.0 + 1e-9);
}

void TestCpuSampler::cpuClockCountsThisProgram()
{
    const double before = CpuClock::ownSeconds();
    burnCpu(0.2);
    const double after = CpuClock::ownSeconds();
    QVERIFY2(after - before >= 0.15, qPrintable(QString::number(after - before)));
    if (QFile::exists(QStringLiteral("/proc/self/stat")))
        QVERIFY(CpuClock::processSeconds(QCoreApplication::applicationPid()) > 0);
    QCOMPARE(CpuClock::processSeconds(-1), 0.0);
}

QTEST_GUILESS_MAIN(TestCpuSampler)
#include "tst_cpusampler.moc"
