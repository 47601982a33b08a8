#pragma once

// Shared by the runner tests: run a workload to the end and check the contract every
// mode promises (one result per number, the right answers, signals that add up).

#include "millerrabin.h"
#include "runner.h"
#include "runnerfactory.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace RunnerTesting {

// The modes a test can check here: all of them, ThreadSanitizer included (pool threads get
// copies and the store, never the runner).
inline QList<Mode> testableModes()
{
    return Modes::all();
}

// A data table's "mode" column, a row named after each testable mode.
inline void addModeRows()
{
    QTest::addColumn<Mode>("mode");
    for (Mode mode : testableModes())
        QTest::newRow(qPrintable(Modes::name(mode))) << mode;
}

inline RunOptions options(int workers)
{
    RunOptions options;
    options.workers = workers;
    options.sliceDivisions = 1 << 16;
    options.workerProgram = TestPaths::program(QStringLiteral("conviz-worker"));
    return options;
}

// Runs to the end; the report, or a default one when the run failed or timed out.
inline RunReport run(Runner &runner, const Workload &workload, const RunOptions &options,
                     int timeoutMs = 60000)
{
    QSignalSpy finished(&runner, &Runner::runFinished);
    QSignalSpy failed(&runner, &Runner::runFailed);
    runner.start(workload, options);
    if (finished.isEmpty() && !finished.wait(timeoutMs)) {
        qWarning() << "run did not finish; failures:" << failed;
        return {};
    }
    return finished.takeFirst().at(0).value<RunReport>();
}

// Every number answered once, correctly (by Miller-Rabin), with sane timings.
inline bool verifyReport(const RunReport &report, const Workload &workload)
{
    if (report.size() != workload.size() || report.canceled)
        return false;
    for (qsizetype i = 0; i < workload.size(); ++i) {
        const JobResult r = report.result(i);
        if (r.index != i || r.number != workload.numbers.at(i) || !r.error.isEmpty())
            return false;
        if (r.prime != MillerRabin::isPrime(r.number))
            return false;
        if (r.start < 0 || r.end < r.start || r.end > report.wallSeconds + 0.01 || r.elapsed < 0)
            return false;
        if (!report.worker(r.worker) || r.attempts < 1)
            return false;
    }
    return true;
}

// Children of a process (this one by default) still alive, from /proc: the orphan check.
inline QList<qint64> childProcesses(qint64 parent = QCoreApplication::applicationPid())
{
    QList<qint64> children;
    const QByteArray self = QByteArray::number(parent);
    const QDir proc(QStringLiteral("/proc"));
    for (const QString &entry : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        // pid (comm) state ppid ...; comm may hold spaces, so split after the last ')'.
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(1) == self && fields.at(0) != "Z")
            children.append(pid);
    }
    return children;
}

} // namespace RunnerTesting
