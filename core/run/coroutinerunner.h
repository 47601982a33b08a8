#pragma once

#include "jobqueue.h"
#include "runner.h"

#include <QList>

#include <qcoro/qcorotask.h>

// N QCoro coroutines on the runner's own event loop, each pulling jobs from the queue and
// yielding to the loop between slices (the book's spinner_prime_async_nap.py): the checks
// interleave on one core and the window stays live. Concurrency without parallelism.
class CoroutineRunner : public Runner
{
    Q_OBJECT
public:
    explicit CoroutineRunner(QObject *parent = nullptr);
    ~CoroutineRunner() override;

    Mode mode() const override { return Mode::Coroutines; }

protected:
    void startWorkers() override;
    void stopWorkers() override;

private:
    QCoro::Task<> work(int worker, quint64 generation);
    bool isStale(quint64 generation) const { return generation != m_generation || m_stopping; }
    void workerDone(int worker);

    JobQueue m_queue;
    int m_running = 0;
    quint64 m_generation = 0; // a coroutine of an earlier run that wakes up late just returns
    bool m_stopping = false;
};
