#include "threadrunner.h"

#include "trialdivision.h"

#include <chrono>

namespace {
constexpr int drainIntervalMs = 40;
}

ThreadRunner::ThreadRunner(QObject *parent)
    : Runner(parent)
{
    m_drainTimer.setInterval(drainIntervalMs);
    connect(&m_drainTimer, &QTimer::timeout, this, &ThreadRunner::drain);
}

ThreadRunner::~ThreadRunner()
{
    for (auto &thread : m_threads)
        thread.request_stop();
    joinThreads();
}

int ThreadRunner::threadCount() const
{
    return options().workerCount();
}

void ThreadRunner::startWorkers()
{
    joinThreads();
    m_threadCount = threadCount();
    m_workersDone = 0;
    m_queue.reset(int(workload().size()));
    m_mailbox.clear();
    m_activity = std::make_unique<Activity[]>(m_threadCount);
    for (int i = 0; i < m_threadCount; ++i)
        addWorker({ i, tr("thread %1").arg(i + 1), 0 });
    m_threads.reserve(m_threadCount);
    for (int i = 0; i < m_threadCount; ++i)
        m_threads.emplace_back([this, i](std::stop_token stop) { work(stop, i); });
    m_drainTimer.start();
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

void ThreadRunner::post(Event event)
{
    std::lock_guard lock(m_mailboxMutex);
    m_mailbox.push_back(std::move(event));
}

void ThreadRunner::work(std::stop_token stop, int worker)
{
    using Clock = std::chrono::steady_clock;
    const quint64 slice = std::max<quint64>(1, options().sliceDivisions);
    Activity &activity = m_activity[worker];
    while (!stop.stop_requested()) {
        const std::optional<int> job = m_queue.take();
        if (!job)
            break; // the queue is empty: this worker's poison pill
        JobResult result;
        result.index = *job;
        result.number = workload().numbers.at(*job);
        result.worker = worker;
        result.start = secondsSinceStart();
        activity.permyriad.store(0, std::memory_order_relaxed);
        activity.job.store(*job, std::memory_order_relaxed);
        post({ Event::JobStarted, result });

        const auto t0 = Clock::now();
        TrialDivision check(result.number);
        while (!check.advance(slice)) {
            activity.permyriad.store(quint32(check.progress() * 10000), std::memory_order_relaxed);
            if (stop.stop_requested())
                break;
        }
        activity.job.store(-1, std::memory_order_relaxed);
        if (!check.isFinished())
            break; // canceled mid-job: the number stays unchecked
        result.elapsed = std::chrono::duration<double>(Clock::now() - t0).count();
        result.end = secondsSinceStart();
        result.prime = check.isPrime();
        post({ Event::JobDone, result });
    }
    JobResult done;
    done.worker = worker;
    post({ Event::WorkerDone, done });
}

void ThreadRunner::drain()
{
    std::vector<Event> events;
    {
        std::lock_guard lock(m_mailboxMutex);
        events.swap(m_mailbox);
    }
    for (const Event &event : events) {
        switch (event.kind) {
        case Event::JobStarted:
            m_activity[event.result.worker].reportedJob = event.result.index;
            m_activity[event.result.worker].reportedPermyriad = 0;
            reportJobStarted(event.result.index, event.result.worker);
            break;
        case Event::JobDone:
            reportResult(event.result);
            break;
        case Event::WorkerDone:
            ++m_workersDone;
            reportWorkerFinished(event.result.worker);
            break;
        }
    }
    for (int i = 0; i < m_threadCount && m_workersDone < m_threadCount; ++i) {
        Activity &activity = m_activity[i];
        const int job = activity.job.load(std::memory_order_relaxed);
        const quint32 permyriad = activity.permyriad.load(std::memory_order_relaxed);
        // Only the job the window already knows started, and only when the bar would move.
        if (job < 0 || job != activity.reportedJob || permyriad == activity.reportedPermyriad)
            continue;
        activity.reportedPermyriad = permyriad;
        reportProgress(job, i, permyriad / 10000.0);
    }
    if (m_workersDone == m_threadCount) {
        m_drainTimer.stop();
        joinThreads();
        finish();
    }
}
