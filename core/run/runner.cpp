#include "runner.h"

#include <algorithm>

Runner::Runner(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<JobResult>();
    qRegisterMetaType<WorkerInfo>();
    qRegisterMetaType<RunReport>();
}

void Runner::start(const Workload &workload, const RunOptions &options)
{
    if (m_running)
        return;
    m_workload = workload;
    m_options = options;
    m_report = {};
    m_report.mode = Modes::name(mode());
    m_report.workload = workload.name;
    m_report.workerCount = options.workerCount();
    m_report.results.resize(workload.size());
    for (qsizetype i = 0; i < workload.size(); ++i)
        m_report.results[i].number = workload.numbers.at(i);
    m_resultCount = 0;
    m_canceling = false;
    m_running = true;
    m_clock.start();
    Q_EMIT runStarted(int(workload.size()), m_report.workerCount);
    startWorkers();
}

void Runner::cancel()
{
    if (!m_running || m_canceling)
        return;
    m_canceling = true;
    stopWorkers();
}

double Runner::secondsSinceStart() const
{
    return m_clock.isValid() ? double(m_clock.nsecsElapsed()) / 1e9 : 0.0;
}

void Runner::addWorker(const WorkerInfo &worker)
{
    m_report.workers.append(worker);
    Q_EMIT workerStarted(worker);
}

void Runner::updateWorker(const WorkerInfo &worker)
{
    auto it = std::find_if(m_report.workers.begin(), m_report.workers.end(),
                           [&worker](const WorkerInfo &w) { return w.id == worker.id; });
    if (it == m_report.workers.end()) {
        addWorker(worker);
        return;
    }
    *it = worker;
    Q_EMIT workerStarted(worker);
}

void Runner::reportJobStarted(int index, int worker)
{
    Q_EMIT jobStarted(index, worker);
}

void Runner::reportProgress(int index, int worker, double fraction)
{
    Q_EMIT jobProgress(index, worker, fraction);
}

void Runner::reportResult(const JobResult &result)
{
    if (result.index < 0 || result.index >= m_report.results.size())
        return;
    JobResult &slot = m_report.results[result.index];
    // A result that arrives twice (a worker answered, then died) must not count twice.
    if (slot.index < 0)
        ++m_resultCount;
    slot = result;
    Q_EMIT jobFinished(result);
}

void Runner::reportWorkerFinished(int worker)
{
    Q_EMIT workerFinished(worker);
}

void Runner::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_report.wallSeconds = secondsSinceStart();
    m_report.canceled = m_canceling || !hasAllResults();
    Q_EMIT runFinished(m_report);
}

void Runner::fail(const QString &message)
{
    if (!m_running)
        return;
    m_running = false;
    m_report.wallSeconds = secondsSinceStart();
    m_report.canceled = true;
    Q_EMIT runFailed(message);
}
