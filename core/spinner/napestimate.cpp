#include "napestimate.h"

#include "divisionrate.h"
#include "trialdivision.h"

#include <QCoreApplication>

quint64 NapEstimate::yields() const
{
    return yieldEvery == 0 ? 0 : TrialDivision::divisionsFor(number) / yieldEvery;
}

double NapEstimate::plainSeconds() const
{
    return DivisionRate::secondsFor(TrialDivision::divisionsFor(number));
}

double NapEstimate::seconds() const
{
    return plainSeconds() + double(yields()) * yieldSeconds;
}

double NapEstimate::measuredYieldSeconds(quint64 yields, double seconds, double plainSeconds)
{
    if (yields == 0 || seconds <= plainSeconds)
        return 0;
    return (seconds - plainSeconds) / double(yields);
}

QString NapEstimate::timeLeft(double elapsedSeconds, double done)
{
    constexpr double enoughToTell = 0.02;
    if (done <= enoughToTell)
        return QCoreApplication::translate("NapEstimate", "estimating the time left");
    return QCoreApplication::translate("NapEstimate", "about %1 s left")
        .arg(elapsedSeconds / done * (1 - done), 0, 'f', 0);
}
