#include "primeworker.h"

#include "trialdivision.h"
#include "workerprotocol.h"

#include <QByteArray>
#include <QCoreApplication>

#include <chrono>
#include <cstdlib>
#include <unistd.h>

namespace {
constexpr auto progressInterval = std::chrono::milliseconds(100);

enum class LineRead { Line, End, TooLong };

// One line without its newline, into a buffer sized once. A NUL byte stays in the line
// (decode() rejects it) rather than cutting it short and joining what follows to the next
// line.
LineRead readLine(std::FILE *in, QByteArray &buffer, qsizetype *size)
{
    buffer.resize(WorkerProtocol::maxLineLength);
    char *data = buffer.data();
    qsizetype n = 0;
    int c = 0;
    while ((c = getc_unlocked(in)) != EOF) {
        if (c == '\n') {
            *size = n;
            return LineRead::Line;
        }
        if (n >= WorkerProtocol::maxLineLength)
            return LineRead::TooLong;
        data[n++] = char(c);
    }
    *size = n;
    return n == 0 ? LineRead::End : LineRead::Line;
}
} // namespace

PrimeWorker::Fault PrimeWorker::Fault::fromEnvironment()
{
    const QByteArray spec = qgetenv("CONVIZ_WORKER_FAULT");
    Fault fault;
    if (spec == "silent") {
        fault.kind = Silent;
    } else if (spec.startsWith("crash-on:")) {
        fault.kind = CrashOn;
        fault.number = spec.mid(9).toULongLong();
    } else if (spec.startsWith("garbage-on:")) {
        fault.kind = GarbageOn;
        fault.number = spec.mid(11).toULongLong();
    }
    return fault;
}

PrimeWorker::PrimeWorker(std::FILE *in, std::FILE *out, quint64 sliceDivisions, Fault fault, std::FILE *err)
    : m_in(in)
    , m_out(out)
    , m_err(err)
    , m_slice(std::max<quint64>(1, sliceDivisions))
    , m_fault(fault)
{ }

void PrimeWorker::send(QByteArrayView line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), m_out);
    std::fputc('\n', m_out);
}

int PrimeWorker::run()
{
    send(WorkerProtocol::hello(::getpid()));
    std::fflush(m_out);
    QByteArray buffer;
    for (;;) {
        qsizetype size = 0;
        const LineRead read = readLine(m_in, buffer, &size);
        const QByteArrayView line(buffer.constData(), size);
        if (read == LineRead::End)
            return 0;
        if (read == LineRead::TooLong) {
            std::fprintf(m_err,
                         "conviz-worker: rejected a line from the supervisor: longer than %lld bytes\n",
                         qlonglong(WorkerProtocol::maxLineLength));
            return 2;
        }
        QString why;
        const std::optional<WorkerProtocol::Message> message = WorkerProtocol::decode(line, &why);
        if (message && message->kind != WorkerProtocol::Message::Jobs
            && message->kind != WorkerProtocol::Message::Quit)
            why = QCoreApplication::translate("PrimeWorker", "a worker's message, not a supervisor's");
        if (!why.isEmpty()) {
            std::fprintf(m_err, "conviz-worker: rejected a line from the supervisor: %s\n", qPrintable(why));
            return 2;
        }
        if (message->kind == WorkerProtocol::Message::Quit)
            return 0;
        if (m_fault.kind == Fault::Silent)
            continue;
        // One clock read a check: a check of a batch starts when the one before it ended.
        auto now = Clock::now();
        for (const WorkerProtocol::Job &job : message->jobs)
            now = check(job.index, job.number, now);
        // The answers of a batch go out together: one line and one write for a batch of tiny
        // checks, not one each. The supervisor asked for a few milliseconds of work at most.
        sendAnswers();
        std::fflush(m_out);
    }
}

void PrimeWorker::sendAnswers()
{
    if (m_answers.isEmpty())
        return;
    send(WorkerProtocol::answers(m_answersFrom, m_answers));
    m_answers.clear();
}

PrimeWorker::Clock::time_point PrimeWorker::check(int index, quint64 number, Clock::time_point t0)
{
    if (m_fault.kind == Fault::CrashOn && number == m_fault.number)
        std::abort();
    if (m_fault.kind == Fault::GarbageOn && number == m_fault.number) {
        sendAnswers();
        send("RESULT banana");
        std::fflush(m_out);
        return Clock::now();
    }
    // A long check says START at once, with every answer before it: the supervisor shows it
    // running and knows which number this worker is on should it die. A tiny check does not:
    // its answer goes out with the rest of the batch, and the supervisor dates it from that.
    const quint64 divisions = TrialDivision::divisionsFor(number);
    const bool isLong = divisions > m_slice;
    if (isLong) {
        sendAnswers();
        send(WorkerProtocol::start(index));
        std::fflush(m_out);
        t0 = Clock::now();
    }
    bool prime = false;
    if (isLong) {
        auto lastProgress = t0;
        TrialDivision trial(number);
        while (!trial.advance(m_slice)) {
            const auto now = Clock::now();
            if (now - lastProgress >= progressInterval) {
                lastProgress = now;
                send(WorkerProtocol::progress(index, int(trial.progress() * 10000)));
                std::fflush(m_out);
            }
        }
        prime = trial.isPrime();
    } else {
        // Fits in one slice: nothing to report in between, so the plain loop of the same
        // algorithm, as the threads mode does, without the sliced kernel's bookkeeping.
        prime = TrialDivision::isPrime(number);
    }
    // A check without a division (an even number, or one below 9) is not timed: the clock read
    // would take ten times as long as the check (the threads mode does the same).
    const auto end = divisions == 0 ? t0 : Clock::now();
    const auto elapsed = quint64(std::chrono::duration_cast<std::chrono::nanoseconds>(end - t0).count());
    if (isLong)
        send(WorkerProtocol::result(index, number, prime, elapsed));
    else {
        if (m_answers.isEmpty())
            m_answersFrom = index;
        m_answers.append({ prime, elapsed });
        // A line answers at most as many jobs as a JOBS line carries, so it fits in the line
        // limit whatever batch it was given.
        if (m_answers.size() >= WorkerProtocol::maxJobsPerLine)
            sendAnswers();
    }
    return end;
}
