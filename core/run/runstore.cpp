#include "runstore.h"

#include "answercheck.h"
#include "millerrabin.h"
#include "workload.h"

#include <QVarLengthArray>

#include <algorithm>

namespace {
constexpr qint64 mergeGapNs = 50'000;

// Rounded to the nearest nanosecond in line: three of these an answer, where a call to
// llround() each showed in the profile of a million answers.
qint64 toNs(double seconds)
{
    const double ns = seconds * 1e9;
    if (!(ns > -9e18 && ns < 9e18))
        return 0; // not a time a clock measured (NaN, or beyond what a qint64 holds)
    return qint64(ns < 0 ? ns - 0.5 : ns + 0.5);
}
} // namespace

RunStore::RunStore(const QList<quint64> &numbers, int workerCount, Purpose purpose)
    : m_size(numbers.size())
    , m_workerSlots(std::max(0, workerCount))
    , m_numbersList(numbers)
    , m_numbers(m_numbersList.constData())
    , m_largestNumber(Workload::largestOf(numbers))
    , m_purpose(purpose)
    , m_records(numbers.size())
    , m_order(numbers.size())
    , m_publishedJobs((numbers.size() + 63) / 64)
    , m_activity(std::make_unique<WorkerActivity[]>(m_workerSlots))
    , m_slices(std::make_unique<SliceLog[]>(m_workerSlots))
{ }

JobResult RunStore::result(qsizetype index) const
{
    JobResult result;
    result.number = m_numbers[index];
    if (!isFinished(index))
        return result;
    const JobRecord &record = m_records[index];
    result.index = int(index);
    result.prime = record.flags & JobRecord::Prime;
    result.elapsed = double(record.elapsedNs) / 1e9;
    result.start = double(record.startNs) / 1e9;
    result.end = double(record.endNs) / 1e9;
    result.worker = record.worker;
    result.attempts = record.attempts;
    if (status(index) == JobStatus::Failed)
        result.error = error(index);
    return result;
}

QString RunStore::error(qsizetype index) const
{
    std::lock_guard lock(m_errorsMutex);
    return m_errors.value(index);
}

bool RunStore::finish(const JobResult &result)
{
    if (!write(result))
        return false;
    const qint32 index = result.index;
    publish(&index, 1);
    return true;
}

void RunStore::prepareVerification() const
{
    std::call_once(m_sieveBuilt, [this] {
        if (m_purpose == Purpose::Run)
            m_sieve = PrimeSieve::worthBuildingFor(m_largestNumber, m_size);
        m_sieveReady.store(true, std::memory_order_release);
    });
}

const PrimeSieve &RunStore::sieve() const
{
    // The flag spares every answer a call into call_once once the sieve is there.
    if (!m_sieveReady.load(std::memory_order_acquire))
        prepareVerification();
    return m_sieve;
}

bool RunStore::write(const JobResult &result)
{
    return write(result, true) == Answer::Stored;
}

RunStore::Answer RunStore::writeAnswer(const JobResult &result, OnWrong onWrong)
{
    const Answer answer = write(result, false);
    if (answer == Answer::Wrong && onWrong == OnWrong::Fail)
        return write(AnswerCheck::wrong(result), false);
    return answer;
}

RunStore::Answer RunStore::write(const JobResult &result, bool keepWrong)
{
    if (result.index < 0 || result.index >= m_size)
        return Answer::Ignored;
    JobRecord &record = m_records[result.index];
    const bool failed = !result.error.isEmpty();
    // The one check an answer gets, before anything is claimed: a refused answer leaves the
    // record untouched.
    const quint64 number = m_numbers[result.index];
    const PrimeSieve &sieve = this->sieve();
    const bool verified = !failed
        && (sieve.covers(number) ? sieve.isPrime(number) : MillerRabin::isPrime(number)) == result.prime;
    if (!failed && !verified && !keepWrong)
        return Answer::Wrong;
    JobStatus expected = JobStatus::Pending;
    if (!record.status.compare_exchange_strong(expected, JobStatus::Writing, std::memory_order_acq_rel))
        return Answer::Ignored; // the first answer stands
    record.startNs = toNs(result.start);
    record.endNs = toNs(result.end);
    record.elapsedNs = toNs(result.elapsed);
    record.worker = result.worker;
    record.attempts = quint16(std::clamp(result.attempts, 0, 0xffff));
    quint8 flags = result.prime ? JobRecord::Prime : 0;
    if (verified)
        flags |= JobRecord::Verified;
    record.flags = flags;
    if (failed) {
        std::lock_guard lock(m_errorsMutex);
        m_errors.insert(result.index, result.error);
        m_failed.fetch_add(1, std::memory_order_relaxed);
    } else if (!(flags & JobRecord::Verified)) {
        m_wrong.fetch_add(1, std::memory_order_relaxed);
    }
    record.status.store(failed ? JobStatus::Failed : JobStatus::Done, std::memory_order_release);
    return Answer::Stored;
}

void RunStore::publish(const qint32 *indexes, qsizetype count)
{
    // What is checked: an index outside the run, or of a job not finished, would send readers
    // to a record that is not there; a job published again would take a place in the log that
    // another job needs. Such indexes are a runner's bug, dropped here.
    QVarLengthArray<qint32, 1024> valid;
    // Jobs are marked published a word at a time: a chunk of neighbours costs one atomic
    // operation, not one each. Of two publishers of the same job, one sees the other's bit.
    qsizetype wordStart = 0;
    qsizetype word = -1;
    quint64 mask = 0;
    const auto markWord = [&] {
        if (word < 0)
            return;
        const quint64 before = m_publishedJobs[word].bits.fetch_or(mask, std::memory_order_relaxed);
        if ((before & mask) == 0)
            return;
        qsizetype kept = wordStart;
        for (qsizetype i = wordStart; i < valid.size(); ++i) {
            if ((before & (quint64(1) << (valid[i] % 64))) == 0)
                valid[kept++] = valid[i];
        }
        valid.resize(kept);
    };
    for (qsizetype i = 0; i < count; ++i) {
        const qint32 index = indexes[i];
        if (index < 0 || index >= m_size || !isFinished(index))
            continue;
        if (index / 64 != word) {
            markWord();
            word = index / 64;
            mask = 0;
            wordStart = valid.size();
        }
        const quint64 bit = quint64(1) << (index % 64);
        if (mask & bit)
            continue; // twice in this call
        mask |= bit;
        valid.append(index);
    }
    markWord();
    // Claim places in the completion log, then write the indexes there: readers stop at the
    // first place not yet written, so they never see a half-written record.
    const qsizetype first
        = valid.isEmpty() ? m_size : m_claimed.fetch_add(valid.size(), std::memory_order_relaxed);
    const qsizetype placed = std::clamp<qsizetype>(m_size - first, 0, valid.size());
    if (placed < count)
        qWarning("RunStore: %lld of %lld jobs published were not finished jobs of this run, were "
                 "published before, or found the log full; dropped",
                 static_cast<long long>(count - placed), static_cast<long long>(count));
    for (qsizetype i = 0; i < placed; ++i)
        m_order[first + i].indexPlusOne.store(valid[i] + 1, std::memory_order_release);
    if (placed > 0)
        m_published.fetch_add(placed, std::memory_order_release);
}

void RunStore::setRunning(int worker, int job)
{
    if (worker < 0 || worker >= m_workerSlots)
        return;
    m_activity[worker].permyriad.store(0, std::memory_order_relaxed);
    m_activity[worker].job.store(job, std::memory_order_release);
}

void RunStore::setProgress(int worker, double fraction)
{
    if (worker < 0 || worker >= m_workerSlots)
        return;
    m_activity[worker].permyriad.store(quint32(std::clamp(fraction, 0.0, 1.0) * 10000),
                                       std::memory_order_relaxed);
}

void RunStore::setWorkerPhase(int worker, WorkerPhase phase)
{
    if (worker < 0 || worker >= m_workerSlots)
        return;
    m_activity[worker].job.store(-1, std::memory_order_relaxed);
    m_activity[worker].state.store(quint8(phase), std::memory_order_release);
}

RunStore::WorkerPhase RunStore::workerPhase(int worker) const
{
    if (worker < 0 || worker >= m_workerSlots)
        return WorkerPhase::Stopped;
    return WorkerPhase(m_activity[worker].state.load(std::memory_order_acquire));
}

void RunStore::addSlice(int worker, const WorkSlice &slice, SliceStart start)
{
    if (worker < 0 || worker >= m_workerSlots)
        return;
    SliceLog &log = m_slices[worker];
    const qsizetype count = log.count.load(std::memory_order_relaxed);
    if (count > 0 && start == SliceStart::Continues) {
        WorkSlice &last = log.chunks[(count - 1) / SliceLog::chunkSize][(count - 1) % SliceLog::chunkSize];
        // Merging changes a published slice's end only: readers see the old or the new end.
        // Back to back on the same core: one slice (of several jobs when the job changed), so a
        // run of a million tiny jobs stays a handful of slices per worker.
        if (last.cpu == slice.cpu && slice.startNs - last.endNs < mergeGapNs) {
            if (last.job != slice.job)
                std::atomic_ref<qint32>(last.job).store(-1, std::memory_order_relaxed);
            std::atomic_ref<qint64>(last.endNs).store(slice.endNs, std::memory_order_release);
            return;
        }
    }
    if (count % SliceLog::chunkSize == 0) {
        std::lock_guard lock(log.growth);
        log.chunks.push_back(std::make_unique<WorkSlice[]>(SliceLog::chunkSize));
    }
    log.chunks[count / SliceLog::chunkSize][count % SliceLog::chunkSize] = slice;
    log.count.store(count + 1, std::memory_order_release);
}

qsizetype RunStore::sliceCount(int worker) const
{
    if (worker < 0 || worker >= m_workerSlots)
        return 0;
    return m_slices[worker].count.load(std::memory_order_acquire);
}

std::vector<WorkSlice> RunStore::slices(int worker, qsizetype from) const
{
    std::vector<WorkSlice> out;
    if (worker < 0 || worker >= m_workerSlots)
        return out;
    const SliceLog &log = m_slices[worker];
    const qsizetype count = log.count.load(std::memory_order_acquire);
    from = std::clamp<qsizetype>(from, 0, count);
    out.reserve(count - from);
    std::lock_guard lock(log.growth);
    for (qsizetype i = from; i < count; ++i) {
        WorkSlice &stored = log.chunks[i / SliceLog::chunkSize][i % SliceLog::chunkSize];
        WorkSlice slice;
        slice.startNs = stored.startNs;
        slice.job = std::atomic_ref<qint32>(stored.job).load(std::memory_order_relaxed);
        slice.cpu = stored.cpu;
        slice.endNs = std::atomic_ref<qint64>(stored.endNs).load(std::memory_order_acquire);
        out.push_back(slice);
    }
    return out;
}

void RunStore::setWorker(const WorkerInfo &info)
{
    std::lock_guard lock(m_workersMutex);
    auto it = std::find_if(m_workers.begin(), m_workers.end(),
                           [&info](const WorkerInfo &w) { return w.id == info.id; });
    if (it == m_workers.end())
        m_workers.append(info);
    else if (it->label == info.label && it->pid == info.pid)
        return;
    else
        *it = info;
    m_workersVersion.fetch_add(1, std::memory_order_release);
}

QList<WorkerInfo> RunStore::workers() const
{
    std::lock_guard lock(m_workersMutex);
    return m_workers;
}
