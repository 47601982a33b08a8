#pragma once

#include "napsweep.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QMetaType>

// One run of the spinner lab's blocking lesson: is_prime(number) in a coroutine on the
// event loop, never yielding (spinner_prime_async_broken.py) or napping every K divisions
// (spinner_prime_async_nap.py), with what it cost and what the event loop felt.
struct YieldLesson
{
    // The period of the timer that measures the event loop's waits (loopGapMs).
    static constexpr int pulseMs = NapSweep::pulseMs;

    quint64 number = 0;
    quint64 yieldEvery = 0; // 0: never yields
    double seconds = 0;
    double sliceMs = 0; // the time of one slice of yieldEvery divisions, estimated
    double loopGapMs = 0; // the longest wait of the event loop's pulse
    double frameGapMs = 0; // the longest time between two spinner frames
    // The check without naps, for the slowdown: measured by an earlier run of the same
    // number that never yielded, else estimated from the division rate.
    double plainSeconds = 0;
    bool plainMeasured = false;
    // Cores' worth of work other programs did while the lesson ran (0 when unknown).
    double otherCores = 0;

    bool neverYields() const { return yieldEvery == 0; }
    double slowdown() const { return plainSeconds > 0 ? seconds / plainSeconds : 0; }
};
Q_DECLARE_METATYPE(YieldLesson)

// The lesson's runs, one row each, so K's trade-off between responsiveness (the gaps) and
// throughput (the slowdown) is read off a table.
class YieldLessonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Coroutine, Slice, Time, Slowdown, LoopGap, FrameGap, ColumnCount };

    explicit YieldLessonModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Appends a run. A run that never yields becomes the measured baseline of its number;
    // a napping run is compared with that baseline, or with estimatedPlainSeconds when the
    // number was never run without naps. Returns the row as stored.
    const YieldLesson &add(YieldLesson lesson, double estimatedPlainSeconds);
    const YieldLesson &lesson(int row) const { return m_lessons.at(row); }
    // Why a result contradicts the lesson, or nothing when it does not: naps cannot make the
    // check faster, so a slowdown below 1.0 is noise, and on a busy machine it says so.
    static QString doubt(const YieldLesson &lesson);
    void clear();

private:
    QList<YieldLesson> m_lessons;
    QHash<quint64, double> m_measuredPlainSeconds; // by number
};
