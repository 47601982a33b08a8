#pragma once

#include "napsweep.h"

#include <QChartView>

// The nap sweep drawn: one point per K, its slowdown (CPU time with naps over without, log
// scale) against the event loop's longest wait (log scale), labelled with K and joined in K
// order; points that contradict the lesson in the error colour. Hovering a point tells its
// figures.
class NapSweepChart : public QChartView
{
    Q_OBJECT
public:
    explicit NapSweepChart(QWidget *parent = nullptr);

    void setPoints(const QList<NapSweepPoint> &points);
    const QList<NapSweepPoint> &points() const { return m_points; }
    // A new chart, for drawing at another size (exports); the caller owns it.
    static QChart *build(const QList<NapSweepPoint> &points);
    // PNG or SVG by the extension, at a fixed readable size whatever the window's.
    bool exportTo(const QString &path, QString *error) const;
    // The figures of the point at the chart's position, as the tooltip tells them.
    static QString describe(const NapSweepPoint &point);

private:
    QList<NapSweepPoint> m_points;
};
