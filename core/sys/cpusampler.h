#pragma once

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

namespace ProcStat {
// The per-core lines (cpu0, cpu1, ...) of /proc/stat; the aggregate "cpu" line is skipped.
// On bad content: nothing, and *error says where ("3:5: field 'nice' is not a number").
std::optional<QList<CpuTimes>> parse(const QByteArray &text, QString *error = nullptr);
// Load from 0 to 1 per core between two samples, as htop computes it. A core whose
// counters did not advance reads 0; a changed core count gives the new count, all 0.
QList<double> loads(const QList<CpuTimes> &before, const QList<CpuTimes> &after);
} // namespace ProcStat

// Samples /proc/stat a few times a second (the path is injectable so tests feed fixtures).
class CpuSampler : public QObject
{
    Q_OBJECT
public:
    explicit CpuSampler(QObject *parent = nullptr, const QString &statPath = QStringLiteral("/proc/stat"));

    void start(int intervalMs = 250);
    void stop();
    // Reads the file once; false with errorString() set on failure.
    bool sampleNow();
    // The latest loads, one per core (empty before the second sample).
    QList<double> loads() const { return m_loads; }
    int coreCount() const;
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void sampled(const QList<double> &loads);
    // Once per distinct error, not on every tick.
    void failed(const QString &message);

private:
    QString m_path;
    QTimer m_timer;
    std::optional<QList<CpuTimes>> m_previous;
    QList<double> m_loads;
    QString m_error;
};
