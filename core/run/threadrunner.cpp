#include "threadrunner.h"

#include "trialdivision.h"

#include <sched.h>

namespace {
// A chunk of cheap jobs is at most this many, whatever their cost.
constexpr int maxChunk = 4096;

qint64 nsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - start)
        .count();
}
} // namespace

ThreadRunner::ThreadRunner(QObject *parent)
    : Runner(parent)
{
    connect(this, &ThreadRunner::threadEnded, this, &ThreadRunner::onThreadEnded, Qt::QueuedConnection);
}

ThreadRunner::~ThreadRunner()
{
    for (auto &thread : m_threads)
        thread.request_stop();
    joinThreads();
}

std::shared_ptr<GlobalInterpreterLock> GilThreadRunner::makeLock() const
{
    return std::make_shared<GlobalInterpreterLock>(std::chrono::microseconds(options().switchIntervalUs));
}

void ThreadRunner::startWorkers()
{
    joinThreads();
    m_threadCount = report().workerCount;
    m_threadsEnded = 0;
    auto queue = std::make_shared<JobQueue>();
    queue->reset(int(workload().size()));
    const auto lock = makeLock();
    for (int i = 0; i < m_threadCount; ++i)
        addWorker({ i, tr("thread %1").arg(i + 1), 0 });
    m_threads.reserve(m_threadCount);
    for (int i = 0; i < m_threadCount; ++i) {
        Work work {
            sharedStore(), queue, lock, startTime(), std::max<quint64>(1, options().sliceDivisions), i
        };
        m_threads.emplace_back([work, this](std::stop_token stop) { ThreadRunner::work(stop, work, this); });
    }
}

void ThreadRunner::stopWorkers()
{
    for (auto &thread : m_threads)
        thread.request_stop();
}

void ThreadRunner::joinThreads()
{
    for (auto &thread : m_threads) {
        if (thread.joinable())
            thread.join();
    }
    m_threads.clear();
}

void ThreadRunner::work(std::stop_token stop, const Work &work, ThreadRunner *runner)
{
    using Clock = std::chrono::steady_clock;
    RunStore &store = *work.store;
    const auto cost = [&store](int job) { return TrialDivision::jobCost(store.number(job)); };
    bool holding = work.lock && work.lock->acquire(stop);
    bool stopped = work.lock && !holding;
    qint64 sliceStart = nsSince(work.start);
    int cpu = ::sched_getcpu();
    auto sliceKind = RunStore::SliceStart::Continues;
    std::vector<qint32> finished;
    // Records what this thread ran since sliceStart, on which core, and starts a new slice.
    const auto closeSlice = [&](int job) {
        const qint64 now = nsSince(work.start);
        store.addSlice(work.worker, { sliceStart, now, job, cpu }, sliceKind);
        sliceKind = RunStore::SliceStart::Continues;
        sliceStart = now;
        cpu = ::sched_getcpu();
    };
    // Gives the GIL to a thread that asked for it; false once the run stopped (lock let go).
    const auto takeTurns = [&] {
        switch (work.lock->yieldIfRequested(stop)) {
        case GlobalInterpreterLock::Turn::Kept:
            return true;
        case GlobalInterpreterLock::Turn::Resumed:
            // The next slice starts once the lock is back, not before the other thread's turn.
            sliceKind = RunStore::SliceStart::AfterHandOver;
            sliceStart = nsSince(work.start);
            cpu = ::sched_getcpu();
            return true;
        case GlobalInterpreterLock::Turn::Stopped:
            break;
        }
        holding = false;
        return false;
    };
    while (!stopped && !stop.stop_requested()) {
        const QList<int> chunk = work.queue->takeBatch(cost, work.slice, maxChunk);
        if (chunk.isEmpty())
            break; // the queue is empty: this worker's poison pill
        // Answers are written one by one and published to the completion log per chunk. The
        // jobs of a chunk run back to back: one clock read a job, the end of one is the start
        // of the next (checking and recording an answer is counted in the next job's time).
        finished.clear();
        auto t0 = Clock::now();
        for (int job : chunk) {
            JobResult result;
            result.index = job;
            result.number = store.number(job);
            result.worker = work.worker;
            store.setRunning(work.worker, job);
            result.start = std::chrono::duration<double>(t0 - work.start).count();
            const quint64 divisions = TrialDivision::divisionsFor(result.number);
            if (divisions <= work.slice) {
                // Fits in one slice: nothing to report or stop in between, so the plain loop
                // of the same algorithm, without the sliced kernel's bookkeeping.
                result.prime = TrialDivision::isPrime(result.number);
            } else {
                TrialDivision check(result.number);
                while (!check.advance(work.slice)) {
                    store.setProgress(work.worker, check.progress());
                    if (work.lock) {
                        closeSlice(job);
                        if (!takeTurns())
                            break;
                    } else if (::sched_getcpu() != cpu)
                        closeSlice(job); // migrated: the cores view shows where each stretch ran
                    if (stop.stop_requested())
                        break;
                }
                if (!check.isFinished()) {
                    stopped = true; // canceled mid-job: the number stays unchecked
                    break;
                }
                result.prime = check.isPrime();
            }
            // A check without a division (an even number, or one below 9) is not timed: the
            // clock read would take ten times as long as the check.
            const auto t1 = divisions == 0 ? t0 : Clock::now();
            result.elapsed = std::chrono::duration<double>(t1 - t0).count();
            result.end = std::chrono::duration<double>(t1 - work.start).count();
            t0 = t1;
            if (store.writeAnswer(result, RunStore::OnWrong::Fail) == RunStore::Answer::Stored)
                finished.push_back(job);
            if (stop.stop_requested()) {
                stopped = true;
                break;
            }
        }
        store.activity(work.worker).job.store(-1, std::memory_order_relaxed);
        store.publish(finished.data(), qsizetype(finished.size()));
        closeSlice(chunk.size() == 1 ? chunk.first() : -1);
        if (work.lock && holding)
            takeTurns();
        if (work.lock && !holding)
            stopped = true;
        // Jobs claimed but never started go back when the run stops; nobody takes them then.
    }
    if (holding)
        work.lock->release();
    Q_EMIT runner->threadEnded(work.worker, QPrivateSignal());
}

void ThreadRunner::onThreadEnded(int worker)
{
    if (isRunning())
        reportWorkerFinished(worker);
    if (++m_threadsEnded == m_threadCount) {
        joinThreads();
        finish();
    }
}
