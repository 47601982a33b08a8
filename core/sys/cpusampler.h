#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <optional>

// Jiffies one core spent busy and in all, as /proc/stat counts them.
struct CpuTimes
{
    quint64 busy = 0;
    quint64 total = 0;
};

// CPU time one task (a thread or a process) has used, and the core it last ran on, from
// /proc/<pid>/stat or /proc/<pid>/task/<tid>/stat (jiffies, as /proc/stat counts them).
struct TaskTimes
{
    quint64 jiffies = 0; // utime + stime
    int processor = -1;
};

// One core's load from 0 to 1, split into this run's own share (the program's threads and
// its worker processes) and other programs'.
struct CoreUsage
{
    double own = 0;
    double other = 0;
    double busy() const { return own + other; }
};

// Every core's split at one moment, and in total as cores' worth of work ("1.4 cores busy").
struct CpuUsage
{
    QList<CoreUsage> cores;
    double ownCores() const;
    double otherCores() const;
};
Q_DECLARE_METATYPE(CpuUsage)

// The machine at one moment of a run: seconds from the run's start, for the trace's counters.
struct UtilizationSample
{
    double seconds = 0;
    CpuUsage usage;
};

namespace ProcPidStat {
// The command may hold spaces and parentheses: fields are counted after its last ')'.
// On bad content: nothing, and *error says which field.
std::optional<TaskTimes> parse(const QByteArray &text, QString *error = nullptr);
} // namespace ProcPidStat

namespace ProcStat {
// The per-core lines (cpu0, cpu1, ...) of /proc/stat; the aggregate "cpu" line is skipped.
// On bad content: nothing, and *error says where ("3:5: field 'nice' is not a number").
std::optional<QList<CpuTimes>> parse(const QByteArray &text, QString *error = nullptr);
// Load from 0 to 1 per core between two samples, as htop computes it. A core whose
// counters did not advance reads 0; a changed core count gives the new count, all 0.
QList<double> loads(const QList<CpuTimes> &before, const QList<CpuTimes> &after);
// Splits each core's busy time into own (ownJiffies[core]: what our tasks spent there
// between the samples) and other. Own never exceeds busy: jiffies a task is billed for on
// a core that looks less busy go to the cores with room left, as the kernel's per-task
// and per-core counters tick apart.
QList<CoreUsage> split(const QList<CpuTimes> &before, const QList<CpuTimes> &after,
                       const QList<quint64> &ownJiffies);
} // namespace ProcStat

// Samples /proc/stat a few times a second, and this program's own tasks
// (/proc/self/task/*/stat plus every watched worker process's /proc/<pid>/task/*/stat) to
// tell this run's load from other programs'. The paths are injectable so tests feed fixtures.
class CpuSampler : public QObject
{
    Q_OBJECT
public:
    explicit CpuSampler(QObject *parent = nullptr, const QString &statPath = QStringLiteral("/proc/stat"),
                        const QString &procRoot = QStringLiteral("/proc"));

    // The worker processes whose CPU time counts as this run's, besides this program's own.
    void setProcesses(const QList<qint64> &pids);

    void start(int intervalMs = 250);
    void stop();
    // Reads the file once; false with errorString() set on failure.
    bool sampleNow();
    // The latest loads, one per core (empty before the second sample).
    QList<double> loads() const { return m_loads; }
    // The latest loads split into own and other (empty before the second sample).
    CpuUsage usage() const { return m_usage; }
    int coreCount() const;
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void sampled(const QList<double> &loads);
    // With every sample after the first: the same loads split into own and other.
    void usageSampled(const CpuUsage &usage);
    // Once per distinct error, not on every tick.
    void failed(const QString &message);

private:
    // Jiffies our tasks spent on each core since the previous sample, those of the tasks that
    // ended meanwhile included.
    QList<quint64> ownJiffies(qsizetype cores);
    // /proc/<process>/stat: the whole process's time, its ended threads' included.
    std::optional<TaskTimes> processTimes(const QString &process) const;
    void addTasks(const QString &taskDir, const QString &keyPrefix, QHash<QString, TaskTimes> &tasks) const;

    QString m_path;
    QString m_procRoot;
    QList<qint64> m_pids;
    std::optional<QHash<QString, TaskTimes>> m_previousTasks;
    QHash<QString, TaskTimes> m_previousTotals; // per process ("self", a worker's pid)
    CpuUsage m_usage;
    QTimer m_timer;
    std::optional<QList<CpuTimes>> m_previous;
    QList<double> m_loads;
    QString m_error;
};
