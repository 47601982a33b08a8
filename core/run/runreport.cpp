#include "runreport.h"

#include <algorithm>

int RunReport::checkedCount() const
{
    return int(
        std::count_if(results.cbegin(), results.cend(), [](const JobResult &r) { return r.isValid(); }));
}

int RunReport::failedCount() const
{
    return int(std::count_if(results.cbegin(), results.cend(),
                             [](const JobResult &r) { return r.index >= 0 && !r.error.isEmpty(); }));
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
