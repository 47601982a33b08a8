#include "framegapmeter.h"

#include <algorithm>

void FrameGapMeter::restart()
{
    m_previousNs = -1;
    m_longestNs = 0;
    m_lastGapNs = 0;
    m_frames = 0;
}

void FrameGapMeter::resume()
{
    if (!m_clock.isValid())
        m_clock.start();
    resumeAt(m_clock.nsecsElapsed());
}

double FrameGapMeter::frame()
{
    if (!m_clock.isValid())
        m_clock.start();
    return frameAt(m_clock.nsecsElapsed());
}

double FrameGapMeter::frameAt(qint64 nsecs)
{
    ++m_frames;
    m_lastGapNs = m_previousNs < 0 ? 0 : std::max<qint64>(0, nsecs - m_previousNs);
    m_previousNs = nsecs;
    m_longestNs = std::max(m_longestNs, m_lastGapNs);
    return m_lastGapNs / 1e6;
}
