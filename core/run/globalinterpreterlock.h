#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <stop_token>

#include <QtGlobal>

// CPython's GIL, as its ceval_gil.c implements it: one lock that a thread must hold to run.
// A thread that waits longer than the switch interval (5 ms by default) asks the holder to
// drop it; the holder checks between slices, releases, and waits until another thread has
// taken it (forced switching), so threads take turns and only one ever computes at a time.
class GlobalInterpreterLock
{
public:
    explicit GlobalInterpreterLock(std::chrono::microseconds switchInterval);

    // Waits for the lock; false when stop was requested first.
    bool acquire(std::stop_token stop);
    void release();
    enum class Turn {
        Kept, // nobody asked: the holder ran on
        Resumed, // handed to another thread and taken back: others ran meanwhile
        Stopped, // stop was requested: the caller no longer holds the lock
    };
    // For the holder, between slices: drops the lock when another thread asked for it, lets
    // that thread run, and takes it back.
    Turn yieldIfRequested(std::stop_token stop);

    // How many threads held the lock at once at most (1 unless the lock is broken), and how
    // often it changed hands.
    int maxHolders() const { return m_maxHolders.load(std::memory_order_relaxed); }
    quint64 switches() const;

private:
    const std::chrono::microseconds m_interval;
    mutable std::mutex m_mutex;
    std::condition_variable m_released;
    std::condition_variable m_switched;
    bool m_locked = false;
    quint64 m_switches = 0;
    int m_holders = 0;
    std::atomic<bool> m_dropRequest { false };
    std::atomic<int> m_maxHolders { 0 };
};
