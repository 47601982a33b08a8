#include "workerinfo.h"

QString WorkerInfo::key() const
{
    QString key = label;
    key.replace(QLatin1Char(' '), QLatin1Char('-'));
    return key;
}
