#pragma once

#include <QList>

// CPU seconds (user + system) this program and its worker processes have used so far: its own
// threads, the children it has already reaped, and the live children named. A child's time
// moves into the reaped total once it is waited for, so each second counts once; the
// difference of two readings is what a run cost, next to its wall time.
namespace CpuClock {
double ownSeconds(const QList<qint64> &liveChildren = {});
// The user + system seconds in one /proc/<pid>/stat, or 0 when it cannot be read (gone).
double processSeconds(qint64 pid);
// CPU seconds the calling thread has used (CLOCK_THREAD_CPUTIME_ID): what a computation cost
// itself, whatever other programs took of the cores meanwhile.
double threadSeconds();
} // namespace CpuClock
