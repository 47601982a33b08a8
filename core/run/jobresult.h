#pragma once

#include <QMetaType>
#include <QString>

// What one check of one number produced: the book's Result(prime, elapsed), plus where and
// when it ran so the models can be compared.
struct JobResult
{
    int index = -1; // position in the workload, from 0
    quint64 number = 0;
    bool prime = false;
    double elapsed = 0; // seconds spent checking
    int worker = -1; // index into RunReport::workers
    double start = 0; // seconds from the run's start
    double end = 0;
    int attempts = 1;
    QString error; // set when the job could not be checked at all

    bool isValid() const { return index >= 0 && error.isEmpty(); }
};

Q_DECLARE_METATYPE(JobResult)
