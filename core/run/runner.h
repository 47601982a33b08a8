#pragma once

#include "jobresult.h"
#include "mode.h"
#include "runoptions.h"
#include "runreport.h"
#include "workerinfo.h"
#include "workload.h"

#include <QElapsedTimer>
#include <QObject>

// Drives one run in one execution model. The window and the CLI talk only to this
// interface, so a new model is one new subclass. Signals are emitted on the thread the
// runner lives on, batched by the runner so a big workload does not flood the event loop.
class Runner : public QObject
{
    Q_OBJECT
public:
    explicit Runner(QObject *parent = nullptr);

    virtual Mode mode() const = 0;

    // Starts checking the workload and returns at once. Ignored while a run is under way.
    void start(const Workload &workload, const RunOptions &options = {});
    // Stops every worker at its next slice; runFinished follows with report().canceled set.
    void cancel();
    bool isRunning() const { return m_running; }
    bool isCanceling() const { return m_canceling; }
    // The current run so far, or the last one.
    const RunReport &report() const { return m_report; }
    double secondsSinceStart() const;

Q_SIGNALS:
    void runStarted(int jobCount, int workerCount);
    void workerStarted(const WorkerInfo &worker);
    // The worker's end-of-work signal: the book's poison pill coming back.
    void workerFinished(int worker);
    void jobStarted(int index, int worker);
    void jobProgress(int index, int worker, double fraction);
    void jobFinished(const JobResult &result);
    void runFinished(const RunReport &report);
    void runFailed(const QString &message);

protected:
    virtual void startWorkers() = 0;
    virtual void stopWorkers() = 0;

    const Workload &workload() const { return m_workload; }
    const RunOptions &options() const { return m_options; }

    // For subclasses, on the runner's thread.
    void addWorker(const WorkerInfo &worker);
    void updateWorker(const WorkerInfo &worker);
    void reportJobStarted(int index, int worker);
    void reportProgress(int index, int worker, double fraction);
    void reportResult(const JobResult &result);
    void reportWorkerFinished(int worker);
    bool hasAllResults() const { return m_resultCount == m_workload.size(); }
    // Ends the run: every worker has stopped.
    void finish();
    // Ends the run with an error that stops it as a whole (a worker program that cannot start).
    void fail(const QString &message);

private:
    Workload m_workload;
    RunOptions m_options;
    RunReport m_report;
    QElapsedTimer m_clock;
    qsizetype m_resultCount = 0;
    bool m_running = false;
    bool m_canceling = false;
};
