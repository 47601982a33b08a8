#pragma once

#include <QString>

// Naps only add work to a check, so a napping check that came out faster than the same check
// without naps contradicts the lesson: the difference is timing noise, often other programs
// taking turns on the cores. Says so, or nothing when the result agrees with the lesson.
namespace NapNoise {
// slowdown: the time with naps over the time without; otherCores: cores' worth of work other
// programs did meanwhile (0 when unknown). Empty when slowdown is 1.0 or more (or unknown, 0).
QString why(double slowdown, double otherCores);
} // namespace NapNoise
