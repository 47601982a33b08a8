#pragma once

#include "runreport.h"

#include <QList>
#include <QString>

#include <optional>

// One finished run of a comparison or a sweep: what ran and what it cost.
struct RunSample
{
    QString mode;
    int workers = 0;
    double wallSeconds = 0;
    double cpuSeconds = 0;
    // The work itself: the jobs' own times added up, and the longest job. No schedule can
    // finish sooner than the longest job or than the total spread over every worker.
    double workSeconds = 0;
    double largestJobSeconds = 0;

    static RunSample from(const RunReport &report);
};

// A mode's line in a comparison: its repeats summed up, and its speed against the
// sequential line of the same comparison.
struct ComparisonRow
{
    QString mode;
    int workers = 0;
    int runs = 0;
    double wallMedian = 0;
    double wallMin = 0;
    double wallMax = 0;
    double cpuMedian = 0;
    std::optional<double> speedup; // sequential median / this median
    // speedup / workers; none where the workers share one thread (one-thread coroutines):
    // there it would blame the model for cores it never claimed.
    std::optional<double> efficiency;
};

namespace Comparison {
double median(QList<double> values);
// One row per mode and worker count, in the order they first ran; speedups against the
// sequential samples among them (none when there are none).
QList<ComparisonRow> rows(const QList<RunSample> &samples);
// Whether speedup / workers means anything for the mode (by its name in exports).
bool hasEfficiency(const QString &mode, int workers);
} // namespace Comparison
