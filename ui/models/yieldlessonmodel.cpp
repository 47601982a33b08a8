#include "yieldlessonmodel.h"

#include "napnoise.h"
#include "spinnerframes.h"

#include <cmath>

YieldLessonModel::YieldLessonModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int YieldLessonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lessons.size());
}

int YieldLessonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant YieldLessonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const YieldLesson &lesson = m_lessons.at(index.row());
    const auto column = Column(index.column());
    if (role == Qt::TextAlignmentRole)
        return column == Coroutine ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == Coroutine)
        return tr("is_prime(%1)").arg(lesson.number);
    if (role == Qt::ToolTipRole && column == Slowdown) {
        const QString why = doubt(lesson);
        return why.isEmpty() ? QVariant() : QVariant(why);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Coroutine:
        return lesson.neverYields()
            ? tr("never yields")
            : tr("yields every 2^%1").arg(qRound(std::log2(double(lesson.yieldEvery))));
    case Slice:
        return lesson.neverYields() ? tr("the whole check") : tr("≈ %1 ms").arg(lesson.sliceMs, 0, 'g', 2);
    case Time:
        return tr("%1 s").arg(lesson.seconds, 0, 'f', 2);
    case Slowdown:
        if (lesson.neverYields())
            return tr("baseline");
        return (lesson.plainMeasured ? tr("×%1") : tr("≈ ×%1")).arg(lesson.slowdown(), 0, 'f', 3)
            + (doubt(lesson).isEmpty() ? QString() : tr(" (doubtful)"));
    case LoopGap:
        return tr("%1 ms").arg(lesson.loopGapMs, 0, 'f', 1);
    case FrameGap:
        return tr("%1 ms").arg(qRound(lesson.frameGapMs));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant YieldLessonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Slowdown:
            return tr("The time of the check against the same check without naps");
        case LoopGap:
            return tr("The longest time the event loop went without handling its %1 ms pulse")
                .arg(YieldLesson::pulseMs);
        case FrameGap:
            return tr("The longest time between two spinner frames (due every %1 ms)")
                .arg(SpinnerFrames::intervalMs);
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Coroutine:
        return tr("Coroutine");
    case Slice:
        return tr("Slice");
    case Time:
        return tr("Time");
    case Slowdown:
        return tr("Against no naps");
    case LoopGap:
        return tr("Loop gap");
    case FrameGap:
        return tr("Frame gap");
    case ColumnCount:
        break;
    }
    return {};
}

QString YieldLessonModel::doubt(const YieldLesson &lesson)
{
    if (lesson.neverYields() || lesson.plainSeconds <= 0)
        return {};
    const QString noise = NapNoise::why(lesson.slowdown(), lesson.otherCores);
    if (noise.isEmpty())
        return {};
    QString why = tr("Faster than without naps: %1").arg(noise);
    if (!lesson.plainMeasured)
        why += tr("; the time without naps is an estimate: Freeze measures it");
    return why + tr(". Run both again on a quieter machine.");
}

const YieldLesson &YieldLessonModel::add(YieldLesson lesson, double estimatedPlainSeconds)
{
    if (lesson.neverYields()) {
        m_measuredPlainSeconds.insert(lesson.number, lesson.seconds);
        lesson.plainSeconds = lesson.seconds;
        lesson.plainMeasured = true;
    } else if (const auto measured = m_measuredPlainSeconds.constFind(lesson.number);
               measured != m_measuredPlainSeconds.cend()) {
        lesson.plainSeconds = *measured;
        lesson.plainMeasured = true;
    } else {
        lesson.plainSeconds = estimatedPlainSeconds;
        lesson.plainMeasured = false;
    }
    const int row = int(m_lessons.size());
    beginInsertRows({}, row, row);
    m_lessons.append(lesson);
    endInsertRows();
    return m_lessons.last();
}

void YieldLessonModel::clear()
{
    if (m_lessons.isEmpty())
        return;
    beginResetModel();
    m_lessons.clear();
    m_measuredPlainSeconds.clear();
    endResetModel();
}
