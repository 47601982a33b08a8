#pragma once

#include "jobqueue.h"
#include "runner.h"

#include <QThreadPool>
#include <QTimer>

#include <qcoro/qcorotask.h>

#include <atomic>
#include <memory>

// Coroutines on the event loop that hand each check to a thread pool and co_await it:
// one loop orchestrating parallel work. Each coroutine is a worker; its checks run on
// whichever pool thread is free, so (unlike the coroutines mode) the checks really overlap.
class CoroutinePoolRunner : public Runner
{
    Q_OBJECT
public:
    explicit CoroutinePoolRunner(QObject *parent = nullptr);
    ~CoroutinePoolRunner() override;

    Mode mode() const override { return Mode::CoroutinesPool; }

private:
    // Shared with the pool threads, which may outlive a canceled run by one slice.
    struct Shared
    {
        std::atomic<bool> stop { false };
        std::unique_ptr<std::atomic<int>[]> job; // per worker, -1 when idle
        std::unique_ptr<std::atomic<quint32>[]> permyriad;
    };

    void startWorkers() override;
    void stopWorkers() override;
    QCoro::Task<> work(int worker, std::shared_ptr<Shared> shared);
    void sampleProgress();
    void workerDone(int worker);

    JobQueue m_queue;
    QThreadPool m_pool;
    QTimer m_progressTimer;
    std::shared_ptr<Shared> m_shared;
    QList<quint32> m_reported;
    int m_workerCount = 0;
    int m_running = 0;
};
