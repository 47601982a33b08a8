#include "machinecheck.h"

#include <QCoreApplication>
#include <QStringList>

QString MachineCheck::warning(const CpuUsage &usage)
{
    QStringList busy;
    for (qsizetype core = 0; core < usage.cores.size(); ++core) {
        const double other = usage.cores.at(core).other;
        if (other >= busyCore)
            busy << QCoreApplication::translate("MachineCheck", "CPU %1 %2%")
                        .arg(core + 1)
                        .arg(qRound(other * 100));
    }
    if (busy.isEmpty())
        return {};
    return QCoreApplication::translate("MachineCheck",
                                       "Other programs kept cores busy while the machine was sampled (%1; %2 "
                                       "of %3 cores in all): timings will be slower and speedups lower than "
                                       "on a quiet machine.")
        .arg(busy.join(QStringLiteral(", ")))
        .arg(usage.otherCores(), 0, 'f', 1)
        .arg(usage.cores.size());
}
