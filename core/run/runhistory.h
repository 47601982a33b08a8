#pragma once

#include "exportformat.h"
#include "runreport.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <algorithm>
#include <optional>

// One finished run as the history shows it: enough to compare models on one workload.
struct RunSummary
{
    QString mode;
    int workers = 0;
    QString workload; // its name, as the user knows it
    QString workloadKey; // the same numbers give the same key, whatever their name
    int numbers = 0;
    int checked = 0;
    double wallSeconds = 0;
    double cpuSeconds = 0; // the program's and its worker processes' CPU time during the run
    std::optional<double> speedup; // against the last sequential run of the same workload
    bool canceled = false;
    QDateTime finishedAt;

    // speedup / workers: how much of each worker's time turned into speed; nothing for a
    // mode that computes on one core at a time with more than one worker.
    std::optional<double> efficiency() const;
};

// The runs of a session, oldest first, each compared with the sequential baseline.
class RunHistory
{
public:
    // Adds a finished run; its speedup is measured against the latest complete sequential
    // run of the same numbers (itself, 1.0x, when it is one).
    const RunSummary &add(const RunReport &report, const QString &workloadKey,
                          const QDateTime &finishedAt = QDateTime::currentDateTime());
    const QList<RunSummary> &runs() const { return m_runs; }
    // The wall time of the latest complete sequential run of these numbers.
    std::optional<double> baselineSeconds(const QString &workloadKey) const;
    void clear()
    {
        m_runs.clear();
        m_firstRun = 1;
    }
    // The highest run number: what a JSON number (a double) holds exactly.
    static constexpr qint64 maxRunNumber = (qint64(1) << 53) - 1;

    // Takes the oldest runs off; the rest keep their numbers.
    void dropOldest(qsizetype count)
    {
        count = std::min(count, m_runs.size());
        m_runs.remove(0, count);
        m_firstRun = std::min(m_firstRun + count, maxRunNumber);
    }
    // The number of runs().first(): 1 unless runs were dropped.
    qint64 firstRunNumber() const { return m_firstRun; }
    // The runs of earlier sessions, as they were kept, numbered from firstRun as they were.
    void restore(QList<RunSummary> runs, qint64 firstRun = 1)
    {
        m_runs = std::move(runs);
        m_firstRun = std::clamp<qint64>(firstRun, 1, maxRunNumber);
    }

    // Keys the history by content: a pasted list equal to the book fixture is the book fixture.
    static QString keyFor(const QList<quint64> &numbers);

    // Exports, the runs numbered from firstRun.
    static QByteArray toCsv(const QList<RunSummary> &runs, qint64 firstRun = 1);
    static QByteArray toJson(const QList<RunSummary> &runs, qint64 firstRun = 1);
    static QByteArray toMarkdown(const QList<RunSummary> &runs, qint64 firstRun = 1);
    static QByteArray to(ExportFormat format, const QList<RunSummary> &runs, qint64 firstRun = 1);

private:
    QList<RunSummary> m_runs;
    qint64 m_firstRun = 1;
};
