#include "cpuclock.h"

#include "cpusampler.h"

#include <QFile>
#include <QString>

#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

namespace {
double seconds(const timeval &time)
{
    return double(time.tv_sec) + double(time.tv_usec) / 1e6;
}

double usageSeconds(int who)
{
    rusage usage {};
    if (getrusage(who, &usage) != 0)
        return 0;
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}
} // namespace

double CpuClock::processSeconds(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !file.open(QIODevice::ReadOnly))
        return 0;
    const std::optional<TaskTimes> times = ProcPidStat::parse(file.readAll());
    static const long ticks = sysconf(_SC_CLK_TCK);
    return times && ticks > 0 ? double(times->jiffies) / double(ticks) : 0;
}

double CpuClock::ownSeconds(const QList<qint64> &liveChildren)
{
    // Reaped children first: one reaped between the two reads is missed rather than counted twice.
    double total = usageSeconds(RUSAGE_SELF) + usageSeconds(RUSAGE_CHILDREN);
    for (qint64 pid : liveChildren)
        total += processSeconds(pid);
    return total;
}

double CpuClock::threadSeconds()
{
    timespec time {};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time) != 0)
        return 0;
    return double(time.tv_sec) + double(time.tv_nsec) / 1e9;
}
