#pragma once

#include <QList>

#include <deque>
#include <functional>
#include <mutex>
#include <optional>

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
    QList<int> takeBatch(const std::function<quint64(int)> &cost, quint64 budget, int maxJobs,
                         quint64 *total = nullptr, const std::function<int(int)> &jobLimit = {});
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
