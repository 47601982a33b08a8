#pragma once

#include "mode.h"

#include <QString>
#include <QStringList>

#include <optional>

// What the command line asks the window to do: `conviz [--mode M] [--workers N]
// [--preset book|large | --numbers FILE [--join-thousands]] [--run] [--export FILE] [--screenshot-dir DIR]
// [--export-timeline FILE.png|FILE.svg] [--trace FILE.json]`.
struct LaunchOptions
{
    std::optional<Mode> mode;
    std::optional<int> workers;
    QString preset;
    QString numbersFile;
    bool joinThousands = false; // read "1,000,003" as one number, as the numbers panel's choice
    bool run = false;
    QString exportPath; // with run: write the results here when the run ends, then quit
    bool spinnerLab = false; // open on the spinner lab page
    QString screenshotDir; // with run: PNGs of the window mid-run and at the end, then quit
    QString timelinePath; // with run: the timeline as .png or .svg when the run ends, then quit
    QString workerProgram; // the processes mode's worker, instead of conviz-worker
    QString tracePath; // with run: the Chrome trace (jobs, slices, CPU counters) when the run ends

    // Parses the arguments (argv, program name first). On bad usage returns nothing and
    // sets *error (if given) to a message naming the option.
    static std::optional<LaunchOptions> parse(const QStringList &arguments, QString *error,
                                              bool *helpShown = nullptr);
};
