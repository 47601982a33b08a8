#pragma once

#include "cpusampler.h"

#include <QList>
#include <QWidget>

// Cores busy over the last minute, stacked: this run's own share below in the accent
// colour, other programs' above in grey, one grid line per core. It is how a user tells a
// run that keeps two cores busy from one core of work plus a busy neighbour.
class UtilizationStrip : public QWidget
{
    Q_OBJECT
public:
    explicit UtilizationStrip(QWidget *parent = nullptr);

    // Samples kept: a minute at four samples a second.
    static constexpr int capacity = 240;

    void addSample(const CpuUsage &usage);
    void clear();
    int sampleCount() const { return int(m_samples.size()); }
    int coreCount() const { return m_cores; }
    // "1.8 of 2 cores busy: this run 1.6, others 0.2"
    QString summary() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Sample
    {
        double own = 0;
        double other = 0;
    };
    QList<Sample> m_samples;
    int m_cores = 1;
};
