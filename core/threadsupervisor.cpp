#include "threadsupervisor.h"

#include <QMetaObject>

#include <sys/syscall.h>
#include <unistd.h>

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
    // The destructor joins the thread, so `this` outlives it; calls queued to a deleted
    // supervisor are dropped by Qt.
    ThreadSupervisor *self = this;
    m_thread = std::jthread([self, call, generation](std::stop_token stop) {
        const long tid = ::syscall(SYS_gettid);
        QMetaObject::invokeMethod(self, [self, tid, generation] {
            if (self->m_generation == generation)
                Q_EMIT self->unitStarted(tr("thread %1 (its tid)").arg(tid));
        });
        const int answer = call.run(stop);
        if (stop.stop_requested())
            return;
        // Queued to the supervisor's thread; dropped if the supervisor is gone or restarted.
        QMetaObject::invokeMethod(self, [self, answer, generation] {
            if (self->m_generation != generation)
                return;
            self->m_running = false;
            Q_EMIT self->finished(answer, self->m_clock.nsecsElapsed() / 1e9);
        });
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
