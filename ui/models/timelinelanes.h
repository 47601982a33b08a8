#pragma once

#include "anonymousmemory.h"
#include "runstore.h"
#include "timescale.h"
#include "workerinfo.h"

#include <array>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

// What the timeline draws, without a widget: one lane per worker with its jobs in start order,
// the slices it really ran and the job it runs now, taken from a RunStore on the refresh tick
// (what finished since the last tick only). Asked for a lane at a given scale it hands back
// bars, everything that falls within one pixel folded into one counted bar, so a million
// jobs cost what the pixels cost, not what the jobs do.
class TimelineLanes
{
public:
    // How a bar is coloured. The first four are the finished kinds counted per bar.
    enum class Kind : quint8 { Prime, Composite, Retried, Failed, Running };
    static constexpr int finishedKinds = 4;
    using Counts = std::array<quint32, finishedKinds>;

    struct Job
    {
        qint64 startNs = 0;
        qint64 endNs = 0;
        qint32 index = -1;
        Kind kind = Kind::Composite;
    };
    // One job (index >= 0), or all jobs starting within one pixel (index -1, count > 1).
    struct Bar
    {
        double x0 = 0;
        double x1 = 0;
        qint64 startNs = 0;
        qint64 endNs = 0;
        qint32 index = -1;
        int count = 0;
        Kind kind = Kind::Composite; // the job's, or the most frequent one in the group
        Counts counts {};
    };
    // A stretch a worker ran on one core, in pixels; worker -2 where several took turns on it
    // (their slices overlap there, or alternate within a pixel).
    struct CoreSegment
    {
        double x0 = 0;
        double x1 = 0;
        int worker = -1;
    };
    // A million jobs' worth takes 24 MB: in memory that costs no page faults until used.
    using Jobs = std::vector<Job, AnonymousAllocator<Job>>;
    struct Lane
    {
        WorkerInfo info;
        Jobs jobs; // by start
        // Kept per block of jobs, not per job (a lane of a million jobs would hold 24 MB more):
        // blockCounts[b]: how many of each kind among jobs[0, b * blockSize);
        // blockReach[b]: the latest end among jobs[0, (b + 1) * blockSize), full blocks only.
        std::vector<Counts> blockCounts;
        std::vector<qint64> blockReach;
        Counts counts {}; // of all its jobs
        qint64 reach = 0; // the latest end of all its jobs
        std::vector<WorkSlice> slices; // as the store merged them, in time order
        int migrations = 0; // times the worker moved to another core between slices
        Job running; // index -1 when idle
    };

    TimelineLanes() = default;

    // Follows this run from its start (or shows a finished one whole after update()).
    void reset(std::shared_ptr<const RunStore> store);
    const std::shared_ptr<const RunStore> &store() const { return m_store; }
    // Takes what changed in the store since the last call, at most maxJobs finished jobs of it
    // (the rest waits for the next call: a view keeps its thread's turns short); nowNs is the
    // run's clock, where running jobs end for now. Returns whether anything changed.
    bool update(qint64 nowNs, qsizetype maxJobs = std::numeric_limits<qsizetype>::max());
    // Finished jobs the store holds that update() has not taken yet.
    qsizetype backlog() const { return m_store ? m_store->finishedCount() - m_cursor : 0; }
    // The run ended: no job is running any more.
    void finish();

    int laneCount() const { return int(m_lanes.size()); }
    const Lane &lane(int lane) const { return m_lanes[lane]; }
    qsizetype jobCount() const { return m_jobCount; }
    // Finished jobs with no worker to put them under (none so far: every runner names one).
    qsizetype unplacedCount() const { return m_unplaced; }
    // The end of the latest thing known: a job's end, a slice's, or now while running.
    qint64 extentNs() const { return m_extentNs; }
    // The highest core number any slice ran on, plus one (0: no core known).
    int coreCount() const { return m_coreCount; }

    static constexpr size_t blockSize = 64;

    // The lane's bars that the scale shows, each job once, left to right.
    std::vector<Bar> bars(int lane, const TimeScale &scale, bool withRunning = true) const;
    // The same, folded into bars, for the pixels [x - slack, x + slack]: what is under the mouse.
    std::optional<Bar> barAt(int lane, const TimeScale &scale, double x, double slack = 2) const;
    // The pixel stretches in which the lane's worker ran (slices merged when less than a
    // pixel apart), within the scale's view.
    std::vector<std::pair<double, double>> busyRuns(int lane, const TimeScale &scale) const;
    // Where each worker ran on that core, within the scale's view, left to right.
    std::vector<CoreSegment> coreSegments(int core, const TimeScale &scale) const;
    // The lane of a finished job and its place there, or nothing.
    std::optional<std::pair<int, Job>> find(qint32 index) const;

private:
    // Places a finished job in its worker's lane; returns the lane, or -1 when it has none.
    int addJob(qint32 index, qint64 nowNs);
    void takeSlices(int lane);
    void sortLane(Lane &lane);
    // Adds jobs[n - 1], the lane's last so far, to its counts and reach.
    static void count(Lane &lane, size_t n);
    // How many of each kind among the lane's jobs [from, to).
    static Counts countsIn(const Lane &lane, size_t from, size_t to);
    // The latest end among the lane's jobs [0, i].
    static qint64 reachAt(const Lane &lane, size_t i);
    // The first job whose reach (see reachAt) is at t or later: every job before it ends before t.
    static size_t firstReaching(const Lane &lane, double t);
    Lane &laneFor(int worker);

    std::shared_ptr<const RunStore> m_store;
    std::vector<Lane> m_lanes;
    qsizetype m_cursor = 0;
    quint64 m_workersVersion = 0;
    qsizetype m_jobCount = 0;
    qsizetype m_unplaced = 0;
    qint64 m_extentNs = 0;
    qint64 m_lastUpdateNs = 0;
    int m_coreCount = 0;
};
