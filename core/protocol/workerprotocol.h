#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// The line protocol between the supervisor and conviz-worker children, one message a
// line, ASCII, fields separated by one space. Version 3 (version 2 allowed lines of 64 KiB
// and 1,024 jobs a line):
//
//   worker -> supervisor                  supervisor -> worker
//   HELLO conviz-worker <version> <pid>   JOB <index> <number>
//   START <index>                         JOBS <index>:<number> <index>:<number> ...
//   PROGRESS <index> <permyriad 0..10000> QUIT
//   (START and PROGRESS are optional: conviz-worker says them for long checks only)
//   RESULT <index> <number> <0|1> <elapsed_ns>
//   ANSWERS <index> <p|c><elapsed_ns> <p|c><elapsed_ns> ...
//   ERROR <index> <reason ...>
//
// ANSWERS answers jobs of the batch being checked, in the order they were sent, from the one
// at <index> (the oldest it has not answered), p for prime, c for composite: one line for a
// batch of tiny checks, where a RESULT line each cost more than the checks. RESULT names its
// job and echoes its number.
//
// The supervisor never trusts a line it cannot decode: decode() says why it rejected it.
namespace WorkerProtocol {
constexpr int version = 3;
constexpr qsizetype maxLineLength = 256 * 1024;
// The most jobs a JOBS line carries (and so an ANSWERS line answers): with the largest index
// and number each, such a line still fits in maxLineLength.
constexpr int maxJobsPerLine = 4096;

struct Job
{
    int index = -1;
    quint64 number = 0;
    bool operator==(const Job &) const = default;
};

struct Answer
{
    bool prime = false;
    quint64 elapsedNs = 0;
    bool operator==(const Answer &) const = default;
};

struct Message
{
    enum Kind { Hello, Start, Progress, Result, Answers, Error, Jobs, Quit } kind = Quit;
    int index = -1; // ANSWERS: the first job it answers
    quint64 number = 0;
    bool prime = false;
    quint64 elapsedNs = 0;
    int permyriad = 0;
    qint64 pid = 0;
    int version = 0;
    QString reason;
    QList<Job> jobs; // JOB carries one, JOBS one or more
    QList<Answer> answers; // ANSWERS: one or more
};

// Without the trailing newline.
QByteArray hello(qint64 pid);
QByteArray start(int index);
QByteArray progress(int index, int permyriad);
QByteArray result(int index, quint64 number, bool prime, quint64 elapsedNs);
QByteArray answers(int firstIndex, const QList<Answer> &answers);
QByteArray error(int index, const QString &reason);
QByteArray jobs(const QList<Job> &jobs);
QByteArray quit();

// A line without its newline (a trailing '\r' or '\n' is tolerated).
std::optional<Message> decode(QByteArrayView line, QString *why);
} // namespace WorkerProtocol
