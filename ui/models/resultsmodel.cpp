#include "resultsmodel.h"

#include "statuscolors.h"

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
    return parent.isValid() || !m_store ? 0 : int(m_store->size());
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

ResultsModel::State ResultsModel::state(int row) const
{
    if (m_shown[row])
        return m_store->status(row) == JobStatus::Failed ? State::Failed : State::Done;
    if (m_running.contains(row))
        return State::Running;
    return m_ended ? State::Unchecked : State::Pending;
}

QVariant ResultsModel::display(int row, int column) const
{
    const State state = this->state(row);
    const bool done = state == State::Done;
    const JobRecord &r = m_store->record(row);
    const bool finished = done || state == State::Failed;
    switch (column) {
    case Index:
        return QString::number(row + 1);
    case Number:
        return QString::number(m_store->number(row));
    case Prime:
        switch (state) {
        case State::Pending:
            return QString();
        case State::Running:
            return tr("%1%").arg(int(m_running.value(row).fraction * 100));
        case State::Done:
            return (r.flags & JobRecord::Prime) ? tr("P") : QStringLiteral("–");
        case State::Failed:
            return tr("error");
        case State::Unchecked:
            return tr("stopped");
        }
        return {};
    case Elapsed:
        return done ? seconds(double(r.elapsedNs) / 1e9, 6) : QString();
    case Worker:
        if (state == State::Running)
            return workerLabel(m_running.value(row).worker);
        return finished ? workerLabel(r.worker) : QString();
    case Start:
        return done ? seconds(double(r.startNs) / 1e9, 3) : QString();
    case End:
        return done ? seconds(double(r.endNs) / 1e9, 3) : QString();
    case Attempts:
        return finished ? QString::number(r.attempts) : QString();
    case Verified:
        if (!done)
            return QString();
        return (r.flags & JobRecord::Verified) ? tr("✓") : tr("✗ wrong");
    }
    return {};
}

QString ResultsModel::stateTip(int row) const
{
    const JobRecord &r = m_store->record(row);
    switch (state(row)) {
    case State::Pending:
        return tr("Pending: waiting for a worker");
    case State::Running:
        return tr("Being checked by %1: %2% of its trial division done")
            .arg(workerLabel(m_running.value(row).worker))
            .arg(int(m_running.value(row).fraction * 100));
    case State::Done: {
        const QString answer = (r.flags & JobRecord::Prime)
            ? tr("Prime, checked by %1").arg(workerLabel(r.worker))
            : tr("Composite, checked by %1").arg(workerLabel(r.worker));
        if (r.attempts <= 1)
            return answer;
        return answer + QLatin1Char('\n')
            + tr("Retried: handed to a worker %n time(s), as a worker process died", nullptr,
                 int(r.attempts));
    }
    case State::Failed:
        return m_store->error(row);
    case State::Unchecked:
        return tr("Not checked: the run was stopped first");
    }
    return {};
}

QVariant ResultsModel::sortKey(int row, int column) const
{
    const State state = this->state(row);
    const bool done = state == State::Done;
    const JobRecord &r = m_store->record(row);
    switch (column) {
    case Index:
        return qlonglong(row);
    case Number:
        return qulonglong(m_store->number(row));
    case Prime:
        // Done primes, done composites, then the rest by how far along they are.
        if (done)
            return (r.flags & JobRecord::Prime) ? 3.0 : 2.0;
        return state == State::Running ? m_running.value(row).fraction : 0.0;
    case Elapsed:
        return done ? double(r.elapsedNs) / 1e9 : -1.0;
    case Worker:
        if (state == State::Running)
            return m_running.value(row).worker;
        return done || state == State::Failed ? r.worker : -1;
    case Start:
        return done ? double(r.startNs) / 1e9 : -1.0;
    case End:
        return done ? double(r.endNs) / 1e9 : -1.0;
    case Attempts:
        return done ? int(r.attempts) : 0;
    case Verified:
        return done ? int(bool(r.flags & JobRecord::Verified)) : -1;
    }
    return {};
}

QVariant ResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const State state = this->state(row);
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case SortRole:
        return sortKey(row, index.column());
    case StateRole:
        return int(state);
    case FractionRole:
        return state == State::Running ? m_running.value(row).fraction : state == State::Done ? 1.0 : 0.0;
    case Qt::TextAlignmentRole:
        if (index.column() == Worker)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        if (index.column() == Prime || index.column() == Verified)
            return QVariant::fromValue(Qt::AlignCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (state == State::Running) {
            QColor highlight = QGuiApplication::palette().color(QPalette::Highlight);
            highlight.setAlpha(45);
            return QBrush(highlight);
        }
        return {};
    case Qt::ForegroundRole:
        if (state == State::Failed
            || (state == State::Done && !(m_store->record(row).flags & JobRecord::Verified)))
            return QBrush(StatusColors::error(QGuiApplication::palette()));
        if (state == State::Pending || state == State::Unchecked)
            return QBrush(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
        // The timeline's colours: the legend under the table names them.
        if (state == State::Done && index.column() == Prime)
            return QBrush((m_store->record(row).flags & JobRecord::Prime)
                              ? StatusColors::prime(QGuiApplication::palette())
                              : StatusColors::composite(QGuiApplication::palette()));
        if (state == State::Done && index.column() == Attempts && m_store->record(row).attempts > 1)
            return QBrush(StatusColors::retried(QGuiApplication::palette()));
        return {};
    case Qt::ToolTipRole:
        if (state == State::Failed)
            return m_store->error(row);
        if (state == State::Done && !(m_store->record(row).flags & JobRecord::Verified))
            return tr("Miller-Rabin disagrees with this answer");
        return stateTip(row);
    }
    return {};
}

template<typename NumberAt> bool ResultsModel::listsPending(qsizetype size, NumberAt numberAt) const
{
    if (!m_store || m_store->workerSlots() != 0 || m_store->finishedCount() != 0 || m_store->size() != size)
        return false;
    qsizetype i = 0;
    while (i < size && m_store->number(i) == numberAt(i))
        ++i;
    return i == size;
}

void ResultsModel::reset(const QList<quint64> &numbers)
{
    // The same numbers listed again before a run (the window lists them on every change of
    // its controls, and again as the run starts): a million pending rows are not rebuilt.
    if (listsPending(numbers.size(), [&numbers](qsizetype i) { return numbers.at(i); }))
        return;
    reset(std::make_shared<const RunStore>(numbers, 0, RunStore::Purpose::Listing));
}

void ResultsModel::reset(std::shared_ptr<const RunStore> store)
{
    // A run of the numbers listed pending: the rows stay what they are, only the store behind
    // them changes, so a million rows are not reset (nor a view's sections, nor a proxy's map).
    if (store->finishedCount() == 0
        && listsPending(store->size(), [&store](qsizetype i) { return store->number(i); })) {
        m_store = std::move(store);
        m_running.clear();
        m_workers.clear();
        return;
    }
    beginResetModel();
    m_store = std::move(store);
    m_shown.assign(size_t(m_store->size()), false);
    m_running.clear();
    m_workers.clear();
    m_done = 0;
    m_ended = false;
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
    if (!changed)
        return;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Worker), index(rowCount() - 1, Worker), { Qt::DisplayRole });
    Q_EMIT workersChanged();
}

QStringList ResultsModel::widthSamples(int column) const
{
    switch (column) {
    case Index:
        return { QString::number(rowCount()) };
    case Number:
        return { QString::number(m_store ? m_store->largestNumber() : 0) };
    case Prime:
        return { tr("P"), tr("error"), tr("stopped"), tr("%1%").arg(100) };
    case Elapsed:
        return { seconds(0.5, 6) };
    case Worker: {
        QStringList labels;
        for (auto it = m_workers.cbegin(); it != m_workers.cend(); ++it)
            labels.append(workerLabel(it.key()));
        return labels;
    }
    case Start:
    case End:
        return { seconds(10, 3) };
    case Attempts:
        return { QString::number(10) };
    case Verified:
        return { tr("✓"), tr("✗ wrong") };
    }
    return {};
}

void ResultsModel::touch(int row)
{
    m_first = std::min(m_first, row);
    m_last = std::max(m_last, row);
}

void ResultsModel::apply(const ResultsBatch &batch)
{
    m_first = rowCount();
    m_last = -1;
    const auto valid = [this](int row) { return row >= 0 && row < rowCount(); };
    for (int row : batch.finished) {
        // Only what the store really holds as finished, and each row once.
        if (!valid(row) || m_shown[row] || !m_store->isFinished(row))
            continue;
        m_shown[row] = true;
        ++m_done;
        m_running.remove(row);
        touch(row);
    }
    if (batch.runningChanged) {
        for (auto it = m_running.cbegin(); it != m_running.cend(); ++it)
            touch(it.key());
        m_running.clear();
        for (auto it = batch.running.cbegin(); it != batch.running.cend(); ++it) {
            if (!valid(it.key()) || m_shown[it.key()])
                continue;
            m_running.insert(it.key(), it.value());
            touch(it.key());
        }
    }
    if (m_last >= 0)
        Q_EMIT dataChanged(index(m_first, 0), index(m_last, ColumnCount - 1));
}

void ResultsModel::finishRun()
{
    m_first = rowCount();
    m_last = -1;
    for (auto it = m_running.cbegin(); it != m_running.cend(); ++it)
        touch(it.key());
    m_running.clear();
    m_ended = true;
    // Every row not finished turns from pending to stopped.
    for (int row = 0; row < rowCount(); ++row) {
        if (!m_shown[row]) {
            touch(row);
            break;
        }
    }
    for (int row = rowCount() - 1; row >= 0 && m_last < row; --row) {
        if (!m_shown[row]) {
            touch(row);
            break;
        }
    }
    if (m_last >= 0)
        Q_EMIT dataChanged(index(m_first, 0), index(m_last, ColumnCount - 1));
}
