#pragma once

#include "comparison.h"

#include <QList>
#include <QString>

#include <optional>

// A worker count's line in a scaling sweep: how fast against sequential, against what
// perfect scaling would give, and against what the work itself allows.
struct SweepRow
{
    int workers = 0;
    int runs = 0;
    double wallMedian = 0;
    std::optional<double> speedup; // sequential median / this median
    double ideal = 0; // workers: every worker's time turned into speed
    // total / max(largest job, total / workers): with fewer jobs than workers, or one job
    // much longer than the rest, more workers cannot help, whatever the model.
    std::optional<double> bound;
    std::optional<double> efficiency; // speedup / workers
};

namespace Sweep {
// The mode's rows by worker count (ascending); the sequential samples are the baseline and
// give the work's total and largest job (medians over the repeats).
QList<SweepRow> rows(const QList<RunSample> &samples, const QString &mode);
// The bound for a given work: total / max(largest, total / workers); none without work.
std::optional<double> bound(double totalSeconds, double largestSeconds, int workers);
} // namespace Sweep
