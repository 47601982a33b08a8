#pragma once

#include "interruptsignals.h"

#include <QObject>

class QSocketNotifier;

// Turns SIGINT / SIGTERM into a Qt signal on the event loop (the self-pipe trick), so
// Ctrl-C can cancel a run cleanly instead of killing the process mid-write. With
// exitOnRepeat, a second signal ends the process at once from the handler (exit status
// 128 + the signal), whatever the event loop is doing. The handlers installed before come
// back when the watcher goes.
class InterruptWatcher : public QObject
{
    Q_OBJECT
public:
    enum Repeat { Notify, ExitOnRepeat };
    explicit InterruptWatcher(QObject *parent = nullptr, Repeat repeat = Notify);
    ~InterruptWatcher() override;

    int signalNumber() const { return m_signal; }

Q_SIGNALS:
    void interrupted(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
    InterruptSignals::Previous m_previous;
    int m_signal = 0;
};
