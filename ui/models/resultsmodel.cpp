#include "resultsmodel.h"

#include "millerrabin.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace {
QString seconds(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}
} // namespace

ResultsModel::ResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int ResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Index:
            return tr("#");
        case Number:
            return tr("Number");
        case Prime:
            return tr("Prime");
        case Elapsed:
            return tr("Elapsed (s)");
        case Worker:
            return tr("Worker");
        case Start:
            return tr("Start (s)");
        case End:
            return tr("End (s)");
        case Attempts:
            return tr("Attempts");
        case Verified:
            return tr("Verified");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Prime:
            return tr("P for a prime, as the book prints it; while a number is being checked, how far the "
                      "trial division has got");
        case Start:
        case End:
            return tr("Seconds from the start of the run");
        case Attempts:
            return tr("How many times the number was handed to a worker (a worker process that dies is "
                      "replaced and its job retried)");
        case Verified:
            return tr("The answer checked against a deterministic Miller-Rabin test");
        }
    }
    return {};
}

QString ResultsModel::workerLabel(int worker) const
{
    const auto it = m_workers.constFind(worker);
    if (it == m_workers.cend())
        return worker >= 0 ? QString::number(worker + 1) : QString();
    if (it->pid > 0)
        return tr("%1 (pid %2)").arg(it->label).arg(it->pid);
    return it->label;
}

QVariant ResultsModel::display(const Row &row, int column) const
{
    const JobResult &r = row.result;
    const bool done = row.state == State::Done;
    switch (column) {
    case Index:
        return QString::number(&row - m_rows.constData() + 1);
    case Number:
        return QString::number(r.number);
    case Prime:
        switch (row.state) {
        case State::Pending:
            return QString();
        case State::Running:
            return tr("%1%").arg(int(row.fraction * 100));
        case State::Done:
            return r.prime ? tr("P") : QStringLiteral("–");
        case State::Failed:
            return tr("error");
        case State::Unchecked:
            return tr("stopped");
        }
        return {};
    case Elapsed:
        return done ? seconds(r.elapsed, 6) : QString();
    case Worker:
        return row.state == State::Pending ? QString() : workerLabel(r.worker);
    case Start:
        return done ? seconds(r.start, 3) : QString();
    case End:
        return done ? seconds(r.end, 3) : QString();
    case Attempts:
        return done || row.state == State::Failed ? QString::number(r.attempts) : QString();
    case Verified:
        if (!done)
            return QString();
        return row.verified ? tr("✓") : tr("✗ wrong");
    }
    return {};
}

QVariant ResultsModel::sortKey(const Row &row, int column) const
{
    const JobResult &r = row.result;
    const bool done = row.state == State::Done;
    switch (column) {
    case Index:
        return qlonglong(&row - m_rows.constData());
    case Number:
        return qulonglong(r.number);
    case Prime:
        // Done primes, done composites, then the rest by how far along they are.
        return done ? (r.prime ? 3.0 : 2.0) : row.fraction;
    case Elapsed:
        return done ? r.elapsed : -1.0;
    case Worker:
        return row.state == State::Pending ? -1 : r.worker;
    case Start:
        return done ? r.start : -1.0;
    case End:
        return done ? r.end : -1.0;
    case Attempts:
        return done ? r.attempts : 0;
    case Verified:
        return done ? int(row.verified) : -1;
    }
    return {};
}

QVariant ResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case SortRole:
        return sortKey(row, index.column());
    case StateRole:
        return int(row.state);
    case FractionRole:
        return row.state == State::Running ? row.fraction : row.state == State::Done ? 1.0 : 0.0;
    case Qt::TextAlignmentRole:
        if (index.column() == Worker)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        if (index.column() == Prime || index.column() == Verified)
            return QVariant::fromValue(Qt::AlignCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (row.state == State::Running) {
            QColor highlight = QGuiApplication::palette().color(QPalette::Highlight);
            highlight.setAlpha(45);
            return QBrush(highlight);
        }
        return {};
    case Qt::ForegroundRole:
        if (row.state == State::Failed || (row.state == State::Done && !row.verified))
            return QBrush(QColor(0xc0, 0x1c, 0x28));
        if (row.state == State::Pending || row.state == State::Unchecked)
            return QBrush(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case Qt::ToolTipRole:
        if (row.state == State::Failed)
            return row.result.error;
        if (row.state == State::Done && !row.verified)
            return tr("Miller-Rabin disagrees with this answer");
        return {};
    }
    return {};
}

void ResultsModel::reset(const QList<quint64> &numbers)
{
    beginResetModel();
    m_rows.clear();
    m_rows.resize(numbers.size());
    for (qsizetype i = 0; i < numbers.size(); ++i)
        m_rows[i].result.number = numbers.at(i);
    m_workers.clear();
    m_done = 0;
    endResetModel();
}

void ResultsModel::setWorkers(const QList<WorkerInfo> &workers)
{
    bool changed = false;
    for (const WorkerInfo &worker : workers) {
        const auto it = m_workers.constFind(worker.id);
        if (it != m_workers.cend() && it->label == worker.label && it->pid == worker.pid)
            continue;
        m_workers.insert(worker.id, worker);
        changed = true;
    }
    if (changed && !m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Worker), index(rowCount() - 1, Worker), { Qt::DisplayRole });
}

void ResultsModel::apply(const ResultsBatch &batch)
{
    int first = int(m_rows.size());
    int last = -1;
    const auto touch = [&](int row) {
        first = std::min(first, row);
        last = std::max(last, row);
    };
    const auto valid = [this](int row) { return row >= 0 && row < m_rows.size(); };
    for (const auto &[job, worker] : batch.started) {
        if (!valid(job) || m_rows[job].state == State::Done)
            continue;
        Row &row = m_rows[job];
        row.state = State::Running;
        row.fraction = 0;
        row.result.worker = worker;
        touch(job);
    }
    for (auto it = batch.progress.cbegin(); it != batch.progress.cend(); ++it) {
        if (!valid(it.key()) || m_rows[it.key()].state != State::Running)
            continue;
        m_rows[it.key()].fraction = it.value();
        touch(it.key());
    }
    for (const JobResult &result : batch.finished) {
        if (!valid(result.index))
            continue;
        Row &row = m_rows[result.index];
        if (row.state != State::Done)
            ++m_done;
        row.result = result;
        row.fraction = 1;
        row.state = result.error.isEmpty() ? State::Done : State::Failed;
        row.verified = row.state == State::Done && MillerRabin::isPrime(result.number) == result.prime;
        touch(result.index);
    }
    if (last >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void ResultsModel::finishRun()
{
    int first = int(m_rows.size());
    int last = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        if (row.state != State::Pending && row.state != State::Running)
            continue;
        row.state = State::Unchecked;
        row.fraction = 0;
        first = std::min(first, i);
        last = i;
    }
    if (last >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

int ResultsModel::runningCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const Row &row) { return row.state == State::Running; }));
}
