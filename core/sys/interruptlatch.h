#pragma once

#include "interruptsignals.h"

#include <stop_token>
#include <thread>

// Ctrl-C for code that blocks the event loop (the spinner's supervisor runs slow() on the
// main thread, so InterruptWatcher's notifier would never be read): the SIGINT / SIGTERM
// handler only sets a flag, and a watcher thread turns it into a stop request on the
// given source. The handlers installed before come back when the latch goes.
class InterruptLatch
{
public:
    explicit InterruptLatch(std::stop_source source);
    ~InterruptLatch();
    InterruptLatch(const InterruptLatch &) = delete;
    InterruptLatch &operator=(const InterruptLatch &) = delete;

private:
    InterruptSignals::Previous m_previous;
    std::jthread m_watcher;
};
