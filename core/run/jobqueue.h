#pragma once

#include <QList>

#include <algorithm>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>
#include <type_traits>

// The book's SimpleQueue of jobs: idle workers pull the next job index. take() returns
// nothing once the queue is empty: the end-of-work signal that replaces the book's 0 pill.
// Safe to use from any number of threads.
class JobQueue
{
public:
    // Jobs 0..jobCount-1, in order, replacing whatever was queued.
    void reset(int jobCount);

    std::optional<int> take();
    // Up to max jobs at once, for workers that batch.
    QList<int> take(int max);
    // At least one job, then more while their summed cost stays under budget: tiny jobs
    // travel together so per-job overhead does not dominate. *total (if given) is their cost.
    // A batch holds at most maxJobs, and at most jobLimit(job) (if given) for each job in it.
    // Cost and JobLimit are callables taking a job: inlined here, as they run for every job
    // under the queue's lock.
    template<typename Cost, typename JobLimit = std::nullptr_t>
    QList<int> takeBatch(Cost &&cost, quint64 budget, int maxJobs, quint64 *total = nullptr,
                         JobLimit &&jobLimit = nullptr);
    // A job whose worker died goes back to the front to be retried first.
    void putBack(int job);
    // The job take() would return next, left in the queue.
    std::optional<int> peek() const;
    void clear();
    bool isEmpty() const;
    int size() const;

private:
    // Under the lock: the job take() would return, and taking it.
    std::optional<int> front() const;
    void popFront();

    mutable std::mutex m_mutex;
    // The jobs never taken are a range, not a list: a run of a million jobs starts without
    // writing a million indexes. The ones put back wait in front of it.
    std::deque<int> m_putBack;
    int m_next = 0;
    int m_end = 0;
};

template<typename Cost, typename JobLimit>
QList<int> JobQueue::takeBatch(Cost &&cost, quint64 budget, int maxJobs, quint64 *total, JobLimit &&jobLimit)
{
    std::lock_guard lock(m_mutex);
    QList<int> jobs;
    quint64 sum = 0;
    int limit = maxJobs;
    for (std::optional<int> candidate = front(); candidate && jobs.size() < limit; candidate = front()) {
        const int job = *candidate;
        int most = maxJobs;
        if constexpr (!std::is_null_pointer_v<std::remove_cvref_t<JobLimit>>)
            most = jobLimit(job);
        if (!jobs.isEmpty() && jobs.size() >= most)
            break; // a bigger batch than this job may travel in
        const quint64 next = cost(job);
        if (!jobs.isEmpty() && sum + next > budget)
            break;
        limit = std::min(limit, most);
        sum += next;
        jobs.append(job);
        popFront();
    }
    if (total)
        *total = sum;
    return jobs;
}
