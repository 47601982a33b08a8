// conviz-worker: one worker process of the processes mode, driven by its supervisor over
// stdin/stdout (see core/protocol/workerprotocol.h). Not meant to be run by hand.
#include "primeworker.h"
#include "runoptions.h"
#include "slowcall.h"
#include "spinnercommand.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>
#include <sys/prctl.h>
#include <unistd.h>

int main(int argc, char *argv[])
{
    // Die with the supervisor, even if it is killed: no orphan keeps a core busy.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    QCoreApplication app(argc, argv);
    quint64 slice = RunOptions {}.sliceDivisions;
    const QStringList args = QCoreApplication::arguments();
    // A supervisor that died before the line above was reached left us to a reaper: compare
    // with the pid it gave, not with 1 (the supervisor may itself be PID 1, in a container).
    if (const qsizetype i = args.indexOf(QLatin1String("--supervisor")); i > 0) {
        bool ok = false;
        const qint64 supervisor = args.value(i + 1).toLongLong(&ok);
        if (!ok || qint64(::getppid()) != supervisor)
            return 1;
    }
    // The spinner lab's roles: the spinner of `conviz-cli spinner --mode process`, and
    // slow() for the window's process supervisor.
    if (args.value(1) == QLatin1String("--spin")) {
        // Ctrl-C reaches the whole foreground group: the supervisor handles it and closes
        // our stdin, so the spinner still blanks its line.
        ::signal(SIGINT, SIG_IGN);
        return SpinnerCommand::spinUntilEof(args.value(2), stdin, stdout);
    }
    if (args.value(1) == QLatin1String("--slow")) {
        QString error;
        std::optional<SlowCall> call = SlowCall::fromText(args.value(2), args.value(4), &error);
        if (!call) {
            std::fprintf(stderr, "conviz-worker: %s\n", qPrintable(error));
            return 2;
        }
        call->sleepMs = args.value(6, QStringLiteral("3000")).toInt();
        std::printf("%d\n", call->run());
        return 0;
    }
    if (const qsizetype i = args.indexOf(QLatin1String("--slice")); i > 0)
        slice = std::max<quint64>(1, args.value(i + 1).toULongLong());
    PrimeWorker worker(stdin, stdout, slice, PrimeWorker::Fault::fromEnvironment());
    return worker.run();
}
