#pragma once

#include "jobqueue.h"
#include "runner.h"

#include <QTimer>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

// N threads pulling job indexes from one JobQueue, like the book's procs.py but with
// threads: in C++ there is no GIL, so they use every core. Each thread has a stop token
// checked between slices. Workers never touch the runner's QObject: they post events to a
// mailbox that a timer drains on the runner's thread, a few dozen times a second.
class ThreadRunner : public Runner
{
    Q_OBJECT
public:
    explicit ThreadRunner(QObject *parent = nullptr);
    ~ThreadRunner() override;

    Mode mode() const override { return Mode::Threads; }

protected:
    void startWorkers() override;
    void stopWorkers() override;
    virtual int threadCount() const;

private:
    struct Event
    {
        enum Kind { JobStarted, JobDone, WorkerDone } kind;
        JobResult result; // index and worker are set for every kind
    };
    // What a worker is doing now; read by the drain timer for the progress bars.
    struct Activity
    {
        std::atomic<int> job { -1 };
        std::atomic<quint32> permyriad { 0 };
        int reportedJob = -1;
        quint32 reportedPermyriad = 0;
    };

    void work(std::stop_token stop, int worker);
    void post(Event event);
    void drain();
    void joinThreads();

    JobQueue m_queue;
    std::mutex m_mailboxMutex;
    std::vector<Event> m_mailbox;
    std::unique_ptr<Activity[]> m_activity;
    int m_threadCount = 0;
    int m_workersDone = 0;
    QTimer m_drainTimer;
    std::vector<std::jthread> m_threads;
};

// The baseline: the same worker loop with a single thread, off the caller's thread so the
// window stays live.
class SequentialRunner : public ThreadRunner
{
    Q_OBJECT
public:
    using ThreadRunner::ThreadRunner;
    Mode mode() const override { return Mode::Sequential; }

protected:
    int threadCount() const override { return 1; }
};
