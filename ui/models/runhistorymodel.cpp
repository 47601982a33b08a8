#include "runhistorymodel.h"

#include "celltext.h"
#include "mode.h"
#include "runhistoryfile.h"
#include "runhistorywriter.h"

RunHistoryModel::RunHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_writer(new RunHistoryWriter(this))
{
    connect(m_writer, &RunHistoryWriter::failed, this, &RunHistoryModel::storageFailed);
}

int RunHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_history.runs().size());
}

int RunHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Run:
            return tr("Run");
        case Mode:
            return tr("Mode");
        case Workers:
            return tr("Workers");
        case Workload:
            return tr("Workload");
        case Numbers:
            return tr("Numbers");
        case Wall:
            return tr("Wall (s)");
        case Cpu:
            return tr("CPU (s)");
        case Speedup:
            return tr("Speedup");
        case Efficiency:
            return tr("Efficiency");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Wall:
            return tr("Wall-clock time of the run, in seconds: from its start to its last answer");
        case Cpu:
            return tr("CPU time of Conviz and its worker processes during the run: about the wall time "
                      "when one core worked, up to workers × wall time when all did");
        case Speedup:
            return tr("The last complete sequential run of the same numbers divided by this run's wall time");
        case Efficiency:
            return tr("Speedup per worker: 100% means every worker's time became speed; none where the "
                      "workers compute one at a time (coroutines on one thread, threads under a GIL)");
        }
    }
    return {};
}

QVariant RunHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunSummary &run = m_history.runs().at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Run:
            return QString::number(m_history.firstRunNumber() + index.row());
        case Mode: {
            const std::optional<::Mode> mode = Modes::fromName(run.mode);
            return mode ? Modes::title(*mode) : run.mode;
        }
        case Workers:
            return QString::number(run.workers);
        case Workload:
            return CellText::workload(run.workload);
        case Numbers:
            return run.canceled ? tr("%1 of %2").arg(run.checked).arg(run.numbers)
                                : QString::number(run.numbers);
        case Wall:
            return QString::number(run.wallSeconds, 'f', 3) + (run.canceled ? tr(" (stopped)") : QString());
        case Cpu:
            return QString::number(run.cpuSeconds, 'f', 3);
        case Speedup:
            return run.speedup ? tr("%1x").arg(*run.speedup, 0, 'f', 2) : tr("–");
        case Efficiency:
            return run.efficiency() ? tr("%1%").arg(qRound(*run.efficiency() * 100)) : tr("–");
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Run:
            return m_history.firstRunNumber() + index.row();
        case Workers:
            return run.workers;
        case Numbers:
            return run.numbers;
        case Wall:
            return run.wallSeconds;
        case Cpu:
            return run.cpuSeconds;
        case Speedup:
            return run.speedup.value_or(-1.0);
        case Efficiency:
            return run.efficiency().value_or(-1.0);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == Mode || index.column() == Workload)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && index.column() == Speedup && !run.speedup) {
        return run.canceled ? tr("A stopped run did less work: no speedup is claimed for it")
                            : tr("Run the sequential mode on these numbers to get a baseline");
    }
    return {};
}

const RunSummary &RunHistoryModel::add(const RunReport &report, const QString &workloadKey)
{
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_history.add(report, workloadKey);
    endInsertRows();
    // The table holds what the file keeps: a session of many runs does not grow it forever.
    if (const int extra = rowCount() - RunHistoryFile::maxRuns; extra > 0) {
        beginRemoveRows({}, 0, extra - 1);
        m_history.dropOldest(extra);
        endRemoveRows();
    }
    store();
    return m_history.runs().constLast();
}

void RunHistoryModel::clear()
{
    beginResetModel();
    m_history.clear();
    endResetModel();
    store();
}

bool RunHistoryModel::keepIn(const QString &path, QString *error)
{
    m_path.clear();
    qint64 firstRun = 1;
    std::optional<QList<RunSummary>> runs = RunHistoryFile::load(path, error, &firstRun);
    if (!runs)
        return false;
    beginResetModel();
    m_history.restore(std::move(*runs), firstRun);
    endResetModel();
    m_path = path;
    return true;
}

bool RunHistoryModel::waitForStored(int msecs)
{
    return m_writer->waitForWritten(msecs);
}

void RunHistoryModel::store()
{
    if (!m_path.isEmpty())
        m_writer->save(m_path, m_history.runs(), m_history.firstRunNumber());
}
