#pragma once

#include "mode.h"
#include "runoptions.h"

struct LaunchOptions;

// The model and the number of workers a run of the prime checker uses: the command line's,
// else the last session's, else threads on every core. The window's controls show it; a
// `--run` launch reads it before they exist, to start the run while the window is built.
struct RunChoice
{
    static constexpr int maxWorkers = 256;

    Mode mode = Mode::Threads;
    int workers = defaultWorkers();

    static int defaultWorkers();
    // The last session's choice (QSettings).
    static RunChoice saved();
    // The last session's choice with the command line's over it.
    static RunChoice forLaunch(const LaunchOptions &options);
    void save() const;

    // What the runner is given: the workers the mode really has, the window's switch
    // interval, and the processes mode's worker program (empty: conviz-worker).
    RunOptions runOptions(int switchIntervalUs, const QString &workerProgram) const;
};
