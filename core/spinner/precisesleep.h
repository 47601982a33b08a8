#pragma once

#include <QCoro/QCoroTimer>
#include <QTimer>

#include <chrono>

namespace PreciseSleep {

// The book's asyncio.sleep(): suspends the coroutine for at least `delay`. QCoro::sleepFor
// uses a coarse timer, which may wake up to 5% early.
inline QCoro::Task<> sleepFor(std::chrono::milliseconds delay)
{
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    timer.setSingleShot(true);
    timer.start(delay);
    co_await qCoro(timer).waitForTimeout();
}

} // namespace PreciseSleep
