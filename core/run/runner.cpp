#include "runner.h"

#include "cpuclock.h"

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
    m_report.workerCount = workerCount(options);
    m_store = std::make_shared<RunStore>(workload.numbers, m_report.workerCount);
    m_report.store = m_store;
    // Not on the clocks: in a thread that writes answers, the sieve's milliseconds would be
    // counted in the time of the job after the first.
    if (!preparesVerificationItself())
        m_store->prepareVerification();
    m_canceling = false;
    m_running = true;
    m_clock.invalidate();
    Q_EMIT runStarted(int(workload.size()), m_report.workerCount);
    // The clocks start with the workers: what the views do to get ready (a table of a million
    // rows takes a while) is not the model's cost.
    m_cpuAtStart = CpuClock::ownSeconds();
    m_clock.start();
    m_startTime = std::chrono::steady_clock::now();
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
    m_store->setWorker(worker);
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
    m_store->setWorker(worker);
    Q_EMIT workerStarted(worker);
}

void Runner::reportJobStarted(int index, int worker)
{
    m_store->setRunning(worker, index);
}

void Runner::reportProgress(int index, int worker, double fraction)
{
    if (worker >= 0 && worker < m_store->workerSlots()
        && m_store->activity(worker).job.load(std::memory_order_relaxed) == index)
        m_store->setProgress(worker, fraction);
}

RunStore::Answer Runner::reportResult(const JobResult &result, RunStore::OnWrong onWrong, QList<qint32> *held)
{
    if (!m_store || result.index < 0 || result.index >= m_store->size())
        return RunStore::Answer::Ignored;
    if (result.worker >= 0 && result.worker < m_store->workerSlots()
        && m_store->activity(result.worker).job.load(std::memory_order_relaxed) == result.index)
        m_store->activity(result.worker).job.store(-1, std::memory_order_relaxed);
    const RunStore::Answer answer = m_store->writeAnswer(result, onWrong);
    if (answer == RunStore::Answer::Stored) {
        const qint32 index = result.index;
        if (held)
            held->append(index);
        else
            m_store->publish(&index, 1);
    }
    return answer;
}

void Runner::publishResults(QList<qint32> &held)
{
    if (m_store)
        m_store->publish(held.constData(), held.size());
    held.clear();
}

void Runner::reportWorkerFinished(int worker)
{
    m_store->setWorkerPhase(worker,
                            m_canceling ? RunStore::WorkerPhase::Stopped : RunStore::WorkerPhase::Finished);
    Q_EMIT workerFinished(worker);
}

void Runner::finish()
{
    if (!m_running)
        return;
    m_running = false;
    stopClocks();
    m_report.canceled = m_canceling || !hasAllResults();
    Q_EMIT runFinished(m_report);
}

void Runner::fail(const QString &message)
{
    if (!m_running)
        return;
    m_running = false;
    stopClocks();
    m_report.canceled = true;
    Q_EMIT runFailed(message);
}

void Runner::stopClocks()
{
    m_report.wallSeconds = secondsSinceStart();
    m_report.cpuSeconds = std::max(0.0, CpuClock::ownSeconds(m_report.workerPids()) - m_cpuAtStart);
}
