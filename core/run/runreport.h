#pragma once

#include "jobresult.h"
#include "workerinfo.h"

#include <QList>
#include <QMetaType>
#include <QString>

// A finished (or canceled) run: one result per number in input order, and who did the work.
struct RunReport
{
    QString mode;
    QString workload;
    int workerCount = 0;
    QList<WorkerInfo> workers;
    QList<JobResult> results; // input order; index -1 for numbers never checked (canceled)
    double wallSeconds = 0;
    bool canceled = false;

    int checkedCount() const;
    int failedCount() const;
    const WorkerInfo *worker(int id) const;
    QString workerKey(int id) const;
};

Q_DECLARE_METATYPE(RunReport)
