#pragma once

#include <QChar>

// The book's spinner: `itertools.cycle(r'\|/-')`, one character every 0.1 s.
namespace SpinnerFrames {
inline constexpr char frames[] = { '\\', '|', '/', '-' };
inline constexpr int count = 4;
inline constexpr int intervalMs = 100;
inline QChar at(int frame)
{
    return QChar::fromLatin1(frames[((frame % count) + count) % count]);
}
} // namespace SpinnerFrames
