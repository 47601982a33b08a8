#pragma once

#include "workerprotocol.h"

#include <QList>

#include <chrono>
#include <cstdio>
#include <optional>

// The loop of a conviz-worker child: the book's worker(jobs, results), with the queues
// replaced by stdin and stdout. Reads JOB/JOBS lines, checks each number of a batch in
// order, in slices, answers ANSWERS (tiny checks) or START / PROGRESS / RESULT (long checks),
// and ends on QUIT or when stdin closes. The answers of a batch are written together when the
// batch ends (one line and one write for a batch of tiny checks), and at once with the START
// of a long check: a crash then loses at most the answers of one batch, and the supervisor
// knows which long check it died on.
class PrimeWorker
{
public:
    // Deterministic misbehaviour for tests, from CONVIZ_WORKER_FAULT:
    //   crash-on:<number>    abort() when asked to check <number>
    //   garbage-on:<number>  answer <number> with a line that is not the protocol
    //   silent               handshake, then never answer
    struct Fault
    {
        enum Kind { None, CrashOn, GarbageOn, Silent } kind = None;
        quint64 number = 0;
        static Fault fromEnvironment();
    };

    PrimeWorker(std::FILE *in, std::FILE *out, quint64 sliceDivisions, Fault fault, std::FILE *err = stderr);

    // Returns the process exit code: 0 after QUIT or end of input, 2 on a bad line (said on
    // err: a NUL byte, a line over WorkerProtocol::maxLineLength, anything decode() rejects).
    int run();

private:
    using Clock = std::chrono::steady_clock;

    void send(QByteArrayView line);
    void sendAnswers();
    // Checks one number that the clock says started at t0; returns when it ended.
    Clock::time_point check(int index, quint64 number, Clock::time_point t0);

    std::FILE *m_in;
    std::FILE *m_out;
    std::FILE *m_err;
    quint64 m_slice;
    Fault m_fault;
    QList<WorkerProtocol::Answer> m_answers; // tiny checks' answers not sent yet
    int m_answersFrom = 0; // the job the first of them answers
};
