#pragma once

#include "jobresult.h"
#include "mode.h"
#include "runoptions.h"
#include "runreport.h"
#include "runstore.h"
#include "workerinfo.h"
#include "workload.h"

#include <QElapsedTimer>
#include <QObject>

#include <chrono>
#include <memory>

// Drives one run in one execution model. The window and the CLI talk only to this
// interface, so a new model is one new subclass (and one row in the mode table). What the
// workers do lands in the run's RunStore, which views read on their own tick
// (RunStore::refreshIntervalMs): the signals here are coarse, a handful per run, never one
// per job. They are emitted on the thread the runner lives on.
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
    // The current (or last) run's store, shared with whoever reads it: it outlives the runner.
    std::shared_ptr<const RunStore> store() const { return m_store; }
    double secondsSinceStart() const;

Q_SIGNALS:
    void runStarted(int jobCount, int workerCount);
    // A worker came to be, or changed (a worker process announcing its pid, a replacement).
    void workerStarted(const WorkerInfo &worker);
    // The worker's end-of-work signal (the book's poison pill coming back), or its stop.
    void workerFinished(int worker);
    void runFinished(const RunReport &report);
    void runFailed(const QString &message);

protected:
    virtual void startWorkers() = 0;
    virtual void stopWorkers() = 0;
    // How many workers a run with these options has: the report, the store and the history
    // say it. The sequential mode has one, whatever --workers says.
    int workerCount(const RunOptions &options) const
    {
        return Modes::workersFor(mode(), options.workerCount());
    }
    // Whether startWorkers() builds what verifies the answers (RunStore::prepareVerification)
    // while its workers start; otherwise start() builds it before the clocks start.
    virtual bool preparesVerificationItself() const { return false; }

    const Workload &workload() const { return m_workload; }
    const RunOptions &options() const { return m_options; }

    // For subclasses, on the runner's thread. Worker threads write to the store directly
    // (sharedStore()) and never call these.
    void addWorker(const WorkerInfo &worker);
    void updateWorker(const WorkerInfo &worker);
    void reportJobStarted(int index, int worker);
    void reportProgress(int index, int worker, double fraction);
    // Records the first answer for a job (a later one for the same job is Ignored). An answer
    // Miller-Rabin disagrees with never ends as a result: as an error (OnWrong::Fail), or
    // not at all (Refuse: Wrong comes back, the job stays pending to be tried again).
    // With held, a stored answer's index is appended there instead of being published: the
    // caller publishes a line of answers together (publishResults), one claim of the
    // completion log instead of one each.
    RunStore::Answer reportResult(const JobResult &result,
                                  RunStore::OnWrong onWrong = RunStore::OnWrong::Fail,
                                  QList<qint32> *held = nullptr);
    // Publishes held indexes and empties the list.
    void publishResults(QList<qint32> &held);
    void reportWorkerFinished(int worker);
    bool hasAllResults() const { return m_store && m_store->finishedCount() == m_store->size(); }
    bool isFinished(int index) const { return m_store && m_store->isFinished(index); }
    const std::shared_ptr<RunStore> &sharedStore() const { return m_store; }
    // The run's clock, for worker threads that must not read the runner: nanoseconds since
    // start from any thread.
    std::chrono::steady_clock::time_point startTime() const { return m_startTime; }
    qint64 nsSinceStart() const
    {
        return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now()
                                                                    - m_startTime)
            .count();
    }
    // Ends the run: every worker has stopped.
    void finish();
    // Ends the run with an error that stops it as a whole (a worker program that cannot start).
    void fail(const QString &message);

private:
    void stopClocks();

    Workload m_workload;
    RunOptions m_options;
    RunReport m_report;
    std::shared_ptr<RunStore> m_store;
    QElapsedTimer m_clock;
    std::chrono::steady_clock::time_point m_startTime;
    double m_cpuAtStart = 0;
    bool m_running = false;
    bool m_canceling = false;
};
