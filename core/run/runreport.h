#pragma once

#include "jobresult.h"
#include "runstore.h"
#include "workerinfo.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <memory>

// A finished (or canceled) run: what it was, who did the work, and its RunStore with one
// record per number in input order. Copying a report shares the store, never the results.
struct RunReport
{
    QString mode;
    QString workload;
    int workerCount = 0;
    QList<WorkerInfo> workers;
    std::shared_ptr<const RunStore> store;
    double wallSeconds = 0;
    // CPU seconds the program and its worker processes used during the run: above the wall
    // time when cores worked in parallel, about equal when one core did all the work.
    double cpuSeconds = 0;
    bool canceled = false;

    // Numbers in the run, and the result of each (index -1 for a number never checked).
    qsizetype size() const { return store ? store->size() : 0; }
    JobResult result(qsizetype index) const { return store->result(index); }
    int checkedCount() const;
    int failedCount() const;
    // Answers Miller-Rabin disagrees with.
    int wrongCount() const;
    // Numbers without a trustworthy answer, failed or wrong: a run with any ends with exit
    // code 1, in conviz-cli and in the window's scripted run alike.
    int faultCount() const { return failedCount() + wrongCount(); }
    bool isVerified(qsizetype index) const;
    // Why a number has no trustworthy answer (empty when it has one or was never checked).
    QString fault(qsizetype index) const;
    // "#4 97: the worker crashed …" for the first max faulty numbers, then how many more.
    QStringList faultMessages(int max = 100) const;
    const WorkerInfo *worker(int id) const;
    QString workerKey(int id) const;
    // The worker processes' pids (none in the modes without processes).
    QList<qint64> workerPids() const;

    // A report made of results known in advance (tests, imports): results[i].index -1 for
    // numbers never checked.
    static RunReport fromResults(const QList<quint64> &numbers, const QList<JobResult> &results,
                                 int workerCount);
};

Q_DECLARE_METATYPE(RunReport)
