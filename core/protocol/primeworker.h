#pragma once

#include <QtGlobal>

#include <cstdio>
#include <optional>

// The loop of a conviz-worker child: the book's worker(jobs, results), with the queues
// replaced by stdin and stdout. Reads JOB/JOBS lines, checks each number of a batch in
// order, in slices, answers START (long checks only) / PROGRESS / RESULT, and ends on QUIT or
// when stdin closes. The answers of a batch are written together when the batch ends (one
// write for a batch of tiny checks), and at once with the START of a long check: a crash
// then loses at most the answers of one batch, and the supervisor knows which long check
// it died on.
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
    void send(const QByteArray &line);
    void check(int index, quint64 number);

    std::FILE *m_in;
    std::FILE *m_out;
    std::FILE *m_err;
    quint64 m_slice;
    Fault m_fault;
};
