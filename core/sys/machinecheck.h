#pragma once

#include "cpusampler.h"

#include <QString>

// Before a comparison or a sweep: is the machine quiet enough for its timings to mean what
// they say? Other programs keeping a core busy slow every mode down, the parallel ones most.
namespace MachineCheck {
// A core counts as kept busy when other programs used at least this share of it.
constexpr double busyCore = 0.5;
// How long the machine is watched before the first run.
constexpr int sampleMs = 500;
// The warning to show, or an empty string when other programs left every core alone.
QString warning(const CpuUsage &usage);
} // namespace MachineCheck
