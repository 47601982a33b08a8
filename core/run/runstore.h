#pragma once

#include "jobresult.h"
#include "primesieve.h"
#include "workerinfo.h"
#include "zeroedarray.h"

#include <QHash>
#include <QList>
#include <QReadWriteLock>

#include <atomic>
#include <limits>
#include <memory>
#include <mutex>
#include <vector>

// Where a job stands. Running lives in the per-worker state; a record turns Done or Failed
// exactly once (Writing: its one writer is filling it in, readers still see Pending).
enum class JobStatus : quint8 { Pending, Writing, Done, Failed };

// One job's fate, 32 bytes: its answer, when and where it ran (the number stays in the
// workload's list). Times are nanoseconds from the run's start (elapsed: the check itself, as
// its worker measured it). All zero bytes are a pending record: the store's records start as
// untouched zero pages, and the fields other than status mean something once it is finished.
struct JobRecord
{
    enum Flag : quint8 { Prime = 1, Verified = 2 };

    qint64 startNs;
    qint64 endNs;
    qint64 elapsedNs;
    qint32 worker;
    quint16 attempts;
    quint8 flags;
    std::atomic<JobStatus> status;
};

// What one worker is doing now, for its bar. Written by whoever runs the worker, read by views.
// A cache line each: two workers writing their own activity never slow each other down.
struct alignas(64) WorkerActivity
{
    std::atomic<qint32> job { -1 }; // index being checked, -1 when idle
    std::atomic<quint32> permyriad { 0 }; // progress of that job, 0..10000
    std::atomic<quint8> state { 0 }; // WorkerState::Phase
};

// One stretch of time a worker really ran: from one yield (or job start) to the next, on one
// core. The timeline draws them inside job bars; job is -1 when the stretch spans several
// jobs, cpu -1 when the core is unknown.
struct WorkSlice
{
    qint64 startNs = 0;
    qint64 endNs = 0;
    qint32 job = -1;
    qint32 cpu = -1;
};

// The one record of a run that every view reads: a preallocated JobRecord per input index,
// written once by whoever finishes that job (no lock per job), published with a release store
// so a reader sees a finished record whole without copying the run. Views keep a cursor into
// the completion log and take what finished since their last tick.
class RunStore
{
public:
    enum class WorkerPhase : quint8 { Working, Finished, Stopped };
    // How often views take what changed: the one throttle between workers and what the user
    // sees, whatever the number of jobs.
    static constexpr int refreshIntervalMs = 40;

    // A run's store verifies the answers written to it; a listing of numbers not run yet is
    // never written to, and builds nothing to verify with.
    enum class Purpose { Run, Listing };
    RunStore(const QList<quint64> &numbers, int workerCount, Purpose purpose = Purpose::Run);
    RunStore(const RunStore &) = delete;
    RunStore &operator=(const RunStore &) = delete;
    // Builds what verifies the answers (a sieve, when the numbers are many and small), once:
    // the runner calls it where the milliseconds it takes are counted in no job's time. The
    // first answer written builds it otherwise.
    void prepareVerification() const;
    bool isVerificationPrepared() const { return m_sieveReady.load(std::memory_order_acquire); }

    qsizetype size() const { return m_size; }
    quint64 number(qsizetype index) const { return m_numbers[index]; }
    quint64 largestNumber() const { return m_largestNumber; }
    JobStatus status(qsizetype index) const
    {
        const JobStatus status = m_records[index].status.load(std::memory_order_acquire);
        return status == JobStatus::Writing ? JobStatus::Pending : status;
    }
    bool isFinished(qsizetype index) const { return status(index) >= JobStatus::Done; }
    // The record of a finished job; only meaningful once status() is Done or Failed.
    const JobRecord &record(qsizetype index) const { return m_records[index]; }
    // The job as a value (index -1 while it is not finished). error is set for Failed.
    JobResult result(qsizetype index) const;
    QString error(qsizetype index) const;

    // Writers, from any thread. finish() takes the first answer for an index and ignores any
    // later one (returns false then); the answer is verified here (Miller-Rabin, or the run's
    // sieve for many small numbers), and a wrong one is kept unverified (for reports made of
    // known results).
    bool finish(const JobResult &result);
    // What runners write: the worker's answer verified, once, as finish() does. A wrong one
    // is never stored as an answer: in its place the error AnswerCheck names (OnWrong::Fail),
    // or nothing, the job staying pending for the caller to try again (OnWrong::Refuse).
    enum class OnWrong : quint8 { Fail, Refuse };
    enum class Answer : quint8 { Stored, Ignored, Wrong };
    Answer writeAnswer(const JobResult &result, OnWrong onWrong);
    // The same in two steps, for a worker that finishes many cheap jobs in a row: write each
    // (readers of status() see it at once), then publish them to the completion log together,
    // one shared counter update per chunk instead of per job. Each finished job takes one
    // place in the log, however often it is published; anything else is dropped with a warning.
    bool write(const JobResult &result);
    void publish(const qint32 *indexes, qsizetype count);
    // Every worker slot starts Working: the runner calls this for workers it knows it has.
    WorkerActivity &activity(int worker) { return m_activity[worker]; }
    const WorkerActivity &activity(int worker) const { return m_activity[worker]; }
    int workerSlots() const { return m_workerSlots; }
    void setRunning(int worker, int job);
    void setProgress(int worker, double fraction);
    void setWorkerPhase(int worker, WorkerPhase phase);
    WorkerPhase workerPhase(int worker) const;
    // Whether a worker ran on without a break since its previous slice ended.
    enum class SliceStart {
        Continues,
        // It gave its turn away (the GIL went to another thread, a coroutine yielded to the
        // event loop): another worker ran in the gap, however short, so no merge.
        AfterHandOver,
    };
    // A slice one worker ran; one writer per worker. Slices that continue back to back on the
    // same core merge.
    void addSlice(int worker, const WorkSlice &slice, SliceStart start = SliceStart::Continues);

    // Worker names, kept once per worker. Written by the runner's thread.
    void setWorker(const WorkerInfo &info);
    QList<WorkerInfo> workers() const;
    // Bumped whenever setWorker() changes something, so views refresh names only then.
    quint64 workersVersion() const { return m_workersVersion.load(std::memory_order_acquire); }

    // How many jobs are finished (Done or Failed), and the completion log: calls f(index) for
    // every job published since cursor (at most limit of them), in completion order, and
    // advances cursor.
    qsizetype finishedCount() const { return m_published.load(std::memory_order_acquire); }
    template<typename F>
    void takeFinished(qsizetype &cursor, F &&f, qsizetype limit = std::numeric_limits<qsizetype>::max()) const
    {
        const qsizetype end = cursor + std::min(limit, m_size - cursor);
        while (cursor < end) {
            const qint32 placed = m_order[cursor].indexPlusOne.load(std::memory_order_acquire);
            if (placed == 0)
                break;
            f(placed - 1);
            ++cursor;
        }
    }
    int failedCount() const { return m_failed.load(std::memory_order_relaxed); }
    int wrongCount() const { return m_wrong.load(std::memory_order_relaxed); }

    // The slices of one worker published so far, from the from-th on (copy: for views and
    // exports, not hot paths). The last one may still grow: a view re-reads it next time.
    std::vector<WorkSlice> slices(int worker, qsizetype from = 0) const;
    qsizetype sliceCount(int worker) const;

private:
    // keepWrong: a wrong answer is stored unverified, not refused.
    Answer write(const JobResult &result, bool keepWrong);

    // Append-only, single writer, readers any time: fixed-size chunks that never move.
    struct SliceLog
    {
        static constexpr qsizetype chunkSize = 4096;
        std::vector<std::unique_ptr<WorkSlice[]>> chunks;
        std::atomic<qsizetype> count { 0 };
        mutable std::mutex growth; // only while a chunk is added or the chunk table read
    };

    // A place in the completion log: 0 until a job's index (plus one) is written there.
    struct OrderSlot
    {
        std::atomic<qint32> indexPlusOne;
    };
    // Which jobs have their place in the log, a bit each, 64 jobs a word.
    struct PublishedJobs
    {
        std::atomic<quint64> bits;
    };

    qsizetype m_size = 0;
    int m_workerSlots = 0;
    // Shared with the workload, never copied: a run of a million numbers starts at once.
    QList<quint64> m_numbersList;
    const quint64 *m_numbers = nullptr;
    quint64 m_largestNumber = 0;
    const PrimeSieve &sieve() const;
    const Purpose m_purpose;
    // What verifies the answers of many small numbers (the rest go through Miller-Rabin).
    mutable std::once_flag m_sieveBuilt;
    mutable std::atomic<bool> m_sieveReady { false };
    mutable PrimeSieve m_sieve;
    ZeroedArray<JobRecord> m_records;
    ZeroedArray<OrderSlot> m_order;
    ZeroedArray<PublishedJobs> m_publishedJobs;
    std::atomic<qsizetype> m_claimed { 0 };
    std::atomic<qsizetype> m_published { 0 };
    std::atomic<int> m_failed { 0 };
    std::atomic<int> m_wrong { 0 };
    std::unique_ptr<WorkerActivity[]> m_activity;
    std::unique_ptr<SliceLog[]> m_slices;

    mutable std::mutex m_errorsMutex;
    QHash<qsizetype, QString> m_errors;

    mutable std::mutex m_workersMutex;
    QList<WorkerInfo> m_workers;
    std::atomic<quint64> m_workersVersion { 0 };
};
