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

// One line without its newline. A NUL byte stays in the line (decode() rejects it) rather
// than cutting it short and joining what follows to the next line.
LineRead readLine(std::FILE *in, QByteArray &line)
{
    line.clear();
    int c = 0;
    while ((c = getc_unlocked(in)) != EOF) {
        if (c == '\n')
            return LineRead::Line;
        if (line.size() >= WorkerProtocol::maxLineLength)
            return LineRead::TooLong;
        line.append(char(c));
    }
    return line.isEmpty() ? LineRead::End : LineRead::Line;
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

void PrimeWorker::send(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), m_out);
    std::fputc('\n', m_out);
}

int PrimeWorker::run()
{
    send(WorkerProtocol::hello(::getpid()));
    std::fflush(m_out);
    QByteArray line;
    for (;;) {
        const LineRead read = readLine(m_in, line);
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
        for (const WorkerProtocol::Job &job : message->jobs)
            check(job.index, job.number);
        // The answers of a batch go out together: one write for a batch of tiny checks, not
        // one each. The supervisor asked for a batch of about a few milliseconds of work.
        std::fflush(m_out);
    }
}

void PrimeWorker::check(int index, quint64 number)
{
    using Clock = std::chrono::steady_clock;
    if (m_fault.kind == Fault::CrashOn && number == m_fault.number)
        std::abort();
    if (m_fault.kind == Fault::GarbageOn && number == m_fault.number) {
        send("RESULT banana");
        std::fflush(m_out);
        return;
    }
    // A long check says START at once, with every answer before it: the supervisor shows it
    // running and knows which number this worker is on should it die. A tiny check does not:
    // its answer goes out with the rest of the batch, and the supervisor dates it from that.
    if (TrialDivision::divisionsFor(number) > m_slice) {
        send(WorkerProtocol::start(index));
        std::fflush(m_out);
    }
    const auto t0 = Clock::now();
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
    const auto elapsed = std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - t0).count();
    send(WorkerProtocol::result(index, number, trial.isPrime(), quint64(elapsed)));
}
