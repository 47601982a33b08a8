#pragma once

#include <QElapsedTimer>

// Measures how late an animation's frames are: the spinner asks for a frame every 100 ms,
// and when the event loop is blocked the next frame comes late. The longest gap between
// two frames is the responsiveness the user felt.
class FrameGapMeter
{
public:
    // Forgets the gaps seen so far; the next frame starts a new measurement.
    void restart();
    // Time nothing was drawn on purpose (the widget was hidden) is not a gap: no gap is
    // measured until resume() or the next frame, and the longest gap so far is kept.
    void pause() { m_previousNs = -1; }
    // The spinner is seen again now: the next gap is measured from here.
    void resume();
    // Same, with the time given by the caller (for tests).
    void resumeAt(qint64 nsecs) { m_previousNs = nsecs; }
    // A frame was drawn now. Returns the gap since the previous frame in ms (0 for the first).
    double frame();
    // Same, with the time given by the caller (for tests).
    double frameAt(qint64 nsecs);

    double longestGapMs() const { return m_longestNs / 1e6; }
    double lastGapMs() const { return m_lastGapNs / 1e6; }
    int frames() const { return m_frames; }

private:
    QElapsedTimer m_clock;
    qint64 m_previousNs = -1;
    qint64 m_longestNs = 0;
    qint64 m_lastGapNs = 0;
    int m_frames = 0;
};
