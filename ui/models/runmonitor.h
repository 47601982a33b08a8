#pragma once

#include "resultsmodel.h"
#include "workerstate.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

class Runner;

// Sits between a Runner and the window: collects what the workers report and hands it to
// the results model and the worker bars in batches, a few dozen times a second at most,
// so the GUI thread stays free for the spinner however fast results arrive.
class RunMonitor : public QObject
{
    Q_OBJECT
public:
    static constexpr int flushIntervalMs = 40;

    explicit RunMonitor(ResultsModel *model, QObject *parent = nullptr);

    // Follows this runner's next run; call before Runner::start().
    void watch(Runner *runner, const QList<quint64> &numbers);
    const QList<WorkerState> &workers() const { return m_workers; }
    int total() const { return m_total; }
    int done() const { return m_model->doneCount(); }
    int flushes() const { return m_flushes; }

Q_SIGNALS:
    // After each batch reached the model.
    void updated();

private:
    void onWorkerStarted(const WorkerInfo &worker);
    void onWorkerFinished(int worker);
    void onJobStarted(int index, int worker);
    void onJobProgress(int index, int worker, double fraction);
    void onJobFinished(const JobResult &result);
    void onRunEnded();
    void flush();
    WorkerState *workerState(int worker);

    ResultsModel *m_model;
    QPointer<Runner> m_runner;
    QList<QMetaObject::Connection> m_connections;
    QTimer m_timer;
    ResultsBatch m_batch;
    QList<WorkerState> m_workers;
    QList<quint64> m_numbers;
    bool m_workersChanged = false;
    int m_total = 0;
    int m_flushes = 0;
};
