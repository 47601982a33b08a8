#pragma once

#include "jobqueue.h"
#include "runner.h"

#include <QThreadPool>

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
        std::shared_ptr<RunStore> store;
        std::chrono::steady_clock::time_point start;
    };

    struct Batch;

    // Runs on a pool thread: it gets copies and the shared stop flag, never the runner.
    static void check(const Shared &shared, int worker, quint64 slice, Batch &batch);
    void startWorkers() override;
    void stopWorkers() override;
    QCoro::Task<> work(int worker, std::shared_ptr<Shared> shared);
    void workerDone(int worker);

    JobQueue m_queue;
    QThreadPool m_pool;
    std::shared_ptr<Shared> m_shared;
    int m_workerCount = 0;
    int m_running = 0;
};
