#include "threadsupervisor.h"

#include <sys/syscall.h>
#include <unistd.h>

ThreadSupervisor::ThreadSupervisor(QObject *parent)
    : Supervisor(parent)
{
    connect(this, &ThreadSupervisor::threadStarted, this, &ThreadSupervisor::onThreadStarted,
            Qt::QueuedConnection);
    connect(this, &ThreadSupervisor::threadAnswered, this, &ThreadSupervisor::onThreadAnswered,
            Qt::QueuedConnection);
}

ThreadSupervisor::~ThreadSupervisor()
{
    stop();
}

void ThreadSupervisor::start(const SlowCall &call)
{
    if (m_running)
        return;
    if (m_thread.joinable())
        m_thread.join();
    m_running = true;
    const int generation = ++m_generation;
    m_clock.start();
    // The destructor joins the thread, so `this` outlives it. Only the signals cross over:
    // the thread never touches the supervisor's members.
    ThreadSupervisor *self = this;
    m_thread = std::jthread([self, call, generation](std::stop_token stop) {
        Q_EMIT self->threadStarted(long(::syscall(SYS_gettid)), generation, QPrivateSignal());
        const int answer = call.run(stop);
        if (!stop.stop_requested())
            Q_EMIT self->threadAnswered(answer, generation, QPrivateSignal());
    });
}

void ThreadSupervisor::stop()
{
    ++m_generation;
    m_running = false;
    if (m_thread.joinable()) {
        m_thread.request_stop();
        m_thread.join();
    }
}

// A late signal from an abandoned or earlier call carries an old generation and is dropped.
void ThreadSupervisor::onThreadStarted(long tid, int generation)
{
    if (generation == m_generation)
        Q_EMIT unitStarted(tr("thread %1 (its tid)").arg(tid));
}

void ThreadSupervisor::onThreadAnswered(int answer, int generation)
{
    if (generation != m_generation)
        return;
    m_running = false;
    Q_EMIT finished(answer, m_clock.nsecsElapsed() / 1e9);
}
