#pragma once

#include "cpusampler.h"

#include <QWidget>

class QLabel;

// One bar per CPU core with its real load, split into this run's own share (the accent
// colour) and other programs' (grey), so a busy machine is never taken for the run's own
// parallelism: threads and processes light up every core, one-thread coroutines one.
class CoreBars : public QWidget
{
    Q_OBJECT
public:
    explicit CoreBars(QWidget *parent = nullptr);

    void setUsage(const CpuUsage &usage);
    // Loads from 0 to 1, one per core, with no split known (all counted as other programs).
    void setLoads(const QList<double> &loads);
    void setUnavailable(const QString &why);
    int barCount() const { return int(m_usage.cores.size()); }
    // Percent busy in all, and this run's own part of it; -1 for no such core.
    int barValue(int core) const;
    int ownValue(int core) const;
    // "CPU 1: 73% busy — this run 60%, other programs 13%"
    QString describe(int core) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    int rowHeight() const;
    int coreAt(const QPoint &position) const;
    QRect barRect(int core) const;

    QLabel *m_note;
    CpuUsage m_usage;
};
