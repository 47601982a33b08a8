#include "sweep.h"

#include "mode.h"

#include <algorithm>

std::optional<double> Sweep::bound(double totalSeconds, double largestSeconds, int workers)
{
    if (totalSeconds <= 0 || workers <= 0)
        return std::nullopt;
    return totalSeconds / std::max(largestSeconds, totalSeconds / workers);
}

QList<SweepRow> Sweep::rows(const QList<RunSample> &samples, const QString &mode)
{
    const QString sequential = Modes::name(Mode::Sequential);
    QList<double> baselineWalls;
    QList<double> totals;
    QList<double> largest;
    for (const RunSample &sample : samples) {
        if (sample.mode != sequential)
            continue;
        baselineWalls.append(sample.wallSeconds);
        totals.append(sample.workSeconds);
        largest.append(sample.largestJobSeconds);
    }
    // Without a sequential run the mode's own runs still tell the work's shape.
    if (totals.isEmpty()) {
        for (const RunSample &sample : samples) {
            if (sample.mode == mode) {
                totals.append(sample.workSeconds);
                largest.append(sample.largestJobSeconds);
            }
        }
    }
    // 0: no sequential run to compare with.
    const double baseline = baselineWalls.isEmpty() ? 0 : Comparison::median(baselineWalls);
    const double total = Comparison::median(totals);
    const double longest = Comparison::median(largest);

    QList<RunSample> ofMode;
    std::copy_if(samples.cbegin(), samples.cend(), std::back_inserter(ofMode),
                 [&mode](const RunSample &sample) { return sample.mode == mode; });
    QList<SweepRow> rows;
    for (const ComparisonRow &line : Comparison::rows(ofMode)) {
        SweepRow row;
        row.workers = line.workers;
        row.runs = line.runs;
        row.wallMedian = line.wallMedian;
        row.ideal = line.workers;
        row.bound = bound(total, longest, line.workers);
        if (baseline > 0 && line.wallMedian > 0) {
            row.speedup = baseline / line.wallMedian;
            if (Comparison::hasEfficiency(mode, line.workers))
                row.efficiency = *row.speedup / line.workers;
        }
        rows.append(row);
    }
    std::sort(rows.begin(), rows.end(),
              [](const SweepRow &a, const SweepRow &b) { return a.workers < b.workers; });
    return rows;
}
