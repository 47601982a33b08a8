#pragma once

#include "framegapmeter.h"
#include "napestimate.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QTimer>

#include <memory>
#include <stop_token>

class CoroutineSupervisor;
class CpuSampler;

// One K of the nap sweep: the same check napping every K divisions on the event loop, what
// the naps cost (slowdown) and what the event loop felt (its longest wait).
struct NapSweepPoint
{
    quint64 yieldEvery = 0; // K
    double seconds = 0; // wall time
    double plainSeconds = 0; // the same check without naps, measured at the sweep's start
    double loopGapMs = 0; // the longest wait of the event loop's pulse while napping
    double otherCores = 0; // cores' worth of work other programs did meanwhile
    // CPU time of the thread that ran the check (for the naps: the event loop's thread, so
    // the loop's own work between slices counts). 0 when unknown.
    double cpuSeconds = 0;
    double plainCpuSeconds = 0;

    // Time with naps / time without: in CPU time when both are known, so that other programs
    // taking turns on a shared machine's cores do not pass for the naps' cost.
    double slowdown() const;
    double wallSlowdown() const { return plainSeconds > 0 ? seconds / plainSeconds : 0; }
    int exponent() const;
    // "2^16"
    QString label() const;
    // Why the point contradicts the lesson ("noise: …"), or nothing when it agrees.
    QString doubt() const;
};
Q_DECLARE_METATYPE(NapSweepPoint)

// The nap sweep: K from 2^6 to 2^26, one nap each on the caller's event loop after one check
// without naps in a thread, so the trade-off between throughput (the slowdown) and
// responsiveness (the event loop's longest wait) is a curve. Stoppable at any yield.
class NapSweep : public QObject
{
    Q_OBJECT
public:
    static constexpr int firstExponent = 6;
    static constexpr int lastExponent = 26;
    static constexpr int exponentStep = 2; // every second power keeps the sweep near a minute
    static constexpr double targetSeconds = 60;
    // The period of the timer whose late ticks measure the event loop's waits.
    static constexpr int pulseMs = 5;

    explicit NapSweep(QObject *parent = nullptr);
    ~NapSweep() override;

    // K = 2^first, 2^(first + step), ... up to 2^last; nothing for a range outside 0..63.
    static QList<quint64> powersOfTwo(int first = firstExponent, int last = lastExponent,
                                      int step = exponentStep);
    // What a sweep of this number over these K is expected to take here: the check without
    // naps once, then once per K with its yields (NapEstimate).
    static double estimateSeconds(quint64 number, const QList<quint64> &plan,
                                  double yieldSeconds = NapEstimate::assumedYieldSeconds);
    // A prime whose sweep over these K takes about `seconds` here.
    static quint64 numberFor(double seconds, const QList<quint64> &plan,
                             double yieldSeconds = NapEstimate::assumedYieldSeconds);
    // The points as CSV, one line each, K ascending as measured.
    static QByteArray toCsv(const QList<NapSweepPoint> &points);

    // What the next start() sweeps. Ignored while a sweep runs.
    void setPlan(quint64 number, const QList<quint64> &yieldEvery);
    // One yield's cost, for the estimate and the progress; each nap of the sweep measures it
    // again for the steps left.
    void setYieldSeconds(double seconds);
    double yieldSeconds() const { return m_yieldSeconds; }
    quint64 number() const { return m_number; }
    const QList<quint64> &plan() const { return m_plan; }
    double estimateSeconds() const;

    // False while a sweep runs or with nothing to sweep.
    bool start();
    // Stops the sweep at the running check's next yield (or slice, for the check without
    // naps); the points measured so far stay. False when none runs.
    bool stop();
    bool isRunning() const { return m_running; }
    // 0..1, each step weighted by its estimate.
    double progress() const;
    double elapsedSeconds() const;
    double plainSeconds() const { return m_plainSeconds; }
    double plainCpuSeconds() const { return m_plainCpuSeconds; }
    const QList<NapSweepPoint> &points() const { return m_points; }

Q_SIGNALS:
    void started();
    void baselineMeasured(double seconds);
    void pointMeasured(const NapSweepPoint &point);
    // The last K measured.
    void finished();
    // Stopped by stop(): no further signal.
    void stopped();

private:
    // Step 0 is the check without naps, step i > 0 naps every m_plan[i - 1].
    double stepEstimate(int step) const;
    void runStep();
    void runNextStep();
    void onBaseline();
    void onNap(double seconds);
    void beginMeasure();

    // The check without naps runs in a pool thread that times itself: a time taken on the
    // event loop would add the wait for the loop to hear of its end.
    struct PlainTimes
    {
        double wall = 0;
        double cpu = 0;
    };
    QFutureWatcher<PlainTimes> m_plain;
    std::stop_source m_plainStop;
    std::unique_ptr<CoroutineSupervisor> m_nap;
    CpuSampler *m_cpu;
    QTimer m_pulse;
    FrameGapMeter m_loopGap;
    QElapsedTimer m_clock;
    QElapsedTimer m_stepClock;
    quint64 m_number = 0;
    QList<quint64> m_plan;
    double m_yieldSeconds = NapEstimate::assumedYieldSeconds;
    QList<NapSweepPoint> m_points;
    double m_plainSeconds = 0;
    double m_plainCpuSeconds = 0;
    double m_cpuAtStep = 0;
    int m_step = 0;
    int m_generation = 0; // a queued step of a stopped sweep sees it changed
    bool m_running = false;
};
