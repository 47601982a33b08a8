#include "interruptlatch.h"

#include "interruptsignals.h"

#include <atomic>
#include <cerrno>
#include <chrono>

namespace {
std::atomic<int> s_signal = 0;
static_assert(std::atomic<int>::is_always_lock_free, "set from a signal handler");

void onSignal(int number)
{
    const int savedErrno = errno;
    s_signal = number;
    errno = savedErrno;
}
} // namespace

InterruptLatch::InterruptLatch(std::stop_source source)
{
    s_signal = 0;
    m_previous = InterruptSignals::install(onSignal);
    m_watcher = std::jthread([source](std::stop_token stop) mutable {
        while (!stop.stop_requested()) {
            if (s_signal != 0) {
                source.request_stop();
                return;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    });
}

InterruptLatch::~InterruptLatch()
{
    m_watcher.request_stop();
    m_watcher.join();
    InterruptSignals::restore(m_previous);
}
