#pragma once

#include "supervisor.h"

#include <QElapsedTimer>

#include <memory>
#include <thread>

// slow() in a std::jthread (the book's spinner_thread.py, with the roles of the GUI's
// spinner and the worker swapped): the event loop stays free, and with no GIL even a
// CPU-bound slow() leaves the spinner turning.
class ThreadSupervisor : public Supervisor
{
    Q_OBJECT
public:
    using Supervisor::Supervisor;
    ~ThreadSupervisor() override;

    void start(const SlowCall &call) override;
    void stop() override;
    bool isRunning() const override { return m_running; }

private:
    std::jthread m_thread;
    QElapsedTimer m_clock;
    int m_generation = 0;
    bool m_running = false;
};
