#include "speedupcheck.h"

#include "comparison.h"
#include "cpusampler.h"
#include "machinecheck.h"
#include "sweep.h"

#include <QCoreApplication>

#include <algorithm>

SpeedupCheck SpeedupCheck::of(const RunReport &report, double speedup, bool parallel, int cores,
                              std::optional<double> otherCores)
{
    SpeedupCheck check;
    check.speedup = speedup;
    check.workers = report.workerCount;
    check.cores = cores;
    check.parallel = parallel;
    check.otherCores = otherCores;
    const RunSample sample = RunSample::from(report);
    check.bound = Sweep::bound(sample.workSeconds, sample.largestJobSeconds, report.workerCount);
    return check;
}

std::optional<double> SpeedupCheck::meanOtherCores(const QList<UtilizationSample> &samples)
{
    double sum = 0;
    int counted = 0;
    for (const UtilizationSample &sample : samples) {
        if (sample.usage.cores.isEmpty())
            continue;
        sum += sample.usage.otherCores();
        ++counted;
    }
    if (counted == 0)
        return std::nullopt;
    return sum / counted;
}

double SpeedupCheck::ideal() const
{
    if (!parallel)
        return 1;
    return std::max(1, std::min(workers, cores));
}

bool SpeedupCheck::isFarBelow() const
{
    return speedup > 0 && speedup < farBelow * ideal();
}

bool SpeedupCheck::machineWasBusy() const
{
    return otherCores && *otherCores >= MachineCheck::busyCore;
}

QString SpeedupCheck::why() const
{
    if (!isFarBelow())
        return {};
    const QString ideal = QString::number(this->ideal(), 'f', 0);
    const bool jobsCapIt = bound && *bound < jobsCap * this->ideal();
    // The jobs' sizes come first when they cap the figure: no quiet machine would lift it.
    if (machineWasBusy() && jobsCapIt)
        return QCoreApplication::translate("SpeedupCheck",
                                           "far below the ideal %1x: the jobs' sizes allow at most %3x with "
                                           "%n worker(s) (one long job, or fewer jobs than workers, caps any "
                                           "schedule), and other programs kept %2 cores busy during the run",
                                           nullptr, workers)
            .arg(ideal)
            .arg(*otherCores, 0, 'f', 1)
            .arg(*bound, 0, 'f', 2);
    if (machineWasBusy())
        return QCoreApplication::translate("SpeedupCheck",
                                           "far below the ideal %1x: other programs kept %2 cores busy "
                                           "during the run — the figure is not the mode's own")
            .arg(ideal)
            .arg(*otherCores, 0, 'f', 1);
    const QString quiet = otherCores
        ? QCoreApplication::translate("SpeedupCheck", "the machine was quiet")
        : QCoreApplication::translate("SpeedupCheck", "the machine's load is unknown");
    if (jobsCapIt)
        return QCoreApplication::translate("SpeedupCheck",
                                           "far below the ideal %1x, and %2: the jobs' sizes allow at most "
                                           "%3x with %n worker(s) (one long job, or fewer jobs than "
                                           "workers, caps any schedule)",
                                           nullptr, workers)
            .arg(ideal, quiet)
            .arg(*bound, 0, 'f', 2);
    return QCoreApplication::translate("SpeedupCheck",
                                       "far below the ideal %1x, and %2: the jobs' sizes allow %3x, so "
                                       "the time went to the mode's own costs (starting workers, handing "
                                       "out jobs); longer jobs show the parallelism better")
        .arg(ideal, quiet, bound ? QString::number(*bound, 'f', 2) : ideal);
}
