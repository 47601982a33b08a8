// conviz-cli: the headless twin of the window, for terminals, scripts and benchmarks.
#include "batchcommand.h"
#include "interruptwatcher.h"
#include "language.h"
#include "primescommand.h"
#include "spinnercommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {
constexpr auto usage = "Usage: conviz-cli <command> [options]\n"
                       "\n"
                       "Commands:\n"
                       "  primes    check numbers for primality in one execution model\n"
                       "  compare   run every execution model on the same numbers and compare them\n"
                       "  sweep     run one execution model with 1, 2, ... workers\n"
                       "  spinner   the book's spinner in a thread, a child process or a coroutine\n"
                       "\n"
                       "Run 'conviz-cli <command> --help' for a command's options.\n";
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("conviz-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONVIZ_VERSION));
    // English, whatever the system's language, with its plural forms: "1 bad token", "5 bad
    // tokens" (the sources say "%n bad token(s)").
    Language::install(QLocale(QLocale::English, QLocale::UnitedStates));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h")) {
        out << usage;
        return command.isEmpty() ? 2 : 0;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out << "conviz-cli " << CONVIZ_VERSION << "\n";
        return 0;
    }
    arguments.removeAt(1);

    if (command == QLatin1String("primes")) {
        // Ctrl-C stops the workers and exits 130; a second Ctrl-C exits at once (the workers
        // die with us). The spinner has its own latch: its supervisor blocks the event loop.
        InterruptWatcher interrupts(nullptr, InterruptWatcher::ExitOnRepeat);
        PrimesCommand primes(out, err);
        QObject::connect(&interrupts, &InterruptWatcher::interrupted, &primes, &PrimesCommand::interrupt);
        QObject::connect(&primes, &PrimesCommand::finished, &app, &QCoreApplication::exit,
                         Qt::QueuedConnection);
        if (const std::optional<int> code = primes.start(arguments))
            return *code;
        return app.exec();
    }
    if (command == QLatin1String("compare") || command == QLatin1String("sweep")) {
        InterruptWatcher interrupts;
        BatchCommand batch(command == QLatin1String("compare") ? BatchCommand::Compare : BatchCommand::Sweep,
                           out, err);
        QObject::connect(&interrupts, &InterruptWatcher::interrupted, &batch, &BatchCommand::interrupt);
        QObject::connect(&batch, &BatchCommand::finished, &app, &QCoreApplication::exit,
                         Qt::QueuedConnection);
        if (const std::optional<int> code = batch.start(arguments))
            return *code;
        return app.exec();
    }
    if (command == QLatin1String("spinner")) {
        SpinnerCommand spinner(stdout, stderr);
        QObject::connect(&spinner, &SpinnerCommand::finished, &app, &QCoreApplication::exit,
                         Qt::QueuedConnection);
        if (const std::optional<int> code = spinner.start(arguments))
            return *code;
        return app.exec();
    }
    err << "conviz-cli: error: unknown command '" << command << "'\n" << usage;
    return 2;
}
