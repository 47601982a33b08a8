#include "interruptlatch.h"

#include <atomic>
#include <chrono>
#include <csignal>

namespace {
std::atomic<int> s_signal = 0;
static_assert(std::atomic<int>::is_always_lock_free, "set from a signal handler");

void onSignal(int number)
{
    s_signal = number;
}
} // namespace

InterruptLatch::InterruptLatch(std::stop_source source)
{
    s_signal = 0;
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
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
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
}

int InterruptLatch::signalNumber()
{
    return s_signal;
}
