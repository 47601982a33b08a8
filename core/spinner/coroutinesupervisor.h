#pragma once

#include "supervisor.h"

#include <QCoro/QCoroTask>
#include <QElapsedTimer>

// slow() as a QCoro task on the caller's event loop (spinner_async.py). A sleep is a
// co_await on a timer; a prime check yields to the loop every yieldEvery divisions, the
// book's spinner_prime_async_nap.py. With yieldEvery 0 it never yields: the book's
// spinner_prime_async_broken.py, which freezes the loop and everything on it.
class CoroutineSupervisor : public Supervisor
{
    Q_OBJECT
public:
    using Supervisor::Supervisor;
    ~CoroutineSupervisor() override;

    void setYieldEvery(quint64 divisions) { m_yieldEvery = divisions; }
    quint64 yieldEvery() const { return m_yieldEvery; }

    void start(const SlowCall &call) override;
    void stop() override;
    bool isRunning() const override { return m_running; }
    // How far the prime check has come, 0..1, as of its last yield.
    double progress() const { return m_progress; }

private:
    QCoro::Task<> supervise(SlowCall call, int generation);

    quint64 m_yieldEvery = quint64(1) << 16;
    int m_generation = 0;
    int m_tasks = 0;
    bool m_running = false;
    double m_progress = 0;
    QElapsedTimer m_clock;
};
