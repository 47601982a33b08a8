#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGINT / SIGTERM into a Qt signal on the event loop (the self-pipe trick), so
// Ctrl-C can cancel a run cleanly instead of killing the process mid-write.
class InterruptWatcher : public QObject
{
    Q_OBJECT
public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

    int signalNumber() const { return m_signal; }

Q_SIGNALS:
    void interrupted(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
    int m_signal = 0;
};
