#include "napnoise.h"

#include "machinecheck.h"

#include <QCoreApplication>

QString NapNoise::why(double slowdown, double otherCores)
{
    if (slowdown <= 0 || slowdown >= 1.0)
        return {};
    QString why = QCoreApplication::translate("NapNoise",
                                              "naps only add work, so being faster than without them is "
                                              "timing noise");
    if (otherCores >= MachineCheck::busyCore)
        why += QCoreApplication::translate("NapNoise", " — other programs kept %1 cores busy meanwhile")
                   .arg(otherCores, 0, 'f', 1);
    return why;
}
