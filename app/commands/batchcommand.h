#pragma once

#include "batchrun.h"
#include "runarguments.h"

#include <QObject>
#include <QStringList>

#include <optional>

class QTextStream;

// `conviz-cli compare`: every mode on one workload and worker count, repeated, one row per
// mode with speedups against the sequential row of the same invocation.
// `conviz-cli sweep`: one mode with 1, 2, ... workers, against the sequential baseline, the
// ideal and the bound the work itself sets.
// Both sample the machine first and warn on standard error when other programs keep a core
// busy. Exit codes: 0 done, 1 a run or a write failed, 2 bad usage or input, 130 interrupted.
class BatchCommand : public QObject
{
    Q_OBJECT
public:
    enum Kind { Compare, Sweep };
    enum ExitCode { Done = 0, Failed = 1, BadInput = 2, Interrupted = 130 };

    BatchCommand(Kind kind, QTextStream &out, QTextStream &err, QObject *parent = nullptr);

    // Parses the arguments after the command name (arguments[0] is the program) and starts.
    // Returns an exit code when it is already over (help, bad usage, bad input).
    std::optional<int> start(const QStringList &arguments);
    void interrupt();
    // 0 skips the moment of sampling the machine (tests).
    void setCheckMs(int ms) { m_batch.setCheckMs(ms); }

Q_SIGNALS:
    void finished(int exitCode);

private:
    QString name() const { return m_kind == Compare ? QStringLiteral("compare") : QStringLiteral("sweep"); }
    std::optional<int> readPlan(const QCommandLineParser &parser, RunArguments &run);
    void onFinished(bool stopped);
    QByteArray output() const;

    Kind m_kind;
    QTextStream &m_out;
    QTextStream &m_err;
    RunArguments m_run;
    Mode m_mode = Mode::Threads; // the swept mode
    int m_repeat = 1;
    QList<PlannedRun> m_plan;
    BatchRun m_batch;
    bool m_interrupted = false;
};
