#pragma once

#include "comparison.h"
#include "cpusampler.h"
#include "mode.h"
#include "runoptions.h"
#include "workload.h"

#include <QObject>

#include <memory>

class Runner;

// One run a comparison or a sweep asks for.
struct PlannedRun
{
    Mode mode = Mode::Sequential;
    int workers = 1;
};

// Runs a plan of runs on one workload, one after another (never two at once: they would
// steal each other's cores), repeated in rounds so a slow moment of the machine does not
// fall on one mode alone. Before the first run it samples the machine for a moment and
// says whether other programs keep a core busy. Compare and sweep, in the window and in
// the terminal, are this class with a different plan.
class BatchRun : public QObject
{
    Q_OBJECT
public:
    explicit BatchRun(QObject *parent = nullptr);
    ~BatchRun() override;

    // Every mode with the same worker count (sequential with one).
    static QList<PlannedRun> comparePlan(const QList<Mode> &modes, int workers);
    // The sequential baseline, then the mode with 1, 2, ... maxWorkers workers.
    static QList<PlannedRun> sweepPlan(Mode mode, int maxWorkers);

    // How long the machine is watched before the first run; 0 skips the check.
    void setCheckMs(int ms) { m_checkMs = ms; }
    // Starts; false while a batch is under way or when the plan or repeat is empty.
    bool start(const Workload &workload, const QList<PlannedRun> &plan, int repeat,
               const RunOptions &options = {});
    // Stops the run under way at its next slice; finished(true) follows.
    void stop();
    bool isRunning() const { return m_running; }
    int total() const { return int(m_plan.size()) * m_repeat; }
    int done() const { return int(m_samples.size()); }
    const QList<RunSample> &samples() const { return m_samples; }
    // The run under way, if any (its store is what a live view reads).
    Runner *runner() const { return m_runner.get(); }

Q_SIGNALS:
    // The machine before the first run; warning is empty when it was quiet.
    void machineChecked(const CpuUsage &usage, const QString &warning);
    // Run number index (from 0) of total starts.
    void runStarted(int index, int total, Mode mode, int workers);
    void sampleTaken(const RunSample &sample);
    // Every run done, or stopped (then the samples hold the runs that finished).
    void finished(bool stopped);
    void failed(const QString &message);

private:
    void checkMachine();
    void startNext();
    void startNextLater();

    Workload m_workload;
    QList<PlannedRun> m_plan;
    RunOptions m_options;
    int m_repeat = 1;
    int m_checkMs = 500;
    int m_next = 0;
    // Which start() this is: what a timer of an earlier batch still delivers is ignored.
    quint64 m_batch = 0;
    bool m_running = false;
    bool m_stopping = false;
    QList<RunSample> m_samples;
    std::unique_ptr<Runner> m_runner;
    CpuSampler m_sampler;
};
