#include "coroutinesupervisor.h"

#include "eventloopyield.h"
#include "precisesleep.h"
#include "trialdivision.h"

#include <QPointer>

#include <chrono>

CoroutineSupervisor::~CoroutineSupervisor()
{
    stop();
}

void CoroutineSupervisor::start(const SlowCall &call)
{
    if (m_running)
        return;
    m_running = true;
    m_progress = 0;
    m_clock.start();
    supervise(call, ++m_generation);
}

void CoroutineSupervisor::stop()
{
    ++m_generation; // a suspended task sees this when it wakes and returns
    m_running = false;
}

QCoro::Task<> CoroutineSupervisor::supervise(SlowCall call, int generation)
{
    // `this` may be gone whenever the task wakes up: check before each use.
    QPointer<CoroutineSupervisor> self(this);
    const int task = ++m_tasks;
    Q_EMIT unitStarted(tr("coroutine #%1 on the event loop").arg(task));
    if (call.kind == SlowCall::Kind::Sleep) {
        co_await PreciseSleep::sleepFor(std::chrono::milliseconds(call.sleepMs));
    } else {
        TrialDivision check(call.number);
        // yieldEvery 0: one slice for the whole check, the broken program.
        const quint64 slice = m_yieldEvery > 0 ? m_yieldEvery : ~quint64(0);
        while (!check.advance(slice)) {
            m_progress = check.progress();
            co_await EventLoopYield {};
            if (!self || self->m_generation != generation)
                co_return;
        }
    }
    if (!self || self->m_generation != generation)
        co_return;
    self->m_running = false;
    Q_EMIT self->finished(42, self->m_clock.nsecsElapsed() / 1e9);
}
