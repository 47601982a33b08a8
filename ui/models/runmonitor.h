#pragma once

#include "resultsmodel.h"
#include "workerstate.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

class Runner;

// Sits between a Runner and the window: on its own tick (RunStore::refreshIntervalMs) it
// takes what changed in the run's store since the last one and hands it to the results model
// and the worker bars, so the GUI thread stays free for the spinner however fast results
// arrive. This tick is the one throttle between workers and views.
class RunMonitor : public QObject
{
    Q_OBJECT
public:
    explicit RunMonitor(ResultsModel *model, QObject *parent = nullptr);

    // Follows this runner's next run; call before Runner::start().
    void watch(Runner *runner, const QList<quint64> &numbers);
    const QList<WorkerState> &workers() const { return m_workers; }
    int total() const { return m_total; }
    int done() const { return m_model->doneCount(); }
    int flushes() const { return m_flushes; }
    // The run being watched (or the last one), for views that read the store themselves.
    std::shared_ptr<const RunStore> store() const { return m_store; }

Q_SIGNALS:
    // After each batch reached the model.
    void updated();

private:
    void onRunStarted();
    void onRunEnded();
    void flush();

    ResultsModel *m_model;
    QPointer<Runner> m_runner;
    QList<QMetaObject::Connection> m_connections;
    QTimer m_timer;
    std::shared_ptr<const RunStore> m_store;
    qsizetype m_cursor = 0;
    quint64 m_workersVersion = 0;
    QList<WorkerState> m_workers;
    QList<int> m_runningJobs; // per worker, what the model was last told
    QList<int> m_doneByWorker; // jobs each worker finished, counted from the completion log
    // Filled afresh on every tick: its memory is kept (fresh memory costs page faults, and a
    // tick of a million-number run takes hundreds of thousands of jobs).
    ResultsBatch m_batch;
    int m_total = 0;
    int m_flushes = 0;
};
