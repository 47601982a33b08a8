#pragma once

#include <QCoreApplication>
#include <QThreadPool>

// Waits until every task on the global thread pool has ended, then delivers what they posted
// to this thread: a result that was going to land has landed. False if timeoutMs passed first.
inline bool poolSettled(int timeoutMs = 120000)
{
    const bool done = QThreadPool::globalInstance()->waitForDone(timeoutMs);
    QCoreApplication::processEvents();
    return done;
}
