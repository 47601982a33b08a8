#pragma once

#include "supervisor.h"

#include <QElapsedTimer>

#include <thread>

// slow() in a std::jthread (the book's spinner_thread.py, with the roles of the GUI's
// spinner and the worker swapped): the event loop stays free, and with no GIL even a
// CPU-bound slow() leaves the spinner turning.
class ThreadSupervisor : public Supervisor
{
    Q_OBJECT
public:
    explicit ThreadSupervisor(QObject *parent = nullptr);
    ~ThreadSupervisor() override;

    void start(const SlowCall &call) override;
    void stop() override;
    bool isRunning() const override { return m_running; }

Q_SIGNALS:
    // Emitted from the worker thread and delivered queued. Signals rather than queued
    // lambdas: Qt copies int arguments itself, whereas a lambda's captures would be shared
    // between the two threads through a reference count that Qt keeps out of TSan's view.
    void threadStarted(long tid, int generation, QPrivateSignal);
    void threadAnswered(int answer, int generation, QPrivateSignal);

private:
    void onThreadStarted(long tid, int generation);
    void onThreadAnswered(int answer, int generation);

    std::jthread m_thread;
    QElapsedTimer m_clock;
    int m_generation = 0;
    bool m_running = false;
};
