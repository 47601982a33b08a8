#include "runreport.h"

#include "answercheck.h"

#include <QCoreApplication>

#include <algorithm>

int RunReport::checkedCount() const
{
    return store ? int(store->finishedCount()) - store->failedCount() : 0;
}

int RunReport::failedCount() const
{
    return store ? store->failedCount() : 0;
}

int RunReport::wrongCount() const
{
    return store ? store->wrongCount() : 0;
}

bool RunReport::isVerified(qsizetype index) const
{
    return store->status(index) == JobStatus::Done && (store->record(index).flags & JobRecord::Verified);
}

QString RunReport::fault(qsizetype index) const
{
    const JobResult r = result(index);
    if (r.index < 0 || isVerified(index))
        return {};
    return r.error.isEmpty() ? AnswerCheck::checked(r).error : r.error;
}

QStringList RunReport::faultMessages(int max) const
{
    QStringList lines;
    int more = 0;
    if (faultCount() == 0)
        return lines;
    for (qsizetype i = 0; i < size(); ++i) {
        const QString why = fault(i);
        if (why.isEmpty())
            continue;
        if (lines.size() < max)
            lines << QStringLiteral("#%1 %2: %3").arg(i + 1).arg(store->number(i)).arg(why);
        else
            ++more;
    }
    if (more > 0)
        lines << QCoreApplication::translate("RunReport", "… and %n more number(s) without an answer",
                                             nullptr, more);
    return lines;
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
