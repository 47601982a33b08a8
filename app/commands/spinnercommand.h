#pragma once

#include "slowcall.h"

#include <QCoro/QCoroTask>
#include <QObject>
#include <QStringList>

#include <cstdio>
#include <optional>
#include <stop_token>

// `conviz-cli spinner`: the book's spinner programs. The supervisor prints the spinner
// object, the spinner runs in the unit of the chosen model (a thread, a child process, a
// coroutine) while the supervisor calls slow(); then the line is blanked and `Answer: 42`
// printed. Frames are `\r`-drawn only on a terminal: piped output gets the two lines and
// no control characters. Ctrl-C stops slow(), blanks the line and exits 130.
class SpinnerCommand : public QObject
{
    Q_OBJECT
public:
    enum class Unit { Thread, Process, Coroutine };

    explicit SpinnerCommand(std::FILE *out, std::FILE *err, QObject *parent = nullptr);

    // Parses the arguments after "spinner" (arguments[0] is the program name). Thread and
    // process modes run to the end here and return the exit code; the coroutine mode
    // returns nothing and emits finished() from the event loop.
    std::optional<int> start(const QStringList &arguments);

    // The spinner's loop for a child process (conviz-worker --spin): waits for a first byte
    // on in (the supervisor has printed its line), draws frames on out until in reaches end
    // of file, then blanks the line.
    static int spinUntilEof(const QString &message, std::FILE *in, std::FILE *out);

Q_SIGNALS:
    void finished(int exitCode);

private:
    int runThread();
    int runProcess();
    QCoro::Task<> runCoroutine();
    // Prints the answer and returns 0, or says the run was interrupted and returns 130.
    int finish(int answer);

    std::FILE *m_out;
    std::FILE *m_err;
    Unit m_unit = Unit::Thread;
    SlowCall m_call;
    quint64 m_yieldEvery = quint64(1) << 16;
    bool m_terminal = false;
    std::stop_source m_stop; // requested on Ctrl-C
    QString m_message = QStringLiteral("thinking!");
};
