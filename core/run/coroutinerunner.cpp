#include "coroutinerunner.h"

#include "eventloopyield.h"
#include "trialdivision.h"

#include <QPointer>

#include <chrono>

#include <sched.h>

CoroutineRunner::CoroutineRunner(QObject *parent)
    : Runner(parent)
{ }

CoroutineRunner::~CoroutineRunner()
{
    // Suspended coroutines hold a QPointer to this runner: they see it gone and return.
    m_stopping = true;
}

void CoroutineRunner::startWorkers()
{
    const int count = options().workerCount();
    ++m_generation;
    m_stopping = false;
    m_queue.reset(int(workload().size()));
    m_running = count;
    for (int i = 0; i < count; ++i)
        addWorker({ i, tr("coroutine %1").arg(i + 1), 0 });
    // Fire and forget: a QCoro task runs eagerly and frees itself when it returns.
    for (int i = 0; i < count; ++i)
        work(i, m_generation);
}

void CoroutineRunner::stopWorkers()
{
    m_stopping = true;
}

QCoro::Task<> CoroutineRunner::work(int worker, quint64 generation)
{
    using Clock = std::chrono::steady_clock;
    QPointer<CoroutineRunner> self(this);
    const quint64 slice = std::max<quint64>(1, options().sliceDivisions);
    // Let every coroutine get created before the first one starts working.
    co_await EventLoopYield {};
    quint64 sinceYield = 0;
    bool resumed = true; // from a yield to the event loop: other coroutines ran meanwhile
    while (self && !self->isStale(generation)) {
        const std::optional<int> job = self->m_queue.take();
        if (!job)
            break;
        JobResult result;
        result.index = *job;
        result.number = self->workload().numbers.at(*job);
        result.worker = worker;
        result.start = self->secondsSinceStart();
        self->reportJobStarted(result.index, worker);

        const auto t0 = Clock::now();
        TrialDivision check(result.number);
        bool stopped = false;
        // The stretches this coroutine really ran, yield to yield: they take turns on one core.
        qint64 sliceStart = self->nsSinceStart();
        auto sliceKind = resumed ? RunStore::SliceStart::AfterHandOver : RunStore::SliceStart::Continues;
        const auto closeSlice = [&] {
            const qint64 now = self->nsSinceStart();
            self->sharedStore()->addSlice(worker, { sliceStart, now, result.index, ::sched_getcpu() },
                                          sliceKind);
            sliceKind = RunStore::SliceStart::Continues;
            sliceStart = now;
        };
        while (true) {
            const quint64 before = check.divisionsDone();
            const bool finished = check.advance(slice);
            // Count at least one unit per job so a run of tiny numbers still yields now and then.
            sinceYield += std::max<quint64>(1, check.divisionsDone() - before);
            if (finished)
                break;
            // One atomic store: the views' tick is the only throttle.
            self->reportProgress(result.index, worker, check.progress());
            if (sinceYield >= slice) {
                sinceYield = 0;
                closeSlice();
                co_await EventLoopYield {};
                if (!self || self->isStale(generation)) {
                    stopped = true;
                    break;
                }
                sliceStart = self->nsSinceStart();
                sliceKind = RunStore::SliceStart::AfterHandOver;
            }
        }
        if (stopped)
            break;
        // A check without a division is not timed, in every mode: the clock read would take ten
        // times as long as the check.
        const bool timed = check.divisionsTotal() > 0;
        result.elapsed = timed ? std::chrono::duration<double>(Clock::now() - t0).count() : 0.0;
        result.end = timed ? self->secondsSinceStart() : result.start;
        result.prime = check.isPrime();
        closeSlice();
        self->reportResult(result);
        resumed = sinceYield >= slice;
        if (resumed) {
            sinceYield = 0;
            co_await EventLoopYield {};
        }
    }
    if (self && generation == self->m_generation)
        self->workerDone(worker);
}

void CoroutineRunner::workerDone(int worker)
{
    reportWorkerFinished(worker);
    if (--m_running == 0)
        finish();
}
