#pragma once

#include "jobqueue.h"
#include "runner.h"

#include <QElapsedTimer>
#include <QList>
#include <QProcess>
#include <QTimer>

// N conviz-worker children fed from one JobQueue over a line protocol: the book's
// procs.py, with the task-queue promise of section 19.5 — a job is retried until done.
// A worker that dies, or says a line the supervisor cannot decode, is replaced and its
// jobs go back to the queue (at most RunOptions::maxAttempts tries each). The run ends
// when every job has a result, not when the queue looks empty.
class ProcessRunner : public Runner
{
    Q_OBJECT
public:
    explicit ProcessRunner(QObject *parent = nullptr);
    ~ProcessRunner() override;

    Mode mode() const override { return Mode::Processes; }

    // The pids of the children alive now (for tests and the window).
    QList<qint64> childPids() const;

private:
    struct Child
    {
        QProcess *process = nullptr;
        qint64 pid = 0;
        bool ready = false; // handshake received
        QList<int> inFlight; // sent, not answered
        QElapsedTimer lastProgress;
        QElapsedTimer lastHeard; // any line at all: the heartbeat
        QString replacedBecause;
    };

    void startWorkers() override;
    void stopWorkers() override;
    void spawn(int worker);
    void readLines(int worker);
    void handleLine(int worker, const QByteArray &line);
    void feed(int worker);
    void replace(int worker, const QString &why);
    void childExited(int worker);
    void endIfDone();
    void checkHeartbeats();
    void killAll();
    QString programPath() const;

    QList<Child> m_children;
    QTimer m_heartbeatTimer;
    JobQueue m_queue;
    QList<int> m_tries; // per job
    QList<double> m_started; // per job: when its worker said START
    int m_alive = 0;
    int m_failedStarts = 0;
    bool m_quitting = false;
};
