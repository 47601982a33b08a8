#pragma once

#include <csignal>

// The signals a user stops a run with: Ctrl-C (SIGINT) and a plain `kill` (SIGTERM).
namespace InterruptSignals {

// What was installed before: given back when the handler goes, not forced to SIG_DFL.
struct Previous
{
    struct sigaction interrupt = {};
    struct sigaction terminate = {};
};

// The handler may only do async-signal-safe work (set a flag, write a byte), and must save
// and restore errno around it.
inline Previous install(void (*handler)(int))
{
    struct sigaction action = {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    Previous previous;
    ::sigaction(SIGINT, &action, &previous.interrupt);
    ::sigaction(SIGTERM, &action, &previous.terminate);
    return previous;
}

inline void restore(const Previous &previous)
{
    ::sigaction(SIGINT, &previous.interrupt, nullptr);
    ::sigaction(SIGTERM, &previous.terminate, nullptr);
}

} // namespace InterruptSignals
