// conviz-fakeworker: a worker program that speaks the worker protocol but cannot be trusted,
// for the tests and the chaos scripts (run with --worker-program or CONVIZ_WORKER_PROGRAM).
// CONVIZ_FAKE_WORKER picks the lie:
//   lie                  answers every number wrongly, in well-formed RESULT lines
//   lie-on:N             answers N wrongly, the others rightly
//   hang                 takes jobs and never answers
//   stall                says START, then PROGRESS at the same value forever
//   crash-on:N           aborts when it reaches N
//   repeat               sends every answer twice
//   long-elapsed         claims each check took 2^64-1 ns
//   talk-after-garbage   sends a line that is not the protocol, then the right answer
//   ignore-quit          answers rightly, then ignores QUIT, end of input and SIGTERM
//   answers              answers rightly, a batch in one ANSWERS line (as conviz-worker
//                        does for tiny checks)
//   answers-lie-on:N     the same, N answered wrongly
//   answers-too-many     the same, with one answer more than the batch has jobs
//   answers-misplaced    the same, saying they start from the batch's second job
//   start-with-result    takes 30 ms a check, then says START and RESULT in one write (as a
//                        supervisor too busy to read in between sees them)
// Anything else (or nothing): an honest worker.
#include "millerrabin.h"
#include "workerprotocol.h"

#include <QByteArray>
#include <QList>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <thread>
#include <unistd.h>

namespace {
void send(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

[[noreturn]] void sleepForever()
{
    for (;;)
        std::this_thread::sleep_for(std::chrono::seconds(1));
}

// The number after "mode:" in the spec, when the spec is that mode.
bool isMode(const QByteArray &spec, const char *mode, quint64 *number = nullptr)
{
    const QByteArray name(mode);
    if (!number)
        return spec == name;
    if (!spec.startsWith(name + ':'))
        return false;
    *number = spec.mid(name.size() + 1).toULongLong();
    return true;
}
} // namespace

int main()
{
    const QByteArray spec = qgetenv("CONVIZ_FAKE_WORKER");
    quint64 target = 0;
    if (isMode(spec, "ignore-quit"))
        std::signal(SIGTERM, SIG_IGN);
    send(WorkerProtocol::hello(::getpid()));
    static char buffer[WorkerProtocol::maxLineLength + 2]; // a whole line: not for the stack
    while (std::fgets(buffer, sizeof buffer, stdin)) {
        const std::optional<WorkerProtocol::Message> message = WorkerProtocol::decode(buffer, nullptr);
        if (!message || message->kind != WorkerProtocol::Message::Jobs)
            break;
        if (isMode(spec, "hang"))
            continue;
        const bool lieOn = isMode(spec, "answers-lie-on", &target);
        const bool misplaced = isMode(spec, "answers-misplaced");
        if (lieOn || misplaced || isMode(spec, "answers") || isMode(spec, "answers-too-many")) {
            QList<WorkerProtocol::Answer> answers;
            for (const WorkerProtocol::Job &job : message->jobs)
                answers.append({ MillerRabin::isPrime(job.number) != (lieOn && job.number == target), 1000 });
            if (isMode(spec, "answers-too-many"))
                answers.append({ false, 1000 });
            send(WorkerProtocol::answers(message->jobs.first().index + (misplaced ? 1 : 0), answers));
            continue;
        }
        for (const WorkerProtocol::Job &job : message->jobs) {
            const bool prime = MillerRabin::isPrime(job.number);
            if (isMode(spec, "crash-on", &target) && job.number == target)
                std::abort();
            if (isMode(spec, "start-with-result")) {
                const auto t0 = std::chrono::steady_clock::now();
                std::this_thread::sleep_for(std::chrono::milliseconds(30));
                const auto elapsed = std::chrono::duration_cast<std::chrono::nanoseconds>(
                    std::chrono::steady_clock::now() - t0);
                send(WorkerProtocol::start(job.index) + '\n'
                     + WorkerProtocol::result(job.index, job.number, prime, quint64(elapsed.count())));
                continue;
            }
            send(WorkerProtocol::start(job.index));
            if (isMode(spec, "stall")) {
                for (;;) {
                    send(WorkerProtocol::progress(job.index, 5000));
                    std::this_thread::sleep_for(std::chrono::milliseconds(50));
                }
            }
            const bool lie = isMode(spec, "lie") || (isMode(spec, "lie-on", &target) && job.number == target);
            const quint64 elapsed = isMode(spec, "long-elapsed") ? std::numeric_limits<quint64>::max() : 1000;
            const QByteArray answer = WorkerProtocol::result(job.index, job.number, prime != lie, elapsed);
            if (isMode(spec, "talk-after-garbage"))
                send("RESULT banana\n" + answer);
            else
                send(answer);
            if (isMode(spec, "repeat"))
                send(answer);
        }
    }
    if (isMode(spec, "ignore-quit"))
        sleepForever();
    return 0;
}
