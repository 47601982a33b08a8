#pragma once

#include <QString>

// English counts without "(s)": Conviz ships no translations yet, and "1 numbers" or
// "2 worker(s)" read badly. Both forms go through tr() at the call site.
namespace Wording {
inline QString count(qsizetype n, const QString &one, const QString &many)
{
    return n == 1 ? one : many.arg(n);
}
} // namespace Wording
