#pragma once

#include "workerinfo.h"

// What one worker is doing now, for its progress bar.
struct WorkerState
{
    WorkerInfo info;
    int job = -1; // index being checked, -1 when idle
    quint64 number = 0;
    double fraction = 0;
    int done = 0;
    bool finished = false; // its end-of-work signal arrived
};
