#include "comparisonmodel.h"

#include "celltext.h"
#include "comparisonexport.h"
#include "mode.h"

ComparisonModel::ComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ComparisonRow &row = m_rows.at(index.row());
    const auto column = Column(index.column());
    if (role == Qt::TextAlignmentRole)
        return column == Mode ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == Mode)
        return row.mode; // the name the command line and the exports use
    if (role == Qt::ToolTipRole && column == Efficiency && !row.efficiency && row.speedup)
        return tr("Its workers share one thread: speedup per worker would mean nothing");
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Mode: {
        const std::optional<::Mode> mode = Modes::fromName(row.mode);
        return mode ? Modes::title(*mode) : row.mode;
    }
    case Workers:
        return row.workers;
    case Runs:
        return row.runs;
    case WallMedian:
        return CellText::seconds(row.wallMedian);
    case WallMin:
        return CellText::seconds(row.wallMin);
    case WallMax:
        return CellText::seconds(row.wallMax);
    case Cpu:
        return CellText::seconds(row.cpuMedian);
    case Speedup:
        return CellText::times(row.speedup);
    case Efficiency:
        return CellText::percent(row.efficiency);
    case Relative:
        return QString::number(m_relative.at(index.row()), 'f', 2);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case WallMedian:
            return tr("Wall time, the median of the runs");
        case Cpu:
            return tr("The run's own CPU time (median): this program and its worker processes");
        case Speedup:
            return tr("The sequential median over this median");
        case Efficiency:
            return tr("Speedup per worker");
        case Relative:
            return tr("This median over the fastest one, as hyperfine reports");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Mode:
        return tr("Mode");
    case Workers:
        return tr("Workers");
    case Runs:
        return tr("Runs");
    case WallMedian:
        return tr("Wall median");
    case WallMin:
        return tr("Min");
    case WallMax:
        return tr("Max");
    case Cpu:
        return tr("CPU");
    case Speedup:
        return tr("Speedup");
    case Efficiency:
        return tr("Efficiency");
    case Relative:
        return tr("Relative");
    case ColumnCount:
        break;
    }
    return {};
}

void ComparisonModel::setRows(const QList<ComparisonRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    QList<double> medians;
    for (const ComparisonRow &row : m_rows)
        medians << row.wallMedian;
    m_relative = ComparisonExport::relative(medians);
    endResetModel();
}
