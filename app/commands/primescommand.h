#pragma once

#include "cpusampler.h"
#include "mode.h"
#include "runoptions.h"
#include "workload.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>

class QIODevice;
class QTextStream;
class Runner;
struct RunReport;

// `conviz-cli primes`: checks a workload in one mode and prints the book's table or an
// export. Exit codes: 0 done, 1 the run or a write failed, 2 bad usage or bad input,
// 130 interrupted.
class PrimesCommand : public QObject
{
    Q_OBJECT
public:
    enum ExitCode { Done = 0, Failed = 1, BadInput = 2, Interrupted = 130 };

    PrimesCommand(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~PrimesCommand() override;

    // Parses the arguments after "primes" (arguments[0] is the program name) and starts
    // the run. Returns an exit code when it is already over (help, bad usage, bad input).
    std::optional<int> start(const QStringList &arguments);
    void interrupt();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onFinished(const RunReport &report);
    void printNewRows();
    bool hasOutputFile() const;
    // The book's table, written to a file.
    bool writeTable(const RunReport &report, QIODevice &device) const;
    // Empty when everything written to standard output got there, else why not.
    QString standardOutputError();

    QTextStream &m_out;
    QTextStream &m_err;
    Mode m_mode = Mode::Sequential;
    RunOptions m_options;
    Workload m_workload;
    QString m_format;
    QString m_outputPath;
    QString m_tracePath;
    std::unique_ptr<Runner> m_runner;
    QTimer m_rowTimer;
    // With --trace: the machine sampled during the run, for the trace's CPU counters.
    std::unique_ptr<CpuSampler> m_cpu;
    QList<UtilizationSample> m_utilization;
    qsizetype m_rowCursor = 0;
    int m_numberWidth = 16; // the table's number column (BookTable::numberWidth)
    bool m_interrupted = false;
};
