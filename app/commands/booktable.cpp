#include "booktable.h"

#include "englishcount.h"

#include <algorithm>

QString BookTable::header(Mode mode, int count, int workers)
{
    const QString numbers = QStringLiteral("Checking ")
        + englishCount(count, QLatin1String("number"), QLatin1String("numbers"));
    if (mode == Mode::Sequential)
        return numbers + QStringLiteral(" sequentially:");
    const ModeInfo &info = Modes::info(mode);
    return numbers + QStringLiteral(" with ")
        + englishCount(workers, QLatin1String(info.bookUnit), QLatin1String(info.bookUnits))
        + QLatin1Char(':');
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
    return englishCount(checked, QLatin1String("check"), QLatin1String("checks"))
        + QStringLiteral(" in %1s").arg(wallSeconds, 0, 'f', 2);
}
