#pragma once

#include <QString>

#include <QList>

struct RunReport;
struct UtilizationSample;

#include <optional>

// A speedup far below what the mode could reach contradicts the lesson unless something
// explains it: other programs on the cores (the figure is not the mode's own), or the jobs'
// sizes (one long job, or fewer jobs than workers, caps any schedule). Says which, or nothing
// when the figure needs no excuse.
struct SpeedupCheck
{
    // Below this share of the ideal a speedup is "far below".
    static constexpr double farBelow = 0.6;
    // The jobs' sizes are the likely reason when they cap the speedup below this share of the
    // ideal.
    static constexpr double jobsCap = 0.8;

    double speedup = 0;
    int workers = 1;
    int cores = 1;
    bool parallel = true; // the mode can use more than one core (Modes::isParallel)
    std::optional<double> otherCores; // other programs' mean load during the run
    std::optional<double> bound; // what the jobs' sizes allow (Sweep::bound)

    // The check of a finished run: its workers, and the bound its jobs' own times allow.
    static SpeedupCheck of(const RunReport &report, double speedup, bool parallel, int cores,
                           std::optional<double> otherCores);

    // Other programs' mean load over the CPU sampler's samples of a run, in cores' worth of
    // work; nothing without a sample.
    static std::optional<double> meanOtherCores(const QList<UtilizationSample> &samples);

    // workers, capped by cores; 1 for a mode that never runs on two cores at once.
    double ideal() const;
    bool isFarBelow() const;
    bool machineWasBusy() const;
    // The reason to show next to the figure, or nothing.
    QString why() const;
};
