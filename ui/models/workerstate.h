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
    bool finished = false; // it ended: its end-of-work signal arrived, or it was stopped
    bool stopped = false; // it ended because the run was stopped, not for lack of work
};
