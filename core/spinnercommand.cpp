#include "spinnercommand.h"

#include "eventloopyield.h"
#include "spinnerframes.h"
#include "trialdivision.h"

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

// The book's `print('\r' + ' ' * len(status) + '\r', end='')`.
void blankLine(std::FILE *out, const QString &message)
{
    const QByteArray blanks(message.toUtf8().size() + 2, ' ');
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
    parser.setApplicationDescription(tr(
        "The spinner of Fluent Python's section 19.2: a spinner runs in a thread, a child process or a\n"
        "coroutine while the supervisor calls slow(), which sleeps or checks a big prime and returns 42."));
    parser.addHelpOption();
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
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), m_out);
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

void SpinnerCommand::printAnswer(int answer)
{
    std::fprintf(m_out, "Answer: %d\n", answer);
    std::fflush(m_out);
}

int SpinnerCommand::runThread()
{
    std::mutex mutex;
    std::condition_variable_any done;
    std::promise<long> tid;
    std::future<long> started = tid.get_future();
    // spin(): a frame every 100 ms until the supervisor says done (the book's Event).
    std::jthread spinner([&](std::stop_token stop) {
        tid.set_value(::syscall(SYS_gettid));
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
    const long spinnerTid = started.get();
    if (!m_terminal) {
        std::fprintf(m_out, "spinner object: <std::jthread tid=%ld, running>\n", spinnerTid);
        std::fflush(m_out);
    }
    const int answer = m_call.run();
    spinner.request_stop();
    spinner.join();
    if (m_terminal)
        std::fprintf(m_out, "spinner object: <std::jthread tid=%ld, joined>\n", spinnerTid);
    printAnswer(answer);
    return 0;
}

int SpinnerCommand::runProcess()
{
    QProcess spinner;
    // The child draws on our terminal directly and stops when its stdin closes.
    spinner.setProcessChannelMode(QProcess::ForwardedChannels);
    spinner.start(QCoreApplication::applicationDirPath() + QStringLiteral("/conviz-worker"),
                  { QStringLiteral("--spin"), m_message });
    if (!spinner.waitForStarted(5000)) {
        std::fprintf(m_err, "conviz-cli spinner: error: cannot start conviz-worker: %s\n",
                     qPrintable(spinner.errorString()));
        return 1;
    }
    const qint64 pid = spinner.processId();
    if (!m_terminal) {
        std::fprintf(m_out, "spinner object: <QProcess pid=%lld, running>\n", pid);
        std::fflush(m_out);
    }
    const int answer = m_call.run();
    spinner.closeWriteChannel();
    if (!spinner.waitForFinished(5000))
        spinner.kill();
    if (m_terminal)
        std::fprintf(m_out, "spinner object: <QProcess pid=%lld, exit code %d>\n", pid, spinner.exitCode());
    printAnswer(answer);
    return 0;
}

QCoro::Task<> SpinnerCommand::runCoroutine()
{
    bool done = false;
    int frames = 0;
    // spin() as a task: it only runs when the supervisor's coroutine yields to the loop.
    auto spin = [](SpinnerCommand *self, bool *done, int *frames) -> QCoro::Task<> {
        for (int frame = 0; !*done; ++frame) {
            if (self->m_terminal)
                drawFrame(self->m_out, frame, self->m_message);
            ++*frames;
            co_await QCoro::sleepFor(std::chrono::milliseconds(SpinnerFrames::intervalMs));
        }
        if (self->m_terminal)
            blankLine(self->m_out, self->m_message);
    };
    QCoro::Task<> spinner = spin(this, &done, &frames);
    if (!m_terminal) {
        std::fprintf(m_out, "spinner object: <QCoro::Task spin(), running>\n");
        std::fflush(m_out);
    }
    if (m_call.kind == SlowCall::Kind::Sleep) {
        co_await QCoro::sleepFor(std::chrono::milliseconds(m_call.sleepMs));
    } else {
        TrialDivision check(m_call.number);
        const quint64 slice = m_yieldEvery > 0 ? m_yieldEvery : ~quint64(0);
        while (!check.advance(slice))
            co_await EventLoopYield {};
    }
    done = true;
    co_await spinner;
    if (m_terminal)
        std::fprintf(m_out, "spinner object: <QCoro::Task spin(), done after %d frames>\n", frames);
    printAnswer(42);
    Q_EMIT finished(0);
}

int SpinnerCommand::spinUntilEof(const QString &message, std::FILE *in, std::FILE *out)
{
    const bool terminal = ::isatty(::fileno(out));
    std::atomic<bool> done = false;
    std::thread reader([&] {
        while (std::fgetc(in) != EOF) { }
        done = true;
    });
    for (int frame = 0; !done; ++frame) {
        if (terminal)
            drawFrame(out, frame, message);
        std::this_thread::sleep_for(std::chrono::milliseconds(SpinnerFrames::intervalMs));
    }
    reader.join();
    if (terminal)
        blankLine(out, message);
    return 0;
}
