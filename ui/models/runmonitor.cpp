#include "runmonitor.h"

#include "runner.h"

#include <algorithm>

RunMonitor::RunMonitor(ResultsModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    m_timer.setInterval(RunStore::refreshIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &RunMonitor::flush);
}

void RunMonitor::watch(Runner *runner, const QList<quint64> &numbers)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_runner = runner;
    m_store.reset();
    m_total = int(numbers.size());
    m_workers.clear();
    m_runningJobs.clear();
    // The model follows the run's store from its start (at once, in Runner::start); numbers
    // listed pending before are kept as they are, not listed again.
    m_connections = {
        connect(runner, &Runner::runStarted, this, &RunMonitor::onRunStarted),
        connect(runner, &Runner::runFinished, this, &RunMonitor::onRunEnded),
        connect(runner, &Runner::runFailed, this, &RunMonitor::onRunEnded),
    };
}

void RunMonitor::onRunStarted()
{
    m_store = m_runner->store();
    m_cursor = 0;
    m_workersVersion = 0;
    m_doneByWorker.clear();
    m_total = int(m_store->size());
    m_model->reset(m_store);
    m_timer.start();
    flush();
}

void RunMonitor::onRunEnded()
{
    flush();
    m_timer.stop();
    for (WorkerState &state : m_workers) {
        state.job = -1;
        state.finished = true;
    }
    m_model->finishRun();
    Q_EMIT updated();
}

void RunMonitor::flush()
{
    if (!m_store)
        return;
    ++m_flushes;
    if (const quint64 version = m_store->workersVersion(); version != m_workersVersion) {
        m_workersVersion = version;
        const QList<WorkerInfo> infos = m_store->workers();
        m_model->setWorkers(infos);
        for (const WorkerInfo &info : infos) {
            if (info.id >= m_workers.size())
                m_workers.resize(info.id + 1);
            m_workers[info.id].info = info;
        }
        m_runningJobs.resize(m_workers.size(), -1);
    }
    ResultsBatch &batch = m_batch;
    batch.clear();
    batch.finished.reserve(std::max<qsizetype>(0, m_store->finishedCount() - m_cursor));
    // Each worker's count of finished jobs is read off the jobs as they are taken: the workers
    // keep no counter of their own to update for every answer.
    m_store->takeFinished(m_cursor, [this, &batch](qint32 index) {
        batch.finished.append(index);
        const qint32 worker = m_store->record(index).worker;
        if (m_store->status(index) != JobStatus::Done || worker < 0)
            return;
        if (worker >= m_doneByWorker.size())
            m_doneByWorker.resize(worker + 1);
        ++m_doneByWorker[worker];
    });
    for (int i = 0; i < m_workers.size(); ++i) {
        WorkerState &state = m_workers[i];
        if (i >= m_store->workerSlots())
            break;
        const WorkerActivity &activity = m_store->activity(i);
        const int job = activity.job.load(std::memory_order_acquire);
        const double fraction = activity.permyriad.load(std::memory_order_relaxed) / 10000.0;
        state.done = m_doneByWorker.value(i);
        const auto phase = m_store->workerPhase(i);
        state.finished = phase != RunStore::WorkerPhase::Working;
        state.stopped = phase == RunStore::WorkerPhase::Stopped;
        // A job already finished may still show as the worker's until it takes the next.
        const bool busy = job >= 0 && !m_store->isFinished(job);
        state.job = busy ? job : -1;
        state.number = busy ? m_store->number(job) : 0;
        state.fraction = busy ? fraction : 0;
        if (busy)
            batch.running.insert(job, { i, fraction });
        if (m_runningJobs.value(i, -1) != state.job || busy)
            batch.runningChanged = true;
        m_runningJobs[i] = state.job;
    }
    if (!batch.isEmpty())
        m_model->apply(batch);
    Q_EMIT updated();
}
