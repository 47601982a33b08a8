#include "runmonitor.h"

#include "runner.h"

RunMonitor::RunMonitor(ResultsModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    m_timer.setInterval(flushIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &RunMonitor::flush);
}

void RunMonitor::watch(Runner *runner, const QList<quint64> &numbers)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_runner = runner;
    m_numbers = numbers;
    m_total = int(numbers.size());
    m_batch = {};
    m_workers.clear();
    m_workersChanged = true;
    m_model->reset(numbers);
    m_connections = {
        connect(runner, &Runner::workerStarted, this, &RunMonitor::onWorkerStarted),
        connect(runner, &Runner::workerFinished, this, &RunMonitor::onWorkerFinished),
        connect(runner, &Runner::jobStarted, this, &RunMonitor::onJobStarted),
        connect(runner, &Runner::jobProgress, this, &RunMonitor::onJobProgress),
        connect(runner, &Runner::jobFinished, this, &RunMonitor::onJobFinished),
        connect(runner, &Runner::runFinished, this, &RunMonitor::onRunEnded),
        connect(runner, &Runner::runFailed, this, &RunMonitor::onRunEnded),
    };
    m_timer.start();
    flush();
}

WorkerState *RunMonitor::workerState(int worker)
{
    for (WorkerState &state : m_workers) {
        if (state.info.id == worker)
            return &state;
    }
    return nullptr;
}

void RunMonitor::onWorkerStarted(const WorkerInfo &worker)
{
    if (WorkerState *state = workerState(worker.id)) {
        state->info = worker; // a worker process announcing its pid, or its replacement
    } else {
        WorkerState fresh;
        fresh.info = worker;
        m_workers.append(fresh);
    }
    m_workersChanged = true;
}

void RunMonitor::onWorkerFinished(int worker)
{
    if (WorkerState *state = workerState(worker)) {
        state->finished = true;
        state->job = -1;
        m_workersChanged = true;
    }
}

void RunMonitor::onJobStarted(int index, int worker)
{
    m_batch.started.append({ index, worker });
    if (WorkerState *state = workerState(worker)) {
        state->job = index;
        state->number = m_numbers.value(index);
        state->fraction = 0;
    }
}

void RunMonitor::onJobProgress(int index, int worker, double fraction)
{
    m_batch.progress.insert(index, fraction);
    if (WorkerState *state = workerState(worker); state && state->job == index)
        state->fraction = fraction;
}

void RunMonitor::onJobFinished(const JobResult &result)
{
    m_batch.finished.append(result);
    m_batch.progress.remove(result.index);
    if (WorkerState *state = workerState(result.worker)) {
        if (result.error.isEmpty())
            ++state->done;
        if (state->job == result.index) {
            state->fraction = 1;
            state->job = -1;
        }
    }
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
    ++m_flushes;
    if (m_workersChanged) {
        QList<WorkerInfo> infos;
        for (const WorkerState &state : std::as_const(m_workers))
            infos.append(state.info);
        m_model->setWorkers(infos);
        m_workersChanged = false;
    }
    if (!m_batch.isEmpty()) {
        m_model->apply(m_batch);
        m_batch = {};
    }
    Q_EMIT updated();
}
