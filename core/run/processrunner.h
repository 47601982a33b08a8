#pragma once

#include "jobqueue.h"
#include "runner.h"
#include "workerprotocol.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QProcess>
#include <QTimer>

// N conviz-worker children fed from one JobQueue over a line protocol: the book's
// procs.py, with the task-queue promise of section 19.5 — a job is retried until done.
// Nothing a worker says is believed unchecked: a worker that dies, stalls, says a line the
// supervisor cannot decode, or gives an answer Miller-Rabin disagrees with is replaced.
// The job it was on is charged a try (at most RunOptions::maxAttempts, then it ends as an
// error); the rest of its batch goes back uncharged, in smaller pieces, so one number that
// kills workers fails alone. The run ends when every job has a result, not when the queue
// looks empty, and every shutdown has a deadline.
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
        bool condemned = false; // being replaced: nothing more it says is believed
        bool terminated = false; // sent SIGTERM after its QUIT deadline
        QList<int> inFlight; // sent, not answered, in the order it checks them
        // inFlight cut into the batches it was sent in, oldest first: the first is the one
        // being checked, the next (at most one) waits in the pipe.
        struct Batch
        {
            int unanswered = 0;
            quint64 divisions = 0;
            qint64 sentNs = 0; // run clock
            bool begun = false; // an answer of it came
        };
        QList<Batch> batches;
        int culprit = -1; // the job it was condemned over, if any
        int started = -1; // the last job it said START for
        qint64 startedNs = 0; // when it said so (run clock)
        qint64 doneNs = 0; // when it was last known to be done with a job or idle (run clock)
        int permyriad = 0; // progress of its current job, which must move
        qint64 lastMovedNs = -1; // handshake, start, answer, or progress that moved (run clock)
        QString replacedBecause;
    };

    void startWorkers() override;
    bool preparesVerificationItself() const override { return true; }
    void stopWorkers() override;
    void spawn(int worker);
    void readLines(int worker);
    void handleLine(int worker, QByteArrayView line);
    // Takes one answer for a job the worker was given and has not answered; false when it
    // is not believed (the worker is then being replaced).
    bool accept(int worker, int index, bool prime, quint64 elapsedNs);
    void feed(int worker);
    void replace(int worker, const QString &why, int culprit = -1);
    bool isRepeat(int worker, const WorkerProtocol::Message &message) const;
    void childExited(int worker);
    void endIfDone();
    void checkHeartbeats();
    void killAll();
    QString programPath() const;

    QList<Child> m_children;
    QTimer m_heartbeatTimer;
    JobQueue m_queue;
    // What a job's travels left behind, kept only for the jobs a dead worker had: most jobs
    // are sent once, in any batch, and need no entry (nor a write each as they are sent).
    struct JobTravel
    {
        int charged = 0; // the deaths it was charged with
        int pieceLimit = 0; // the largest batch it may travel in; 0: any batch
    };
    // The tries it has had, the one under way included.
    int attempts(int job) const;
    int pieceLimit(int job) const;
    QHash<int, JobTravel> m_travel;
    QElapsedTimer m_quitClock; // since QUIT was sent
    // When the lines being handled were read: they arrived together, so one clock read serves
    // them all (nanoseconds since the run's start).
    qint64 m_readNs = 0;
    QByteArray m_line; // one line at a time, the same buffer for all
    QList<qint32> m_held; // answers of the line being handled, published together
    int m_alive = 0;
    int m_failedStarts = 0;
    bool m_quitting = false;
};
