#include "jobqueue.h"

#include <algorithm>

void JobQueue::reset(int jobCount)
{
    std::lock_guard lock(m_mutex);
    m_putBack.clear();
    m_next = 0;
    m_end = std::max(jobCount, 0);
}

std::optional<int> JobQueue::front() const
{
    if (!m_putBack.empty())
        return m_putBack.front();
    if (m_next < m_end)
        return m_next;
    return std::nullopt;
}

void JobQueue::popFront()
{
    if (!m_putBack.empty())
        m_putBack.pop_front();
    else
        ++m_next;
}

std::optional<int> JobQueue::take()
{
    std::lock_guard lock(m_mutex);
    const std::optional<int> job = front();
    if (job)
        popFront();
    return job;
}

QList<int> JobQueue::take(int max)
{
    std::lock_guard lock(m_mutex);
    QList<int> jobs;
    for (std::optional<int> job = front(); job && jobs.size() < max; job = front()) {
        jobs.append(*job);
        popFront();
    }
    return jobs;
}

void JobQueue::putBack(int job)
{
    std::lock_guard lock(m_mutex);
    m_putBack.push_front(job);
}

std::optional<int> JobQueue::peek() const
{
    std::lock_guard lock(m_mutex);
    return front();
}

void JobQueue::clear()
{
    std::lock_guard lock(m_mutex);
    m_putBack.clear();
    m_next = m_end;
}

bool JobQueue::isEmpty() const
{
    std::lock_guard lock(m_mutex);
    return !front();
}

int JobQueue::size() const
{
    std::lock_guard lock(m_mutex);
    return int(m_putBack.size()) + (m_end - m_next);
}
