#include "timescale.h"

#include <algorithm>

void TimeScale::fit(double fromNs, double toNs, double width, double margin)
{
    widthPx = std::max(1.0, width);
    const double usable = std::max(1.0, widthPx - 2 * margin);
    nsPerPixel = std::clamp((toNs - fromNs) / usable, minNsPerPixel, maxNsPerPixel);
    startNs = fromNs - margin * nsPerPixel;
}

void TimeScale::zoom(double factor, double x)
{
    if (!(factor > 0))
        return;
    const double anchor = toNs(x);
    nsPerPixel = std::clamp(nsPerPixel / factor, minNsPerPixel, maxNsPerPixel);
    startNs = anchor - x * nsPerPixel;
}

void TimeScale::pan(double dx)
{
    startNs -= dx * nsPerPixel;
}

void TimeScale::setWidth(double width)
{
    widthPx = std::max(1.0, width);
}

void TimeScale::clampTo(double fromNs, double toNs, double margin)
{
    const double low = fromNs - margin * nsPerPixel;
    const double high = toNs + margin * nsPerPixel;
    if (high - low <= spanNs()) {
        startNs = low; // all of it fits: show it from its start
        return;
    }
    startNs = std::clamp(startNs, low, high - spanNs());
}
