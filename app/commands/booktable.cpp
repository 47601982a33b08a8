#include "booktable.h"

#include <algorithm>

QString BookTable::header(Mode mode, int count, int workers)
{
    const QString numbers
        = count == 1 ? QStringLiteral("Checking 1 number") : QStringLiteral("Checking %1 numbers").arg(count);
    if (mode == Mode::Sequential)
        return numbers + QStringLiteral(" sequentially:");
    const ModeInfo &info = Modes::info(mode);
    return numbers
        + QStringLiteral(" with %1 %2:")
              .arg(workers)
              .arg(QLatin1String(workers == 1 ? info.bookUnit : info.bookUnits));
}

QString BookTable::row(const JobResult &result, int numberWidth)
{
    const QString number = QStringLiteral("%1").arg(result.number, numberWidth);
    if (!result.error.isEmpty())
        return QStringLiteral("%1  error: %2").arg(number, result.error);
    return QStringLiteral("%1  %2 %3s")
        .arg(number, result.prime ? QStringLiteral("P") : QStringLiteral(" "))
        .arg(result.elapsed, 9, 'f', 6);
}

int BookTable::numberWidth(quint64 largest)
{
    return std::max(16, int(QString::number(largest).size()));
}

QString BookTable::footer(Mode mode, int checked, double wallSeconds)
{
    if (mode == Mode::Sequential)
        return QStringLiteral("Total time: %1s").arg(wallSeconds, 0, 'f', 2);
    return (checked == 1 ? QStringLiteral("1 check in %2s") : QStringLiteral("%1 checks in %2s").arg(checked))
        .arg(wallSeconds, 0, 'f', 2);
}
