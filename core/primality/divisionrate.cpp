#include "divisionrate.h"

#include "millerrabin.h"
#include "slowcall.h"
#include "trialdivision.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>

namespace {
std::atomic<bool> known { false };
} // namespace

double DivisionRate::perSecond()
{
    static const double rate = [] {
        TrialDivision check(SlowCall::defaultNumber);
        QElapsedTimer timer;
        timer.start();
        const quint64 divisions = quint64(1) << 24;
        check.advance(divisions);
        const double perSecond = divisions / std::max(1e-6, timer.nsecsElapsed() / 1e9);
        known.store(true, std::memory_order_release);
        return perSecond;
    }();
    return rate;
}

bool DivisionRate::isKnown()
{
    return known.load(std::memory_order_acquire);
}

QFuture<double> DivisionRate::timed()
{
    static const QFuture<double> timing
        = isKnown() ? QtFuture::makeReadyFuture(perSecond()) : QtConcurrent::run(&DivisionRate::perSecond);
    return timing;
}

double DivisionRate::secondsFor(quint64 divisions)
{
    return divisions / perSecond();
}

quint64 DivisionRate::primeTaking(double seconds)
{
    const double root = 2.0 * seconds * perSecond();
    const double n = root * root;
    if (n >= 1.8e19)
        return SlowCall::defaultNumber;
    // Miller-Rabin finds the next prime at once.
    quint64 candidate = std::max<quint64>(3, quint64(n) | 1);
    while (!MillerRabin::isPrime(candidate))
        candidate += 2;
    return candidate;
}
