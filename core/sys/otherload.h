#pragma once

#include "cpusampler.h"

#include <optional>

// What other programs did to the cores over a stretch of time (a run): the mean of the CPU
// sampler's "other" share over the samples taken meanwhile, in cores' worth of work.
class OtherLoad
{
public:
    void restart();
    void add(const CpuUsage &usage);
    int samples() const { return m_samples; }
    // Nothing before the first sample.
    std::optional<double> meanCores() const;

private:
    double m_sum = 0;
    int m_samples = 0;
};
