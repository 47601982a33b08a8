#include "spinnercommand.h"

#include "commandlineerror.h"
#include "eventloopyield.h"
#include "interruptlatch.h"
#include "spinnerframes.h"
#include "trialdivision.h"
#include "workerprogram.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCoro/QCoroTimer>
#include <QProcess>

#include <chrono>
#include <condition_variable>
#include <future>
#include <mutex>
#include <thread>

#include <sys/syscall.h>
#include <unistd.h>

namespace {
// One frame: "\r| thinking!"; the caller flushes.
void drawFrame(std::FILE *out, int frame, const QString &message)
{
    const QByteArray status
        = QByteArray("\r") + char(SpinnerFrames::at(frame).toLatin1()) + ' ' + message.toUtf8();
    std::fwrite(status.constData(), 1, size_t(status.size()), out);
    std::fflush(out);
}

// The book's `print(f'\r{blanks}\r', end='')` with `blanks = ' ' * len(status)`: its
// len(status) counts the leading \r too, so one blank more than the visible frame.
void blankLine(std::FILE *out, const QString &message)
{
    const QByteArray blanks(message.toUtf8().size() + 3, ' ');
    std::fprintf(out, "\r%s\r", blanks.constData());
    std::fflush(out);
}
} // namespace

SpinnerCommand::SpinnerCommand(std::FILE *out, std::FILE *err, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
{ }

std::optional<int> SpinnerCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The spinner of Fluent Python's section 19.2: a spinner runs in a thread, a child process or a\n"
           "coroutine while the supervisor calls slow(), which sleeps or checks a big prime and returns 42.\n"
           "Exit codes: 0 done, 2 bad usage, 130 interrupted (Ctrl-C)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption mode(QStringLiteral("mode"),
                                  tr("Where the spinner runs: thread, process or coroutine."),
                                  QStringLiteral("mode"), QStringLiteral("thread"));
    const QCommandLineOption slow(QStringLiteral("slow"), tr("What slow() does: sleep (default) or prime."),
                                  QStringLiteral("kind"), QStringLiteral("sleep"));
    const QCommandLineOption number(QStringLiteral("number"),
                                    tr("The number prime checks (default %1).").arg(SlowCall::defaultNumber),
                                    QStringLiteral("N"));
    const QCommandLineOption seconds(QStringLiteral("seconds"), tr("How long sleep lasts (default 3)."),
                                     QStringLiteral("S"));
    const QCommandLineOption yieldEvery(
        QStringLiteral("yield-every"),
        tr("Coroutine mode: divisions between two yields to the event loop (default "
           "65536); 0 never yields, the book's blocked program."),
        QStringLiteral("K"));
    parser.addOptions({ mode, slow, number, seconds, yieldEvery });
    const auto usageError = [this](const QString &message) {
        std::fprintf(m_err, "conviz-cli spinner: error: %s\n", qPrintable(message));
        return 2;
    };
    if (!parser.parse(arguments))
        return usageError(CommandLineError::describe(parser));
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(
            qPrintable(parser.helpText().replace(arguments.value(0), QStringLiteral("conviz-cli spinner"))),
            m_out);
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::fprintf(m_out, "conviz-cli %s\n", qPrintable(QCoreApplication::applicationVersion()));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    const QString unit = parser.value(mode);
    if (unit == QLatin1String("thread"))
        m_unit = Unit::Thread;
    else if (unit == QLatin1String("process"))
        m_unit = Unit::Process;
    else if (unit == QLatin1String("coroutine"))
        m_unit = Unit::Coroutine;
    else
        return usageError(tr("--mode: '%1' is not thread, process or coroutine").arg(unit));
    QString error;
    const std::optional<SlowCall> call = SlowCall::fromText(parser.value(slow), parser.value(number), &error);
    if (!call)
        return usageError(error);
    // An option for the other slow() would be dropped without a word.
    if (call->kind == SlowCall::Kind::Sleep && parser.isSet(number))
        return usageError(tr("--number goes with --slow prime (slow() sleeps unless told otherwise)"));
    if (call->kind == SlowCall::Kind::Prime && parser.isSet(seconds))
        return usageError(tr("--seconds goes with --slow sleep (a prime check takes the time it takes)"));
    m_call = *call;
    if (parser.isSet(seconds)) {
        bool ok = false;
        const double value = parser.value(seconds).toDouble(&ok);
        if (!ok || value < 0 || value > 3600)
            return usageError(
                tr("--seconds: '%1' is not a number of seconds from 0 to 3600").arg(parser.value(seconds)));
        m_call.sleepMs = int(value * 1000);
    }
    if (parser.isSet(yieldEvery)) {
        bool ok = false;
        m_yieldEvery = parser.value(yieldEvery).toULongLong(&ok);
        if (!ok)
            return usageError(tr("--yield-every: '%1' is not a whole number").arg(parser.value(yieldEvery)));
    }
    m_terminal = ::isatty(::fileno(m_out));
    switch (m_unit) {
    case Unit::Thread:
        return runThread();
    case Unit::Process:
        return runProcess();
    case Unit::Coroutine:
        runCoroutine();
        return std::nullopt;
    }
    return 2;
}

int SpinnerCommand::finish(int answer)
{
    if (m_stop.stop_requested()) {
        std::fprintf(m_err, "%s\n", qPrintable(tr("Interrupted: slow() was stopped before its answer.")));
        return 130;
    }
    std::fprintf(m_out, "Answer: %d\n", answer);
    std::fflush(m_out);
    return 0;
}

int SpinnerCommand::runThread()
{
    const InterruptLatch interrupts(m_stop);
    std::mutex mutex;
    std::condition_variable_any done;
    std::promise<long> tid;
    std::future<long> started = tid.get_future();
    std::promise<void> go;
    std::future<void> printed = go.get_future();
    // spin(): a frame every 100 ms until the supervisor says done (the book's Event).
    std::jthread spinner([&](std::stop_token stop) {
        tid.set_value(::syscall(SYS_gettid));
        printed.wait();
        for (int frame = 0;; ++frame) {
            if (m_terminal)
                drawFrame(m_out, frame, m_message);
            std::unique_lock lock(mutex);
            if (done.wait_for(lock, stop, std::chrono::milliseconds(SpinnerFrames::intervalMs),
                              [] { return false; });
                stop.stop_requested())
                break;
        }
        if (m_terminal)
            blankLine(m_out, m_message);
    });
    std::fprintf(m_out, "spinner object: <std::jthread tid=%ld, running>\n", started.get());
    std::fflush(m_out);
    go.set_value();
    const int answer = m_call.run(m_stop.get_token());
    spinner.request_stop();
    spinner.join();
    return finish(answer);
}

int SpinnerCommand::runProcess()
{
    const InterruptLatch interrupts(m_stop);
    QProcess spinner;
    // The child draws on our terminal directly; it starts on a first byte from us and stops
    // when its stdin closes.
    spinner.setProcessChannelMode(QProcess::ForwardedChannels);
    spinner.start(WorkerProgram::path(), { QStringLiteral("--spin"), m_message });
    if (!spinner.waitForStarted(5000)) {
        std::fprintf(m_err, "conviz-cli spinner: error: cannot start conviz-worker: %s\n",
                     qPrintable(spinner.errorString()));
        return 1;
    }
    std::fprintf(m_out, "spinner object: <QProcess pid=%lld, running>\n", spinner.processId());
    std::fflush(m_out);
    spinner.write("\n");
    spinner.waitForBytesWritten(1000);
    const int answer = m_call.run(m_stop.get_token());
    spinner.closeWriteChannel();
    if (!spinner.waitForFinished(5000)) {
        spinner.kill();
        spinner.waitForFinished(1000);
    }
    return finish(answer);
}

QCoro::Task<> SpinnerCommand::runCoroutine()
{
    // Ctrl-C while the loop is free; a check that never yields only sees it at its end.
    const InterruptLatch interrupts(m_stop);
    const std::stop_token stop = m_stop.get_token();
    bool done = false;
    // spin() as a task. Like asyncio.create_task it is only scheduled: it first runs when
    // the supervisor yields to the loop, and never if the supervisor never yields.
    auto spin = [](SpinnerCommand *self, bool *done) -> QCoro::Task<> {
        co_await EventLoopYield {};
        if (*done)
            co_return;
        for (int frame = 0; !*done; ++frame) {
            if (self->m_terminal)
                drawFrame(self->m_out, frame, self->m_message);
            co_await QCoro::sleepFor(std::chrono::milliseconds(SpinnerFrames::intervalMs));
        }
        if (self->m_terminal)
            blankLine(self->m_out, self->m_message);
    };
    QCoro::Task<> spinner = spin(this, &done);
    std::fprintf(m_out, "spinner object: <QCoro::Task spin(), pending>\n");
    std::fflush(m_out);
    if (m_call.kind == SlowCall::Kind::Sleep) {
        // In short naps, so Ctrl-C is seen at once.
        const auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(m_call.sleepMs);
        while (!stop.stop_requested()) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                end - std::chrono::steady_clock::now());
            if (left.count() <= 0)
                break;
            const std::chrono::milliseconds nap = std::min(left, std::chrono::milliseconds(50));
            co_await QCoro::sleepFor(nap);
        }
    } else {
        TrialDivision check(m_call.number);
        const quint64 slice = m_yieldEvery > 0 ? m_yieldEvery : ~quint64(0);
        while (!check.advance(slice) && !stop.stop_requested())
            co_await EventLoopYield {};
    }
    done = true;
    co_await spinner;
    Q_EMIT finished(finish(42));
}

int SpinnerCommand::spinUntilEof(const QString &message, std::FILE *in, std::FILE *out)
{
    const bool terminal = ::isatty(::fileno(out));
    std::mutex mutex;
    std::condition_variable changed;
    bool go = false;
    bool done = false;
    std::thread reader([&] {
        int c = std::fgetc(in);
        {
            const std::lock_guard lock(mutex);
            go = true;
            done = c == EOF;
        }
        changed.notify_all();
        while (c != EOF)
            c = std::fgetc(in);
        {
            const std::lock_guard lock(mutex);
            done = true;
        }
        changed.notify_all();
    });
    std::unique_lock lock(mutex);
    changed.wait(lock, [&] { return go; });
    int frames = 0;
    while (!done) {
        if (terminal)
            drawFrame(out, frames, message);
        ++frames;
        changed.wait_for(lock, std::chrono::milliseconds(SpinnerFrames::intervalMs), [&] { return done; });
    }
    lock.unlock();
    reader.join();
    if (terminal && frames > 0)
        blankLine(out, message);
    return 0;
}
