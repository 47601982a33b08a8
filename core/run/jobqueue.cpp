#include "jobqueue.h"

void JobQueue::reset(int jobCount)
{
    std::lock_guard lock(m_mutex);
    m_jobs.clear();
    for (int i = 0; i < jobCount; ++i)
        m_jobs.push_back(i);
}

std::optional<int> JobQueue::take()
{
    std::lock_guard lock(m_mutex);
    if (m_jobs.empty())
        return std::nullopt;
    const int job = m_jobs.front();
    m_jobs.pop_front();
    return job;
}

QList<int> JobQueue::take(int max)
{
    std::lock_guard lock(m_mutex);
    QList<int> jobs;
    while (!m_jobs.empty() && jobs.size() < max) {
        jobs.append(m_jobs.front());
        m_jobs.pop_front();
    }
    return jobs;
}

QList<int> JobQueue::takeBatch(const std::function<quint64(int)> &cost, quint64 budget, int maxJobs,
                               quint64 *total, const std::function<int(int)> &jobLimit)
{
    std::lock_guard lock(m_mutex);
    QList<int> jobs;
    quint64 sum = 0;
    int limit = maxJobs;
    while (!m_jobs.empty() && jobs.size() < limit) {
        const int job = m_jobs.front();
        const int most = jobLimit ? jobLimit(job) : maxJobs;
        if (!jobs.isEmpty() && jobs.size() >= most)
            break; // a bigger batch than this job may travel in
        const quint64 next = cost(job);
        if (!jobs.isEmpty() && sum + next > budget)
            break;
        limit = std::min(limit, most);
        sum += next;
        jobs.append(job);
        m_jobs.pop_front();
    }
    if (total)
        *total = sum;
    return jobs;
}

void JobQueue::putBack(int job)
{
    std::lock_guard lock(m_mutex);
    m_jobs.push_front(job);
}

std::optional<int> JobQueue::peek() const
{
    std::lock_guard lock(m_mutex);
    if (m_jobs.empty())
        return std::nullopt;
    return m_jobs.front();
}

void JobQueue::clear()
{
    std::lock_guard lock(m_mutex);
    m_jobs.clear();
}

bool JobQueue::isEmpty() const
{
    std::lock_guard lock(m_mutex);
    return m_jobs.empty();
}

int JobQueue::size() const
{
    std::lock_guard lock(m_mutex);
    return int(m_jobs.size());
}
