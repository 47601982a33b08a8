#pragma once

#include <QString>

// What the nap lesson will cost before it starts: the check itself at this machine's
// division rate, plus one trip through the event loop per yield. The yield's cost is
// assumed until a nap has measured it (the time beyond the plain check, over its yields).
struct NapEstimate
{
    // A guess for one co_await of the event loop with nothing else to do; a nap replaces it.
    static constexpr double assumedYieldSeconds = 3e-6;

    quint64 number = 0;
    quint64 yieldEvery = 0; // K; 0: never yields
    double yieldSeconds = assumedYieldSeconds;

    quint64 yields() const;
    double plainSeconds() const;
    double seconds() const;
    // The yield's cost a finished nap shows; nothing when it cannot tell (no yields, or the
    // check took no longer than without naps: noise).
    static double measuredYieldSeconds(quint64 yields, double seconds, double plainSeconds);
    // "about 12 s left" from the time so far and the share done (0..1), or that it is still
    // being estimated while too little is done to tell.
    static QString timeLeft(double elapsedSeconds, double done);
};
