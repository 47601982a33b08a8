#pragma once

#include "napsweep.h"

#include <QTimer>
#include <QWidget>

class NapSweepChart;
class QChart;
class QLabel;
class QProgressBar;
class QPushButton;

// The nap sweep on the spinner lab: the estimate before it starts, progress and Stop while it
// runs, and one chart of the slowdown against the event loop's longest wait, a point per K.
class NapSweepPanel : public QWidget
{
    Q_OBJECT
public:
    explicit NapSweepPanel(QWidget *parent = nullptr);
    ~NapSweepPanel() override;

    NapSweep *sweep() const { return m_sweep; }
    // The sweep of about a minute: K = 2^6, 2^8 … 2^26 on a prime chosen to fit.
    bool start();
    // Any number and plan (tests sweep a tiny one).
    bool start(quint64 number, const QList<quint64> &plan);
    bool stop();
    bool isRunning() const { return m_sweep->isRunning(); }
    // Whether Sweep may start (the lab runs nothing else that would disturb its timings).
    void setStartable(bool startable);
    // One yield's cost as the lab's last nap measured it, for the estimate.
    void setYieldSeconds(double seconds, bool measured);
    // What the sweep would take, said before it starts.
    QString estimate() const;
    // Says it again: the lab calls it once the division rate is timed.
    void showEstimate();
    QString status() const;
    QString flags() const;
    QChart *chart() const;
    // By the suffix: .png or .svg for the chart, .csv for the points. False with *error set.
    bool exportTo(const QString &path, QString *error) const;

Q_SIGNALS:
    void runningChanged(bool running);

private:
    void addPoint();
    void clearChart();
    void showProgress();
    void showEnd(bool stopped);
    void updateButtons();
    void chooseAndExport(const QString &title, const QString &fileName, const QString &filter);

    NapSweep *m_sweep;
    QTimer m_progressTimer;
    QLabel *m_status;
    QLabel *m_flags;
    QProgressBar *m_progress;
    QPushButton *m_start;
    QPushButton *m_stop;
    QPushButton *m_export;
    NapSweepChart *m_view;
    double m_yieldSeconds = NapEstimate::assumedYieldSeconds;
    bool m_yieldMeasured = false;
    bool m_startable = true;
};
