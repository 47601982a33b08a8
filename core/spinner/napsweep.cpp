#include "napsweep.h"

#include "coroutinesupervisor.h"
#include "cpuclock.h"
#include "cpusampler.h"
#include "divisionrate.h"
#include "napnoise.h"
#include "slowcall.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <bit>
#include <chrono>

double NapSweepPoint::slowdown() const
{
    if (cpuSeconds > 0 && plainCpuSeconds > 0)
        return cpuSeconds / plainCpuSeconds;
    return wallSlowdown();
}

int NapSweepPoint::exponent() const
{
    return yieldEvery == 0 ? 0 : std::bit_width(yieldEvery) - 1;
}

QString NapSweepPoint::label() const
{
    return QStringLiteral("2^%1").arg(exponent());
}

QString NapSweepPoint::doubt() const
{
    const QString why = NapNoise::why(slowdown(), otherCores);
    if (why.isEmpty())
        return {};
    return QCoreApplication::translate("NapSweep", "noise: ×%1 against no naps; %2")
        .arg(slowdown(), 0, 'f', 3)
        .arg(why);
}

NapSweep::NapSweep(QObject *parent)
    : QObject(parent)
    , m_nap(std::make_unique<CoroutineSupervisor>())
    , m_cpu(new CpuSampler(this))
{
    m_pulse.setTimerType(Qt::PreciseTimer);
    m_pulse.setInterval(pulseMs);
    connect(&m_pulse, &QTimer::timeout, this, [this] { m_loopGap.frame(); });
    connect(&m_plain, &QFutureWatcher<PlainTimes>::finished, this, &NapSweep::onBaseline);
    connect(m_nap.get(), &Supervisor::finished, this, [this](int, double seconds) { onNap(seconds); });
}

NapSweep::~NapSweep()
{
    // The pool thread sees the request within one slice of divisions.
    m_plainStop.request_stop();
    m_plain.waitForFinished();
}

QList<quint64> NapSweep::powersOfTwo(int first, int last, int step)
{
    QList<quint64> plan;
    if (first < 0 || last > 63 || step <= 0)
        return plan;
    for (int exponent = first; exponent <= last; exponent += step)
        plan.append(quint64(1) << exponent);
    return plan;
}

double NapSweep::estimateSeconds(quint64 number, const QList<quint64> &plan, double yieldSeconds)
{
    double seconds = NapEstimate { number, 0, yieldSeconds }.plainSeconds();
    for (quint64 yieldEvery : plan)
        seconds += NapEstimate { number, yieldEvery, yieldSeconds }.seconds();
    return seconds;
}

quint64 NapSweep::numberFor(double seconds, const QList<quint64> &plan, double yieldSeconds)
{
    // Every step is the plain check plus its yields: plain × (1 + Σ (1 + rate × yield / K)).
    const double rate = DivisionRate::perSecond();
    double plains = 1;
    for (quint64 yieldEvery : plan)
        plains += 1 + rate * yieldSeconds / double(std::max<quint64>(1, yieldEvery));
    return DivisionRate::primeTaking(seconds / plains);
}

QByteArray NapSweep::toCsv(const QList<NapSweepPoint> &points)
{
    QByteArray out = "exponent,k,seconds,plain_seconds,cpu_s,plain_cpu_s,slowdown,wall_slowdown,loop_gap_ms,"
                     "other_cores,noise\n";
    for (const NapSweepPoint &point : points) {
        out += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9,%10,%11\n")
                   .arg(point.exponent())
                   .arg(point.yieldEvery)
                   .arg(point.seconds, 0, 'f', 6)
                   .arg(point.plainSeconds, 0, 'f', 6)
                   .arg(point.cpuSeconds, 0, 'f', 6)
                   .arg(point.plainCpuSeconds, 0, 'f', 6)
                   .arg(point.slowdown(), 0, 'f', 4)
                   .arg(point.wallSlowdown(), 0, 'f', 4)
                   .arg(point.loopGapMs, 0, 'f', 2)
                   .arg(point.otherCores, 0, 'f', 2)
                   .arg(point.doubt().isEmpty() ? QStringLiteral("false") : QStringLiteral("true"))
                   .toUtf8();
    }
    return out;
}

void NapSweep::setPlan(quint64 number, const QList<quint64> &yieldEvery)
{
    if (m_running)
        return;
    m_number = number;
    m_plan = yieldEvery;
}

void NapSweep::setYieldSeconds(double seconds)
{
    if (seconds > 0)
        m_yieldSeconds = seconds;
}

double NapSweep::estimateSeconds() const
{
    return estimateSeconds(m_number, m_plan, m_yieldSeconds);
}

double NapSweep::stepEstimate(int step) const
{
    const NapEstimate estimate { m_number, step == 0 ? 0 : m_plan.at(step - 1), m_yieldSeconds };
    // Once measured, the check itself is no longer a guess.
    const double plain = m_plainSeconds > 0 ? m_plainSeconds : estimate.plainSeconds();
    return step == 0 ? plain : plain + double(estimate.yields()) * m_yieldSeconds;
}

bool NapSweep::start()
{
    if (m_running || m_plan.isEmpty() || m_number == 0)
        return false;
    m_running = true;
    m_points.clear();
    m_plainSeconds = 0;
    m_plainCpuSeconds = 0;
    m_step = 0;
    ++m_generation;
    m_clock.start();
    Q_EMIT started();
    runStep();
    return true;
}

bool NapSweep::stop()
{
    if (!m_running)
        return false;
    m_running = false;
    ++m_generation;
    m_pulse.stop();
    m_plainStop.request_stop();
    m_nap->stop();
    Q_EMIT stopped();
    return true;
}

double NapSweep::progress() const
{
    const int steps = int(m_plan.size()) + 1;
    double total = 0;
    double done = 0;
    for (int step = 0; step < steps; ++step) {
        const double estimate = stepEstimate(step);
        total += estimate;
        if (step < m_step)
            done += estimate;
    }
    if (m_running && m_step < steps) {
        // The thread's check reports no progress: its share goes by the clock. Between two
        // naps the finished one's progress is no longer the current step's.
        const double current = m_step == 0
            ? std::min(0.95, m_stepClock.nsecsElapsed() / 1e9 / std::max(1e-9, stepEstimate(0)))
            : (m_nap->isRunning() ? m_nap->progress() : 0.0);
        done += current * stepEstimate(m_step);
    }
    return total > 0 ? std::clamp(done / total, 0.0, 1.0) : 0;
}

double NapSweep::elapsedSeconds() const
{
    return m_clock.isValid() ? m_clock.nsecsElapsed() / 1e9 : 0;
}

void NapSweep::beginMeasure()
{
    m_stepClock.start();
    m_cpu->sampleNow();
    m_loopGap.restart();
    m_loopGap.frame();
    m_pulse.start();
}

void NapSweep::runStep()
{
    beginMeasure();
    if (m_step == 0) {
        m_plainStop = std::stop_source();
        const SlowCall call { SlowCall::Kind::Prime, 0, m_number };
        // Copies only: the thread never reads the sweep's members.
        m_plain.setFuture(QtConcurrent::run([call, stop = m_plainStop.get_token()] {
            const double cpu = CpuClock::threadSeconds();
            const auto start = std::chrono::steady_clock::now();
            call.run(stop);
            return PlainTimes {
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(),
                CpuClock::threadSeconds() - cpu
            };
        }));
        return;
    }
    m_cpuAtStep = CpuClock::threadSeconds();
    m_nap->setYieldEvery(m_plan.at(m_step - 1));
    m_nap->start({ SlowCall::Kind::Prime, 0, m_number });
}

void NapSweep::runNextStep()
{
    // From the event loop: the spinner draws the frame it owes first, and a stop() made
    // meanwhile is seen.
    QTimer::singleShot(0, this, [this, generation = m_generation] {
        if (m_running && generation == m_generation)
            runStep();
    });
}

void NapSweep::onBaseline()
{
    // A stopped sweep's check, ended late; or its finish, queued before a new sweep started
    // a check of its own: result() would wait for that one on this thread.
    if (!m_running || m_step != 0 || m_plainStop.stop_requested() || !m_plain.isFinished())
        return;
    const PlainTimes times = m_plain.result();
    m_pulse.stop();
    m_plainSeconds = times.wall;
    m_plainCpuSeconds = times.cpu;
    ++m_step;
    Q_EMIT baselineMeasured(times.wall);
    runNextStep();
}

void NapSweep::onNap(double seconds)
{
    const double cpuSeconds = CpuClock::threadSeconds() - m_cpuAtStep;
    m_pulse.stop();
    m_loopGap.frame();
    NapSweepPoint point;
    point.yieldEvery = m_plan.at(m_step - 1);
    point.seconds = seconds;
    point.plainSeconds = m_plainSeconds;
    point.cpuSeconds = cpuSeconds;
    point.plainCpuSeconds = m_plainCpuSeconds;
    point.loopGapMs = m_loopGap.longestGapMs();
    if (m_cpu->sampleNow())
        point.otherCores = m_cpu->usage().otherCores();
    m_points.append(point);
    // What this nap's yields cost makes the rest of the sweep's estimate (its progress) true.
    if (const double yieldSeconds = NapEstimate::measuredYieldSeconds(
            NapEstimate { m_number, point.yieldEvery }.yields(), seconds, m_plainSeconds);
        yieldSeconds > 0)
        m_yieldSeconds = yieldSeconds;
    ++m_step;
    Q_EMIT pointMeasured(point);
    if (m_step > m_plan.size()) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    runNextStep();
}
