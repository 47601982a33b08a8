#include "batchrun.h"

#include "machinecheck.h"
#include "runner.h"

#include <QTimer>

BatchRun::BatchRun(QObject *parent)
    : QObject(parent)
{ }

BatchRun::~BatchRun() = default;

QList<PlannedRun> BatchRun::comparePlan(const QList<Mode> &modes, int workers)
{
    QList<PlannedRun> plan;
    for (Mode mode : modes)
        plan.append({ mode, Modes::workersFor(mode, workers) });
    return plan;
}

QList<PlannedRun> BatchRun::sweepPlan(Mode mode, int maxWorkers)
{
    QList<PlannedRun> plan { { Mode::Sequential, 1 } };
    if (mode == Mode::Sequential)
        return plan;
    for (int workers = 1; workers <= maxWorkers; ++workers)
        plan.append({ mode, workers });
    return plan;
}

bool BatchRun::start(const Workload &workload, const QList<PlannedRun> &plan, int repeat,
                     const RunOptions &options)
{
    if (m_running || plan.isEmpty() || repeat < 1)
        return false;
    m_workload = workload;
    m_plan = plan;
    m_repeat = repeat;
    m_options = options;
    m_next = 0;
    m_samples.clear();
    m_running = true;
    m_stopping = false;
    ++m_batch;
    if (m_checkMs > 0)
        checkMachine();
    else
        startNextLater();
    return true;
}

void BatchRun::checkMachine()
{
    // Only other programs count: this program is idle while it watches.
    m_sampler.sampleNow();
    QTimer::singleShot(m_checkMs, this, [this, batch = m_batch] {
        if (!m_running || batch != m_batch)
            return;
        if (m_sampler.sampleNow())
            Q_EMIT machineChecked(m_sampler.usage(), MachineCheck::warning(m_sampler.usage()));
        startNext();
    });
}

void BatchRun::stop()
{
    if (!m_running || m_stopping)
        return;
    m_stopping = true;
    if (m_runner && m_runner->isRunning())
        m_runner->cancel();
    else
        startNextLater();
}

void BatchRun::startNextLater()
{
    // A batch stopped and started again at once must not be driven by the old one's timers.
    QTimer::singleShot(0, this, [this, batch = m_batch] {
        if (batch == m_batch)
            startNext();
    });
}

void BatchRun::startNext()
{
    if (!m_running)
        return;
    if (m_stopping || m_next >= total()) {
        m_running = false;
        Q_EMIT finished(m_stopping);
        return;
    }
    // Round by round: every planned run once, then again.
    const PlannedRun planned = m_plan.at(m_next % m_plan.size());
    const int index = m_next++;
    if (m_runner)
        m_runner.release()->deleteLater(); // it may be the sender of the signal that led here
    m_runner = Modes::createRunner(planned.mode);
    connect(m_runner.get(), &Runner::runFinished, this, [this](const RunReport &report) {
        // A stopped run did less work: its time would flatter it.
        if (!report.canceled) {
            m_samples.append(RunSample::from(report));
            Q_EMIT sampleTaken(m_samples.constLast());
        }
        startNextLater();
    });
    connect(m_runner.get(), &Runner::runFailed, this, [this](const QString &message) {
        m_running = false;
        Q_EMIT failed(message);
    });
    RunOptions options = m_options;
    options.workers = planned.workers;
    Q_EMIT runStarted(index, total(), planned.mode, planned.workers);
    m_runner->start(m_workload, options);
}
