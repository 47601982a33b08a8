#include "otherload.h"

void OtherLoad::restart()
{
    m_sum = 0;
    m_samples = 0;
}

void OtherLoad::add(const CpuUsage &usage)
{
    if (usage.cores.isEmpty())
        return;
    m_sum += usage.otherCores();
    ++m_samples;
}

std::optional<double> OtherLoad::meanCores() const
{
    if (m_samples == 0)
        return std::nullopt;
    return m_sum / m_samples;
}
