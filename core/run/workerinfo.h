#pragma once

#include <QMetaType>
#include <QString>

// One execution unit of a run: a thread, a worker process or a coroutine.
struct WorkerInfo
{
    int id = -1; // 0-based, stable for the run
    QString label; // "thread 1", "process 1", "coroutine 1"
    qint64 pid = 0; // the child's pid for worker processes, else 0

    // "thread-1": the label without spaces, as exports write it.
    QString key() const;
};

Q_DECLARE_METATYPE(WorkerInfo)
