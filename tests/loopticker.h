#pragma once

#include <QObject>
#include <QTimer>

// Counts the turns of the event loop from its creation until stop(): a zero-interval timer
// ticks at each, so a loop blocked by work it should have left to a thread ticks once or twice.
class LoopTicker : public QObject
{
public:
    LoopTicker()
    {
        m_timer.setInterval(0);
        connect(&m_timer, &QTimer::timeout, this, [this] { ++m_ticks; });
        m_timer.start();
    }
    int ticks() const { return m_ticks; }
    void stop() { m_timer.stop(); }

private:
    QTimer m_timer;
    int m_ticks = 0;
};
