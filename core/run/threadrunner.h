#pragma once

#include "globalinterpreterlock.h"
#include "jobqueue.h"
#include "runner.h"

#include <memory>
#include <stop_token>
#include <thread>
#include <vector>

// N threads pulling job indexes from one JobQueue, like the book's procs.py but with
// threads: in C++ there is no GIL, so they use every core. Cheap jobs are claimed in chunks
// sized by their estimated cost, so the queue's lock is taken once per chunk, not per job.
// Each thread has a stop token checked between slices, gets copies of what it needs (the
// store, the queue, the run's clock) and never reads the runner; results go straight into
// the RunStore, and the last thread out tells the runner with a queued signal.
class ThreadRunner : public Runner
{
    Q_OBJECT
public:
    explicit ThreadRunner(QObject *parent = nullptr);
    ~ThreadRunner() override;

    Mode mode() const override { return Mode::Threads; }

Q_SIGNALS:
    // Emitted from a worker thread as it ends; queued to the runner's thread.
    void threadEnded(int worker, QPrivateSignal);

protected:
    void startWorkers() override;
    void stopWorkers() override;
    // The threads (GIL) mode hands every thread this lock; nullptr: no lock.
    virtual std::shared_ptr<GlobalInterpreterLock> makeLock() const { return nullptr; }

private:
    // Everything a worker thread may touch: its own copies and thread-safe shared parts.
    struct Work
    {
        std::shared_ptr<RunStore> store;
        std::shared_ptr<JobQueue> queue;
        std::shared_ptr<GlobalInterpreterLock> lock;
        std::chrono::steady_clock::time_point start;
        quint64 slice = 0;
        int worker = 0;
    };
    static void work(std::stop_token stop, const Work &work, ThreadRunner *runner);
    void onThreadEnded(int worker);
    void joinThreads();

    int m_threadCount = 0;
    int m_threadsEnded = 0;
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
};

// Python's threads.py: the same threads, but a slice runs only while its thread holds one
// global lock, handed over the way CPython's switch interval does. What is simulated: the
// lock and its hand-over; what is not: bytecode, reference counts, the interpreter itself.
class GilThreadRunner : public ThreadRunner
{
    Q_OBJECT
public:
    using ThreadRunner::ThreadRunner;
    Mode mode() const override { return Mode::ThreadsGil; }

protected:
    std::shared_ptr<GlobalInterpreterLock> makeLock() const override;
};
