#include "coroutinepoolrunner.h"

#include "threadhandoff.h"
#include "trialdivision.h"

#include <QPointer>
#include <QPromise>

#include <qcoro/qcorofuture.h>

#include <chrono>

#include <sched.h>

namespace {
constexpr int maxBatch = 256;

struct Checked
{
    int index = -1;
    bool prime = false;
    bool finished = false;
    double elapsed = 0;
    double start = 0;
    double end = 0;
};

// What the hand-offs go through, for ThreadSanitizer.
constinit const char poolHandOff = 0;
} // namespace

// One co_await's worth of work: filled in by the coroutine, then by a pool thread, then read by
// the coroutine again, each after a hand-off through the pool that ThreadSanitizer is told of.
struct CoroutinePoolRunner::Batch
{
    QList<int> jobs;
    QList<quint64> numbers;
    QList<Checked> results;
    QPromise<void> done;
};

void CoroutinePoolRunner::check(const Shared &shared, int worker, quint64 slice, Batch &batch)
{
    using Clock = std::chrono::steady_clock;
    RunStore &store = *shared.store;
    const auto sinceStart
        = [&shared] { return std::chrono::duration<double>(Clock::now() - shared.start).count(); };
    const qint64 sliceStart = qint64(sinceStart() * 1e9);
    const int cpu = ::sched_getcpu();
    // As in the threads mode: one clock read a job, the end of one the start of the next.
    auto t0 = Clock::now();
    for (qsizetype i = 0; i < batch.jobs.size() && !shared.stop; ++i) {
        Checked checked;
        checked.index = batch.jobs.at(i);
        checked.start = std::chrono::duration<double>(t0 - shared.start).count();
        store.setRunning(worker, checked.index);
        TrialDivision check(batch.numbers.at(i));
        while (!check.advance(slice) && !shared.stop)
            store.setProgress(worker, check.progress());
        checked.finished = check.isFinished();
        checked.prime = check.isPrime();
        // A check without a division is not timed, in every mode: the clock read would take ten
        // times as long as the check.
        const auto t1 = check.divisionsTotal() == 0 ? t0 : Clock::now();
        checked.elapsed = std::chrono::duration<double>(t1 - t0).count();
        checked.end = std::chrono::duration<double>(t1 - shared.start).count();
        t0 = t1;
        batch.results.append(checked);
    }
    store.addSlice(
        worker,
        { sliceStart, qint64(sinceStart() * 1e9), batch.jobs.size() == 1 ? batch.jobs.first() : -1, cpu });
}

CoroutinePoolRunner::CoroutinePoolRunner(QObject *parent)
    : Runner(parent)
{ }

CoroutinePoolRunner::~CoroutinePoolRunner()
{
    if (m_shared)
        m_shared->stop = true;
    // The pool's threads stop at their next slice; the coroutines awaiting them see this
    // runner gone (QPointer) and return.
    m_pool.waitForDone();
}

void CoroutinePoolRunner::startWorkers()
{
    m_workerCount = options().workerCount();
    m_pool.setMaxThreadCount(m_workerCount);
    m_queue.reset(int(workload().size()));
    m_shared = std::make_shared<Shared>();
    m_shared->store = sharedStore();
    m_shared->start = startTime();
    m_running = m_workerCount;
    for (int i = 0; i < m_workerCount; ++i)
        addWorker({ i, tr("coroutine %1").arg(i + 1), 0 });
    for (int i = 0; i < m_workerCount; ++i)
        work(i, m_shared);
}

void CoroutinePoolRunner::stopWorkers()
{
    m_shared->stop = true;
}

QCoro::Task<> CoroutinePoolRunner::work(int worker, std::shared_ptr<Shared> shared)
{
    QPointer<CoroutinePoolRunner> self(this);
    const quint64 slice = std::max<quint64>(1, options().sliceDivisions);
    while (self && !shared->stop) {
        const Workload &workload = self->workload();
        // Tiny numbers go to the pool together so the hand-off does not cost more than the work.
        auto batch = std::make_shared<Batch>();
        batch->jobs = self->m_queue.takeBatch(
            [&workload](int job) { return TrialDivision::jobCost(workload.numbers.at(job)); }, slice,
            maxBatch);
        if (batch->jobs.isEmpty())
            break;
        for (int job : std::as_const(batch->jobs)) {
            batch->numbers.append(workload.numbers.at(job));
            self->reportJobStarted(job, worker);
        }
        batch->done.start();
        // Named local first: GCC 12 mishandles some temporaries inside co_await expressions.
        QFuture<void> future = batch->done.future();
        std::function<void()> checkAll = [shared, worker, slice, batch] {
            ThreadHandOff::takeOver(&poolHandOff);
            check(*shared, worker, slice, *batch);
            ThreadHandOff::handOff(&poolHandOff);
            batch->done.finish();
        };
        ThreadHandOff::handOff(&poolHandOff);
        self->m_pool.start(std::move(checkAll));
        co_await future;
        if (!self)
            co_return;
        ThreadHandOff::takeOver(&poolHandOff);
        for (const Checked &checked : std::as_const(batch->results)) {
            if (!checked.finished)
                continue;
            JobResult result;
            result.index = checked.index;
            result.number = self->workload().numbers.at(checked.index);
            result.prime = checked.prime;
            result.elapsed = checked.elapsed;
            result.worker = worker;
            result.start = checked.start;
            result.end = checked.end;
            self->reportResult(result);
        }
    }
    if (self && shared == self->m_shared)
        self->workerDone(worker);
}

void CoroutinePoolRunner::workerDone(int worker)
{
    reportWorkerFinished(worker);
    if (--m_running == 0)
        finish();
}
