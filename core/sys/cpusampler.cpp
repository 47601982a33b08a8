#include "cpusampler.h"

#include <QDir>
#include <QFile>
#include <QThread>

#include <algorithm>

namespace {
// user nice system idle iowait irq softirq steal guest guest_nice; guest time is already
// counted in user and nice, so it is left out.
const char *const fieldNames[] = { "user", "nice", "system", "idle", "iowait", "irq", "softirq", "steal" };
constexpr int minimumFields = 4;
// In /proc/<pid>/stat, counted from the state (field 3) after the command's ')'.
constexpr int utimeToken = 14 - 3;
constexpr int stimeToken = 15 - 3;
constexpr int processorToken = 39 - 3;
} // namespace

double CpuUsage::ownCores() const
{
    double sum = 0;
    for (const CoreUsage &core : cores)
        sum += core.own;
    return sum;
}

double CpuUsage::otherCores() const
{
    double sum = 0;
    for (const CoreUsage &core : cores)
        sum += core.other;
    return sum;
}

std::optional<TaskTimes> ProcPidStat::parse(const QByteArray &text, QString *error)
{
    const auto fail = [error](qsizetype column, const QString &why) {
        if (error)
            *error = QStringLiteral("1:%1: %2").arg(column).arg(why);
        return std::nullopt;
    };
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0)
        return fail(1, QStringLiteral("no '(command)' field"));
    QList<qsizetype> starts;
    QList<QByteArray> tokens;
    qsizetype position = close + 1;
    while (position < text.size()) {
        while (position < text.size() && (text.at(position) == ' ' || text.at(position) == '\n'))
            ++position;
        if (position >= text.size())
            break;
        qsizetype end = position;
        while (end < text.size() && text.at(end) != ' ' && text.at(end) != '\n')
            ++end;
        starts.append(position);
        tokens.append(text.mid(position, end - position));
        position = end;
    }
    if (tokens.size() <= stimeToken)
        return fail(
            text.size() + 1,
            QStringLiteral("expected at least %1 fields, got %2").arg(stimeToken + 3).arg(tokens.size() + 2));
    TaskTimes times;
    const std::pair<int, const char *> counters[] = { { utimeToken, "utime" }, { stimeToken, "stime" } };
    for (const auto &[token, name] : counters) {
        bool ok = false;
        const quint64 value = tokens.at(token).toULongLong(&ok);
        if (!ok)
            return fail(starts.at(token) + 1,
                        QStringLiteral("field '%1' is not a number: '%2'")
                            .arg(QLatin1String(name), QString::fromLatin1(tokens.at(token))));
        times.jiffies += value;
    }
    if (tokens.size() > processorToken) {
        bool ok = false;
        const int processor = tokens.at(processorToken).toInt(&ok);
        if (!ok || processor < 0)
            return fail(starts.at(processorToken) + 1,
                        QStringLiteral("field 'processor' is not a core: '%1'")
                            .arg(QString::fromLatin1(tokens.at(processorToken))));
        times.processor = processor;
    }
    return times;
}

std::optional<QList<CpuTimes>> ProcStat::parse(const QByteArray &text, QString *error)
{
    const auto fail = [error](int line, qsizetype column, const QString &why) {
        if (error)
            *error = QStringLiteral("%1:%2: %3").arg(line).arg(column).arg(why);
        return std::nullopt;
    };
    QList<CpuTimes> cores;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype l = 0; l < lines.size(); ++l) {
        const QByteArray &line = lines.at(l);
        const int lineNumber = int(l) + 1;
        // Only "cpuN": "cpu " is the sum of all, and other lines (intr, ctxt, ...) are not ours.
        if (!line.startsWith("cpu") || line.size() < 4 || line.at(3) < '0' || line.at(3) > '9')
            continue;
        qsizetype position = line.indexOf(' ');
        if (position < 0)
            return fail(lineNumber, line.size() + 1,
                        QStringLiteral("no counters after '%1'").arg(QString::fromLatin1(line)));
        bool ok = false;
        // Offline cores have no line, so the numbers may skip: the order is what counts.
        line.mid(3, position - 3).toUInt(&ok);
        if (!ok)
            return fail(lineNumber, 4,
                        QStringLiteral("'%1' is not a core").arg(QString::fromLatin1(line.left(position))));
        quint64 values[8] = {};
        int fields = 0;
        while (position < line.size() && fields < 10) {
            while (position < line.size() && line.at(position) == ' ')
                ++position;
            if (position >= line.size())
                break;
            qsizetype end = line.indexOf(' ', position);
            if (end < 0)
                end = line.size();
            const QByteArray token = line.mid(position, end - position).trimmed();
            const quint64 value = token.toULongLong(&ok);
            if (!ok) {
                const QString name
                    = fields < 8 ? QString::fromLatin1(fieldNames[fields]) : QStringLiteral("guest");
                return fail(
                    lineNumber, position + 1,
                    QStringLiteral("field '%1' is not a number: '%2'").arg(name, QString::fromLatin1(token)));
            }
            if (fields < 8)
                values[fields] = value;
            ++fields;
            position = end;
        }
        if (fields < minimumFields)
            return fail(
                lineNumber, line.size() + 1,
                QStringLiteral("expected at least %1 counters, got %2").arg(minimumFields).arg(fields));
        CpuTimes times;
        const quint64 idle = values[3] + values[4];
        times.busy = values[0] + values[1] + values[2] + values[5] + values[6] + values[7];
        times.total = times.busy + idle;
        cores.append(times);
    }
    if (cores.isEmpty())
        return fail(1, 1, QStringLiteral("no per-core 'cpuN' line"));
    return cores;
}

QList<double> ProcStat::loads(const QList<CpuTimes> &before, const QList<CpuTimes> &after)
{
    QList<double> result(after.size(), 0.0);
    if (before.size() != after.size())
        return result;
    for (qsizetype i = 0; i < after.size(); ++i) {
        const CpuTimes &a = before.at(i);
        const CpuTimes &b = after.at(i);
        // Counters that went back (a core brought offline and online) say nothing.
        if (b.total <= a.total || b.busy < a.busy)
            continue;
        result[i] = std::min(1.0, double(b.busy - a.busy) / double(b.total - a.total));
    }
    return result;
}

QList<CoreUsage> ProcStat::split(const QList<CpuTimes> &before, const QList<CpuTimes> &after,
                                 const QList<quint64> &ownJiffies)
{
    QList<CoreUsage> result(after.size());
    const QList<double> busy = loads(before, after);
    if (before.size() != after.size())
        return result;
    double spill = 0;
    for (qsizetype i = 0; i < after.size(); ++i) {
        const quint64 total
            = after.at(i).total > before.at(i).total ? after.at(i).total - before.at(i).total : 0;
        const double own = total > 0 ? double(ownJiffies.value(i)) / double(total) : 0.0;
        result[i].own = std::min(own, busy.at(i));
        result[i].other = busy.at(i) - result[i].own;
        spill += own - result[i].own;
    }
    for (CoreUsage &core : result) {
        const double take = std::min(spill, core.other);
        core.own += take;
        core.other -= take;
        spill -= take;
    }
    return result;
}

CpuSampler::CpuSampler(QObject *parent, const QString &statPath, const QString &procRoot)
    : QObject(parent)
    , m_path(statPath)
    , m_procRoot(procRoot)
{
    qRegisterMetaType<CpuUsage>();
    connect(&m_timer, &QTimer::timeout, this, &CpuSampler::sampleNow);
}

void CpuSampler::setProcesses(const QList<qint64> &pids)
{
    m_pids = pids;
}

void CpuSampler::addTasks(const QString &taskDir, const QString &keyPrefix,
                          QHash<QString, TaskTimes> &tasks) const
{
    // Tasks come and go between listing and reading: one that is gone has nothing to count.
    const QStringList ids = QDir(taskDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &id : ids) {
        QFile file(taskDir + QLatin1Char('/') + id + QLatin1String("/stat"));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        if (const std::optional<TaskTimes> times = ProcPidStat::parse(file.readAll()))
            tasks.insert(keyPrefix + id, *times);
    }
}

std::optional<TaskTimes> CpuSampler::processTimes(const QString &process) const
{
    QFile file(m_procRoot + QLatin1Char('/') + process + QLatin1String("/stat"));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return ProcPidStat::parse(file.readAll());
}

QList<quint64> CpuSampler::ownJiffies(qsizetype cores)
{
    QStringList processes { QStringLiteral("self") };
    for (qint64 pid : std::as_const(m_pids))
        processes << QString::number(pid);
    QHash<QString, TaskTimes> tasks;
    QHash<QString, TaskTimes> totals;
    for (const QString &process : std::as_const(processes)) {
        // The total first: read after its tasks, it would hold time they do not.
        if (const std::optional<TaskTimes> total = processTimes(process))
            totals.insert(process, *total);
        addTasks(m_procRoot + QLatin1Char('/') + process + QLatin1String("/task"), process + QLatin1Char('/'),
                 tasks);
    }
    QList<quint64> perCore(cores, 0);
    const auto coreOf = [cores](const TaskTimes &times) {
        return times.processor >= 0 && times.processor < cores ? times.processor : 0;
    };
    if (m_previousTasks && cores > 0) {
        QHash<QString, quint64> live; // per process: what its live tasks account for
        for (auto it = tasks.cbegin(); it != tasks.cend(); ++it) {
            // A task first seen now was born after the previous sample (or its process was
            // only just watched): all its time is new.
            const auto previous = m_previousTasks->constFind(it.key());
            const quint64 before = previous == m_previousTasks->cend() ? 0 : previous->jiffies;
            const quint64 delta = it->jiffies >= before ? it->jiffies - before : 0;
            perCore[coreOf(*it)] += delta;
            live[it.key().section(QLatin1Char('/'), 0, 0)] += delta;
        }
        // A process's own total counts its ended threads too: when tasks of it ended since the
        // previous sample (a run's workers, at its end), what its live tasks do not account for
        // is their last stretch, put on the cores they last ran on. Without it, that stretch
        // went to "other programs". Only then: the total and the tasks' sum are rounded apart
        // by a tick or two, which is no one's load.
        for (auto total = totals.cbegin(); total != totals.cend(); ++total) {
            QList<qsizetype> lastCores;
            const QString prefix = total.key() + QLatin1Char('/');
            for (auto it = m_previousTasks->cbegin(); it != m_previousTasks->cend(); ++it) {
                if (it.key().startsWith(prefix) && !tasks.contains(it.key()))
                    lastCores << coreOf(*it);
            }
            const auto before = m_previousTotals.constFind(total.key());
            if (lastCores.isEmpty() || before == m_previousTotals.cend() || total->jiffies < before->jiffies)
                continue;
            const quint64 delta = total->jiffies - before->jiffies;
            const quint64 ended = delta > live.value(total.key()) ? delta - live.value(total.key()) : 0;
            for (qsizetype i = 0; i < lastCores.size(); ++i)
                perCore[lastCores.at(i)] += ended / quint64(lastCores.size())
                    + (quint64(i) < ended % quint64(lastCores.size()) ? 1 : 0);
        }
    }
    m_previousTasks = std::move(tasks);
    m_previousTotals = std::move(totals);
    return perCore;
}

void CpuSampler::start(int intervalMs)
{
    m_timer.start(intervalMs);
    sampleNow();
}

void CpuSampler::stop()
{
    m_timer.stop();
}

int CpuSampler::coreCount() const
{
    return m_previous ? int(m_previous->size()) : std::max(1, QThread::idealThreadCount());
}

bool CpuSampler::sampleNow()
{
    QFile file(m_path);
    QString error;
    std::optional<QList<CpuTimes>> sample;
    if (!file.open(QIODevice::ReadOnly))
        error = QStringLiteral("%1: %2").arg(m_path, file.errorString());
    else if (sample = ProcStat::parse(file.readAll(), &error); !sample)
        error = QStringLiteral("%1:%2").arg(m_path, error);
    if (!sample) {
        if (error != m_error)
            Q_EMIT failed(error);
        m_error = error;
        return false;
    }
    m_error.clear();
    const QList<quint64> own = ownJiffies(sample->size());
    if (m_previous) {
        m_loads = ProcStat::loads(*m_previous, *sample);
        m_usage.cores = ProcStat::split(*m_previous, *sample, own);
        Q_EMIT sampled(m_loads);
        Q_EMIT usageSampled(m_usage);
    }
    m_previous = sample;
    return true;
}
