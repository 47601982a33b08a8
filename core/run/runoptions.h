#pragma once

#include <QString>
#include <QThread>

// How a run is carried out; every field has a sensible default.
struct RunOptions
{
    int workers = 0; // 0: one per core
    // Divisions between two progress reports / stop checks / yields; about half a millisecond.
    quint64 sliceDivisions = quint64(1) << 18;
    // How often a job is tried before it ends as an error (processes mode).
    int maxAttempts = 3;
    // A busy worker process that says nothing for this long is taken for hung and replaced
    // (busy workers report progress ten times a second).
    int workerTimeoutMs = 10000;
    // After QUIT (stdin closed), how long a worker process has before it is terminated, and
    // then again before it is killed: no shutdown waits forever.
    int quitTimeoutMs = 2000;
    // Threads (GIL) mode: how long a thread may keep the lock while another waits for it
    // (CPython's sys.getswitchinterval(), 5 ms by default).
    int switchIntervalUs = 5000;
    // The worker program of the processes mode; empty: $CONVIZ_WORKER_PROGRAM, else
    // WorkerProgram::path().
    QString workerProgram;

    int workerCount() const { return workers > 0 ? workers : std::max(1, QThread::idealThreadCount()); }
};
