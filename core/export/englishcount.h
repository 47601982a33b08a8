#pragma once

#include <QString>

// "1 number", "20 numbers": a count and its noun, for the texts that stay in English whatever
// the window's language (conviz-cli's book table, the Markdown export's header), where a
// translation's plural forms do not reach.
inline QString englishCount(qint64 count, QLatin1String singular, QLatin1String plural)
{
    return QString::number(count) + QLatin1Char(' ') + (count == 1 ? singular : plural);
}
