#include "booktable.h"

QString BookTable::header(Mode mode, int count, int workers)
{
    const QString numbers = QStringLiteral("Checking %1 numbers").arg(count);
    switch (mode) {
    case Mode::Sequential:
        return numbers + QStringLiteral(" sequentially:");
    case Mode::Threads:
        return numbers + QStringLiteral(" with %1 threads:").arg(workers);
    case Mode::Processes:
        return numbers + QStringLiteral(" with %1 processes:").arg(workers);
    case Mode::Coroutines:
        return numbers + QStringLiteral(" with %1 coroutines on one thread:").arg(workers);
    case Mode::CoroutinesPool:
        return numbers + QStringLiteral(" with %1 coroutines on a thread pool:").arg(workers);
    }
    return numbers + QLatin1Char(':');
}

QString BookTable::row(const JobResult &result)
{
    const QString number = QStringLiteral("%1").arg(result.number, 16);
    if (!result.error.isEmpty())
        return QStringLiteral("%1  error: %2").arg(number, result.error);
    return QStringLiteral("%1  %2 %3s")
        .arg(number, result.prime ? QStringLiteral("P") : QStringLiteral(" "))
        .arg(result.elapsed, 9, 'f', 6);
}

QString BookTable::footer(Mode mode, int checked, double wallSeconds)
{
    if (mode == Mode::Sequential)
        return QStringLiteral("Total time: %1s").arg(wallSeconds, 0, 'f', 2);
    return QStringLiteral("%1 checks in %2s").arg(checked).arg(wallSeconds, 0, 'f', 2);
}
