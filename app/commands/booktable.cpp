#include "booktable.h"

QString BookTable::header(Mode mode, int count, int workers)
{
    const QString numbers = QStringLiteral("Checking %1 numbers").arg(count);
    if (mode == Mode::Sequential)
        return numbers + QStringLiteral(" sequentially:");
    return numbers
        + QStringLiteral(" with %1 %2:").arg(workers).arg(QLatin1String(Modes::info(mode).bookUnits));
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
