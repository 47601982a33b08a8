#include "runreport.h"

#include <algorithm>

int RunReport::checkedCount() const
{
    return store ? int(store->finishedCount()) - store->failedCount() : 0;
}

int RunReport::failedCount() const
{
    return store ? store->failedCount() : 0;
}

const WorkerInfo *RunReport::worker(int id) const
{
    auto it
        = std::find_if(workers.cbegin(), workers.cend(), [id](const WorkerInfo &w) { return w.id == id; });
    return it == workers.cend() ? nullptr : &*it;
}

QString RunReport::workerKey(int id) const
{
    const WorkerInfo *info = worker(id);
    return info ? info->key() : QString();
}

QList<qint64> RunReport::workerPids() const
{
    QList<qint64> pids;
    for (const WorkerInfo &w : workers) {
        if (w.pid > 0)
            pids.append(w.pid);
    }
    return pids;
}

RunReport RunReport::fromResults(const QList<quint64> &numbers, const QList<JobResult> &results,
                                 int workerCount)
{
    RunReport report;
    report.workerCount = workerCount;
    auto store = std::make_shared<RunStore>(numbers, workerCount);
    for (const JobResult &result : results) {
        if (result.index >= 0)
            store->finish(result);
    }
    report.store = std::move(store);
    return report;
}
