#pragma once

#include "slowcall.h"

#include <QObject>

// Section 19.2's supervisor: starts slow() in a unit of one model and reports what the book
// prints: the unit it created, then the answer. The spinner that keeps turning meanwhile
// is the caller's.
class Supervisor : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Ignored while a call is under way.
    virtual void start(const SlowCall &call) = 0;
    // Abandons the call; finished() does not follow.
    virtual void stop() = 0;
    virtual bool isRunning() const = 0;

Q_SIGNALS:
    // "thread 140183 (tid)", "process 4242 (pid)", "coroutine #3 on the event loop"
    void unitStarted(const QString &unit);
    void finished(int answer, double seconds);
    void failed(const QString &message);
};
