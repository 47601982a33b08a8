#include "comparison.h"

#include "mode.h"

#include <algorithm>

RunSample RunSample::from(const RunReport &report)
{
    RunSample sample;
    sample.mode = report.mode;
    sample.workers = report.workerCount;
    sample.wallSeconds = report.wallSeconds;
    sample.cpuSeconds = report.cpuSeconds;
    for (qsizetype i = 0; i < report.size(); ++i) {
        const JobResult result = report.result(i);
        if (!result.isValid())
            continue;
        sample.workSeconds += result.elapsed;
        sample.largestJobSeconds = std::max(sample.largestJobSeconds, result.elapsed);
    }
    return sample;
}

double Comparison::median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

bool Comparison::hasEfficiency(const QString &mode, int workers)
{
    const std::optional<Mode> known = Modes::fromName(mode);
    return workers > 0 && (!known || Modes::isParallel(*known) || workers == 1);
}

QList<ComparisonRow> Comparison::rows(const QList<RunSample> &samples)
{
    QList<ComparisonRow> rows;
    QList<QList<const RunSample *>> groups;
    for (const RunSample &sample : samples) {
        auto it = std::find_if(rows.begin(), rows.end(), [&sample](const ComparisonRow &row) {
            return row.mode == sample.mode && row.workers == sample.workers;
        });
        if (it == rows.end()) {
            ComparisonRow row;
            row.mode = sample.mode;
            row.workers = sample.workers;
            rows.append(row);
            groups.append(QList<const RunSample *> {});
            it = rows.end() - 1;
        }
        groups[it - rows.begin()].append(&sample);
    }
    std::optional<double> baseline;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        ComparisonRow &row = rows[i];
        QList<double> walls;
        QList<double> cpus;
        for (const RunSample *sample : groups.at(i)) {
            walls.append(sample->wallSeconds);
            cpus.append(sample->cpuSeconds);
        }
        row.runs = int(walls.size());
        row.wallMedian = median(walls);
        row.wallMin = *std::min_element(walls.cbegin(), walls.cend());
        row.wallMax = *std::max_element(walls.cbegin(), walls.cend());
        row.cpuMedian = median(cpus);
        if (row.mode == Modes::name(Mode::Sequential) && !baseline)
            baseline = row.wallMedian;
    }
    for (ComparisonRow &row : rows) {
        if (!baseline || row.wallMedian <= 0)
            continue;
        row.speedup = *baseline / row.wallMedian;
        if (hasEfficiency(row.mode, row.workers))
            row.efficiency = *row.speedup / row.workers;
    }
    return rows;
}
