#pragma once

#include <QCoreApplication>
#include <QMetaObject>

#include <coroutine>

// co_await EventLoopYield{}: suspends the coroutine and resumes it from the event loop as
// soon as the events already queued (timers, paints, input) have been handled. The book's
// `await asyncio.sleep(0)`, without the cost of a QTimer per yield.
struct EventLoopYield
{
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<> handle) const
    {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [handle] { handle.resume(); }, Qt::QueuedConnection);
    }
    void await_resume() const noexcept { }
};
