#pragma once

#include <csignal>

// The signals a user stops a run with: Ctrl-C (SIGINT) and a plain `kill` (SIGTERM).
namespace InterruptSignals {

// The handler may only do async-signal-safe work: set a flag, write a byte.
inline void install(void (*handler)(int))
{
    struct sigaction action = {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}

inline void restoreDefaults()
{
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
}

} // namespace InterruptSignals
