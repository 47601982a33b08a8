#include "globalinterpreterlock.h"

#include <algorithm>

namespace {
// How often a waiting thread looks at its stop token.
constexpr std::chrono::milliseconds stopPoll { 20 };
} // namespace

GlobalInterpreterLock::GlobalInterpreterLock(std::chrono::microseconds switchInterval)
    : m_interval(std::max(switchInterval, std::chrono::microseconds(1)))
{ }

bool GlobalInterpreterLock::acquire(std::stop_token stop)
{
    using Clock = std::chrono::steady_clock;
    std::unique_lock lock(m_mutex);
    auto waitingSince = Clock::now();
    quint64 switchesSeen = m_switches;
    while (m_locked) {
        if (stop.stop_requested())
            return false;
        m_released.wait_for(lock, std::min<std::chrono::microseconds>(m_interval, stopPoll),
                            [this] { return !m_locked; });
        if (!m_locked)
            break;
        if (m_switches != switchesSeen) {
            switchesSeen = m_switches;
            waitingSince = Clock::now();
        } else if (Clock::now() - waitingSince >= m_interval) {
            // A whole interval went by and nobody switched: ask the holder to drop it.
            m_dropRequest.store(true, std::memory_order_relaxed);
        }
    }
    m_locked = true;
    ++m_switches;
    m_dropRequest.store(false, std::memory_order_relaxed);
    m_maxHolders.store(std::max(m_maxHolders.load(std::memory_order_relaxed), ++m_holders),
                       std::memory_order_relaxed);
    m_switched.notify_all();
    return true;
}

void GlobalInterpreterLock::release()
{
    {
        std::lock_guard lock(m_mutex);
        m_locked = false;
        --m_holders;
    }
    m_released.notify_one();
}

GlobalInterpreterLock::Turn GlobalInterpreterLock::yieldIfRequested(std::stop_token stop)
{
    if (!m_dropRequest.load(std::memory_order_relaxed)) {
        if (!stop.stop_requested())
            return Turn::Kept;
        release();
        return Turn::Stopped;
    }
    quint64 switchesBefore = 0;
    {
        std::unique_lock lock(m_mutex);
        switchesBefore = m_switches;
        m_locked = false;
        --m_holders;
        m_released.notify_one();
        // Forced switching: do not grab it straight back before the waiter got its turn.
        while (m_switches == switchesBefore && !stop.stop_requested())
            m_switched.wait_for(lock, stopPoll);
    }
    return acquire(stop) ? Turn::Resumed : Turn::Stopped;
}

quint64 GlobalInterpreterLock::switches() const
{
    std::lock_guard lock(m_mutex);
    return m_switches;
}
