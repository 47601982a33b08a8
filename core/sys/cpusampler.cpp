#include "cpusampler.h"

#include <QFile>
#include <QThread>

namespace {
// user nice system idle iowait irq softirq steal guest guest_nice; guest time is already
// counted in user and nice, so it is left out.
const char *const fieldNames[] = { "user", "nice", "system", "idle", "iowait", "irq", "softirq", "steal" };
constexpr int minimumFields = 4;
} // namespace

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

CpuSampler::CpuSampler(QObject *parent, const QString &statPath)
    : QObject(parent)
    , m_path(statPath)
{
    connect(&m_timer, &QTimer::timeout, this, &CpuSampler::sampleNow);
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
    if (m_previous) {
        m_loads = ProcStat::loads(*m_previous, *sample);
        Q_EMIT sampled(m_loads);
    }
    m_previous = sample;
    return true;
}
