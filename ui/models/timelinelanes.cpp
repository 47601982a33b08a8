#include "timelinelanes.h"

#include <algorithm>
#include <cmath>

namespace {
using Kind = TimelineLanes::Kind;

Kind kindOf(const RunStore &store, qint32 index)
{
    const JobRecord &record = store.record(index);
    if (store.status(index) == JobStatus::Failed)
        return Kind::Failed;
    if (record.attempts > 1)
        return Kind::Retried;
    return (record.flags & JobRecord::Prime) ? Kind::Prime : Kind::Composite;
}

TimelineLanes::Counts minus(const TimelineLanes::Counts &a, const TimelineLanes::Counts &b)
{
    TimelineLanes::Counts out {};
    for (int k = 0; k < TimelineLanes::finishedKinds; ++k)
        out[k] = a[k] - b[k];
    return out;
}

// std::lower_bound that looks near first before far: the next pixel's jobs are a few places
// ahead, and a search that starts there stays in the cache (a plain binary search over a
// lane of a million jobs misses it at every step).
template<typename It, typename T, typename Less> It gallop(It first, It last, const T &value, Less less)
{
    typename std::iterator_traits<It>::difference_type step = 1;
    It low = first;
    while (last - low > step && less(low[step], value)) {
        low += step;
        step *= 2;
    }
    return std::lower_bound(low, last - low > step ? low + step : last, value, less);
}

// A job that never ran to an answer has no times of its own: it is shown when it was given up.
bool givenUp(const JobRecord &record, Kind kind)
{
    return record.endNs < record.startNs || (kind == Kind::Failed && record.endNs == 0);
}

Kind dominant(const TimelineLanes::Counts &counts)
{
    return Kind(std::max_element(counts.begin(), counts.end()) - counts.begin());
}
} // namespace

void TimelineLanes::reset(std::shared_ptr<const RunStore> store)
{
    m_store = std::move(store);
    m_lanes.clear();
    m_cursor = 0;
    m_workersVersion = 0;
    m_jobCount = 0;
    m_unplaced = 0;
    m_extentNs = 0;
    m_lastUpdateNs = 0;
    m_coreCount = 0;
    if (m_store && m_store->workerSlots() > 0) {
        laneFor(m_store->workerSlots() - 1);
        // Each worker takes about its share of the jobs: room for twice that now, so the lanes
        // do not grow by copying what they hold while the run goes on (the shares are rarely
        // even). Room not used is never touched, so it costs address space only.
        const size_t share = size_t(m_store->size() / m_store->workerSlots());
        const size_t room = std::min(size_t(m_store->size()), 2 * share + 16);
        for (Lane &lane : m_lanes)
            lane.jobs.reserve(room);
    }
}

TimelineLanes::Lane &TimelineLanes::laneFor(int worker)
{
    if (worker >= int(m_lanes.size())) {
        const int first = int(m_lanes.size());
        m_lanes.resize(worker + 1);
        for (int i = first; i <= worker; ++i) {
            m_lanes[i].info.id = i;
            m_lanes[i].blockCounts.push_back({});
        }
    }
    return m_lanes[worker];
}

bool TimelineLanes::update(qint64 nowNs, qsizetype maxJobs)
{
    if (!m_store)
        return false;
    const qsizetype jobsBefore = m_jobCount;
    bool changed = false;
    if (const quint64 version = m_store->workersVersion(); version != m_workersVersion) {
        m_workersVersion = version;
        for (const WorkerInfo &info : m_store->workers()) {
            if (info.id >= 0)
                laneFor(info.id).info = info;
        }
        changed = true;
    }
    std::vector<bool> unsorted(m_lanes.size());
    m_store->takeFinished(
        m_cursor,
        [&](qint32 index) {
            const int lane = addJob(index, nowNs);
            if (lane < 0)
                return;
            if (lane >= int(unsorted.size()))
                unsorted.resize(lane + 1);
            const Jobs &jobs = m_lanes[lane].jobs;
            if (jobs.size() > 1 && jobs.back().startNs < jobs[jobs.size() - 2].startNs)
                unsorted[lane] = true;
        },
        maxJobs);
    for (size_t lane = 0; lane < unsorted.size(); ++lane) {
        if (unsorted[lane])
            sortLane(m_lanes[lane]);
    }
    changed = changed || m_jobCount != jobsBefore;

    for (int worker = 0; worker < m_store->workerSlots(); ++worker) {
        Lane &lane = laneFor(worker);
        const qsizetype slicesBefore = qsizetype(lane.slices.size());
        const qint64 lastEndBefore = lane.slices.empty() ? 0 : lane.slices.back().endNs;
        takeSlices(worker);
        if (qsizetype(lane.slices.size()) != slicesBefore
            || (!lane.slices.empty() && lane.slices.back().endNs != lastEndBefore))
            changed = true;

        const int job = m_store->activity(worker).job.load(std::memory_order_acquire);
        if (job >= 0 && job < m_store->size() && !m_store->isFinished(job)) {
            if (lane.running.index != job) {
                // The store does not say when it started: after the last tick (or we would have
                // seen it) and after the worker's last finished job. Its finish corrects it.
                const qint64 lastEnd = lane.reach;
                lane.running
                    = { std::min(nowNs, std::max(m_lastUpdateNs, lastEnd)), nowNs, job, Kind::Running };
            }
            lane.running.endNs = std::max(lane.running.startNs, nowNs);
            m_extentNs = std::max(m_extentNs, nowNs);
            changed = true;
        } else if (lane.running.index >= 0) {
            lane.running = {};
            changed = true;
        }
    }
    m_lastUpdateNs = nowNs;
    return changed;
}

int TimelineLanes::addJob(qint32 index, qint64 nowNs)
{
    const JobRecord &record = m_store->record(index);
    ++m_jobCount;
    if (record.worker < 0) {
        ++m_unplaced;
        return -1;
    }
    Lane &lane = laneFor(record.worker);
    Job job { record.startNs, record.endNs, index, kindOf(*m_store, index) };
    if (givenUp(record, job.kind))
        job.startNs = job.endNs = nowNs;
    lane.jobs.push_back(job);
    count(lane, lane.jobs.size());
    m_extentNs = std::max(m_extentNs, job.endNs);
    return record.worker;
}

void TimelineLanes::count(Lane &lane, size_t n)
{
    // A block starts with jobs[n - 1], or ends with it, or both.
    const Job &job = lane.jobs[n - 1];
    if (n > 1 && (n - 1) % blockSize == 0)
        lane.blockCounts.push_back(lane.counts);
    ++lane.counts[int(job.kind)];
    lane.reach = n == 1 ? job.endNs : std::max(lane.reach, job.endNs);
    if (n % blockSize == 0)
        lane.blockReach.push_back(lane.reach);
}

TimelineLanes::Counts TimelineLanes::countsIn(const Lane &lane, size_t from, size_t to)
{
    const auto add = [&lane](Counts counts, size_t first, size_t last) {
        for (size_t k = first; k < last; ++k)
            ++counts[int(lane.jobs[k].kind)];
        return counts;
    };
    if (to - from <= 2 * blockSize)
        return add({}, from, to);
    // From the nearest block starts: at most a block's jobs read at each end.
    const auto before = [&lane, &add](size_t i) {
        return i == lane.jobs.size() ? lane.counts
                                     : add(lane.blockCounts[i / blockSize], i - i % blockSize, i);
    };
    return minus(before(to), before(from));
}

qint64 TimelineLanes::reachAt(const Lane &lane, size_t i)
{
    const size_t block = i / blockSize;
    qint64 reach = block > 0 ? lane.blockReach[block - 1] : lane.jobs[i - i % blockSize].endNs;
    for (size_t k = i - i % blockSize; k <= i; ++k)
        reach = std::max(reach, lane.jobs[k].endNs);
    return reach;
}

size_t TimelineLanes::firstReaching(const Lane &lane, double t)
{
    // The first full block reaching t holds it, or the last block (partial) does, or none.
    const size_t block = size_t(std::lower_bound(lane.blockReach.begin(), lane.blockReach.end(), t,
                                                 [](qint64 reach, double t) { return double(reach) < t; })
                                - lane.blockReach.begin());
    size_t i = block * blockSize;
    qint64 reach = block > 0 ? lane.blockReach[block - 1] : std::numeric_limits<qint64>::min();
    for (; i < lane.jobs.size(); ++i) {
        reach = std::max(reach, lane.jobs[i].endNs);
        if (double(reach) >= t)
            break;
    }
    return i;
}

void TimelineLanes::sortLane(Lane &lane)
{
    std::stable_sort(lane.jobs.begin(), lane.jobs.end(),
                     [](const Job &a, const Job &b) { return a.startNs < b.startNs; });
    lane.blockCounts.assign(1, {});
    lane.blockReach.clear();
    lane.counts = {};
    lane.reach = 0;
    for (size_t n = 1; n <= lane.jobs.size(); ++n)
        count(lane, n);
}

void TimelineLanes::takeSlices(int worker)
{
    Lane &lane = m_lanes[worker];
    // The last slice read may have grown since (the store merges back-to-back ones): read it again.
    const qsizetype from = std::max<qsizetype>(0, qsizetype(lane.slices.size()) - 1);
    if (m_store->sliceCount(worker) <= qsizetype(lane.slices.size()) && lane.slices.empty())
        return;
    const std::vector<WorkSlice> fresh = m_store->slices(worker, from);
    if (fresh.empty())
        return;
    // The slice read again was counted already.
    const bool reread = from < qsizetype(lane.slices.size());
    lane.slices.resize(from);
    for (const WorkSlice &slice : fresh) {
        const bool counted = reread && qsizetype(lane.slices.size()) == from;
        if (!counted && !lane.slices.empty() && slice.cpu >= 0 && lane.slices.back().cpu >= 0
            && slice.cpu != lane.slices.back().cpu)
            ++lane.migrations;
        lane.slices.push_back(slice);
        m_coreCount = std::max(m_coreCount, slice.cpu + 1);
        m_extentNs = std::max(m_extentNs, slice.endNs);
    }
}

void TimelineLanes::finish()
{
    for (Lane &lane : m_lanes)
        lane.running = {};
}

std::vector<TimelineLanes::Bar> TimelineLanes::bars(int laneIndex, const TimeScale &scale,
                                                    bool withRunning) const
{
    std::vector<Bar> out;
    if (laneIndex < 0 || laneIndex >= laneCount())
        return out;
    const Lane &lane = m_lanes[laneIndex];
    const Jobs &jobs = lane.jobs;
    const double t0 = scale.startNs;
    const double t1 = scale.endNs();
    const size_t n = jobs.size();
    // Everything before the first job whose reach gets into the view ends before it.
    size_t i = firstReaching(lane, t0);
    const auto single = [&](const Job &job) {
        Bar bar {
            scale.toX(job.startNs), scale.toX(job.endNs), job.startNs, job.endNs, job.index, 1, job.kind, {}
        };
        bar.counts[int(job.kind)] = 1;
        return bar;
    };
    while (i < n && jobs[i].startNs <= t1) {
        const Job &job = jobs[i];
        if (job.endNs < t0) {
            ++i;
            continue;
        }
        const double pixelEndNs = scale.toNs(std::floor(scale.toX(job.startNs)) + 1);
        if (job.endNs >= pixelEndNs || i + 1 == n || jobs[i + 1].startNs >= pixelEndNs) {
            out.push_back(single(job));
            ++i;
            continue;
        }
        // Several start within this pixel: one bar for all of them, counted by kind. A long
        // last one gets its own bar.
        size_t end = size_t(gallop(jobs.begin() + i, jobs.end(), pixelEndNs,
                                   [](const Job &j, double t) { return double(j.startNs) < t; })
                            - jobs.begin());
        if (jobs[end - 1].endNs > pixelEndNs)
            --end;
        if (end - i == 1) {
            out.push_back(single(job));
            ++i;
            continue;
        }
        Bar bar;
        bar.counts = countsIn(lane, i, end);
        bar.count = int(end - i);
        bar.kind = dominant(bar.counts);
        bar.startNs = job.startNs;
        bar.endNs = reachAt(lane, end - 1);
        bar.x0 = scale.toX(bar.startNs);
        bar.x1 = std::max(bar.x0, scale.toX(bar.endNs));
        out.push_back(bar);
        i = end;
    }
    if (withRunning && lane.running.index >= 0 && lane.running.endNs >= t0 && lane.running.startNs <= t1) {
        Bar bar = single(lane.running);
        bar.counts = {};
        out.push_back(bar);
    }
    return out;
}

std::optional<TimelineLanes::Bar> TimelineLanes::barAt(int lane, const TimeScale &scale, double x,
                                                       double slack) const
{
    TimeScale near = scale;
    near.startNs = scale.toNs(x - slack);
    near.widthPx = 2 * slack + 1;
    std::optional<Bar> best;
    double bestDistance = slack + 1;
    for (Bar bar : bars(lane, near)) {
        bar.x0 = scale.toX(bar.startNs);
        bar.x1 = std::max(bar.x0, scale.toX(bar.endNs));
        const double distance = x < bar.x0 ? bar.x0 - x : (x > bar.x1 ? x - bar.x1 : 0);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = bar;
        }
    }
    return best;
}

std::vector<std::pair<double, double>> TimelineLanes::busyRuns(int laneIndex, const TimeScale &scale) const
{
    std::vector<std::pair<double, double>> out;
    if (laneIndex < 0 || laneIndex >= laneCount())
        return out;
    const std::vector<WorkSlice> &slices = m_lanes[laneIndex].slices;
    const double t0 = scale.startNs;
    const double t1 = scale.endNs();
    // One worker's slices follow each other: their ends rise with their starts.
    auto it = std::lower_bound(slices.begin(), slices.end(), t0,
                               [](const WorkSlice &s, double t) { return double(s.endNs) < t; });
    while (it != slices.end() && it->startNs <= t1) {
        const double x0 = scale.toX(it->startNs);
        double x1 = scale.toX(it->endNs);
        // The slices starting within the pixel where this one ends join it.
        const double pixelEndNs = scale.toNs(std::floor(x1) + 1);
        auto next = gallop(it + 1, slices.end(), pixelEndNs,
                           [](const WorkSlice &s, double t) { return double(s.startNs) < t; });
        x1 = std::max(x1, scale.toX(std::prev(next)->endNs));
        if (!out.empty() && x0 - out.back().second < 1)
            out.back().second = std::max(out.back().second, x1);
        else
            out.emplace_back(x0, x1);
        it = next;
    }
    return out;
}

std::vector<TimelineLanes::CoreSegment> TimelineLanes::coreSegments(int core, const TimeScale &scale) const
{
    // Each worker's stretches on this core, merged where less than a pixel apart.
    struct Edge
    {
        double x;
        int worker;
        int delta;
    };
    std::vector<Edge> edges;
    const double t0 = scale.startNs;
    const double t1 = scale.endNs();
    for (int laneIndex = 0; laneIndex < laneCount(); ++laneIndex) {
        const std::vector<WorkSlice> &slices = m_lanes[laneIndex].slices;
        auto it = std::lower_bound(slices.begin(), slices.end(), t0,
                                   [](const WorkSlice &s, double t) { return double(s.endNs) < t; });
        double from = 0;
        double to = -1e300;
        for (; it != slices.end() && it->startNs <= t1; ++it) {
            if (it->cpu != core)
                continue;
            const double x0 = scale.toX(it->startNs);
            const double x1 = std::max(scale.toX(it->endNs), x0 + 1e-9);
            if (x0 - to < 1) {
                to = std::max(to, x1);
                continue;
            }
            if (to > from) {
                edges.push_back({ from, laneIndex, 1 });
                edges.push_back({ to, laneIndex, -1 });
            }
            from = x0;
            to = x1;
        }
        if (to > from) {
            edges.push_back({ from, laneIndex, 1 });
            edges.push_back({ to, laneIndex, -1 });
        }
    }
    std::sort(edges.begin(), edges.end(),
              [](const Edge &a, const Edge &b) { return a.x < b.x || (a.x == b.x && a.delta < b.delta); });
    // Swept left to right: where two workers' stretches overlap, the slices only say that both
    // ran on this core by turns, not who ran when.
    std::vector<int> active(laneCount());
    int distinct = 0;
    std::vector<CoreSegment> out;
    const auto append = [&out](const CoreSegment &segment) {
        if (!out.empty()) {
            CoreSegment &last = out.back();
            const bool touching = segment.x0 - last.x1 < 1;
            if (touching && last.worker == segment.worker) {
                last.x1 = std::max(last.x1, segment.x1);
                return;
            }
            // Turns shorter than a pixel cannot be told apart either.
            if (touching && segment.x1 - segment.x0 < 1 && last.x1 - last.x0 < 1) {
                last.worker = -2;
                last.x1 = std::max(last.x1, segment.x1);
                return;
            }
        }
        out.push_back(segment);
    };
    for (size_t i = 0; i < edges.size(); ++i) {
        const Edge &edge = edges[i];
        if (edge.delta > 0 && active[edge.worker]++ == 0)
            ++distinct;
        if (edge.delta < 0 && --active[edge.worker] == 0)
            --distinct;
        if (i + 1 == edges.size() || distinct == 0 || edges[i + 1].x <= edge.x)
            continue;
        int worker = -2;
        if (distinct == 1)
            worker = int(std::find_if(active.begin(), active.end(), [](int n) { return n > 0; })
                         - active.begin());
        append({ edge.x, edges[i + 1].x, worker });
    }
    return out;
}

std::optional<std::pair<int, TimelineLanes::Job>> TimelineLanes::find(qint32 index) const
{
    // A finished job is in its worker's lane at its start, once update() has taken it.
    if (!m_store || index < 0 || index >= m_store->size() || !m_store->isFinished(index))
        return std::nullopt;
    const JobRecord &record = m_store->record(index);
    const int laneIndex = record.worker;
    if (laneIndex < 0 || laneIndex >= laneCount())
        return std::nullopt;
    const Jobs &jobs = m_lanes[laneIndex].jobs;
    if (givenUp(record, kindOf(*m_store, index))) {
        // Shown at the time it was given up rather than its own: look for it everywhere.
        for (const Job &job : jobs) {
            if (job.index == index)
                return std::make_pair(laneIndex, job);
        }
        return std::nullopt;
    }
    auto it = std::lower_bound(jobs.begin(), jobs.end(), record.startNs,
                               [](const Job &j, qint64 t) { return j.startNs < t; });
    for (; it != jobs.end() && it->startNs == record.startNs; ++it) {
        if (it->index == index)
            return std::make_pair(laneIndex, *it);
    }
    return std::nullopt;
}
