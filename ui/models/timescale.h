#pragma once

// The timeline's time <-> pixel mapping: a plain value without widgets, so zoom, pan and fit
// are tested on their own. Times are nanoseconds from the run's start, x is pixels from the
// left edge of the drawing area. Doubles throughout: a deep zoom needs sub-nanosecond pixels
// no more than a fit-all of an hour needs 64 bits.
struct TimeScale
{
    // Deepest zoom: 10 ns a pixel (a clock read costs about that); widest: a day on one pixel.
    static constexpr double minNsPerPixel = 10;
    static constexpr double maxNsPerPixel = 86'400e9;

    double startNs = 0; // time at x = 0
    double nsPerPixel = 1e6;
    double widthPx = 1;

    double toX(double ns) const { return (ns - startNs) / nsPerPixel; }
    double toNs(double x) const { return startNs + x * nsPerPixel; }
    double endNs() const { return toNs(widthPx); }
    double spanNs() const { return widthPx * nsPerPixel; }

    // Shows [fromNs, toNs] across width pixels, with margin pixels free at each end.
    void fit(double fromNs, double toNs, double width, double margin = 0);
    // Multiplies the magnification by factor (> 1 zooms in), keeping the time under x in place.
    void zoom(double factor, double x);
    // Moves the picture dx pixels to the right (what a drag does).
    void pan(double dx);
    // A new width keeps the left edge and the scale.
    void setWidth(double width);
    // Keeps the view within [fromNs, toNs] plus margin pixels where it can: no panning
    // into the void before the run or long after it.
    void clampTo(double fromNs, double toNs, double margin = 0);
};
