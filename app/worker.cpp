// conviz-worker: one worker process of the processes mode, driven by its supervisor over
// stdin/stdout (see core/workerprotocol.h). Not meant to be run by hand.
#include "primeworker.h"
#include "runoptions.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>
#include <sys/prctl.h>
#include <unistd.h>

int main(int argc, char *argv[])
{
    // Die with the supervisor, even if it is killed: no orphan keeps a core busy.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() == 1)
        return 1;
    QCoreApplication app(argc, argv);
    quint64 slice = RunOptions {}.sliceDivisions;
    const QStringList args = QCoreApplication::arguments();
    if (const qsizetype i = args.indexOf(QLatin1String("--slice")); i > 0)
        slice = std::max<quint64>(1, args.value(i + 1).toULongLong());
    PrimeWorker worker(stdin, stdout, slice, PrimeWorker::Fault::fromEnvironment());
    return worker.run();
}
