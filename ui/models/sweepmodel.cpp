#include "sweepmodel.h"

#include "celltext.h"

SweepModel::SweepModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int SweepModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SweepModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SweepModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SweepRow &row = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Workers:
        return row.workers;
    case Runs:
        return row.runs;
    case WallMedian:
        return CellText::seconds(row.wallMedian);
    case Speedup:
        return CellText::times(row.speedup);
    case Ideal:
        return CellText::times(row.ideal);
    case Bound:
        return CellText::times(row.bound);
    case Efficiency:
        return CellText::percent(row.efficiency);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SweepModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Speedup:
            return tr("The sequential median over this median");
        case Ideal:
            return tr("One per worker: every worker's time turned into speed");
        case Bound:
            return tr("What the work allows: total / max(largest job, total / workers)");
        case Efficiency:
            return tr("Speedup per worker");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Workers:
        return tr("Workers");
    case Runs:
        return tr("Runs");
    case WallMedian:
        return tr("Wall median");
    case Speedup:
        return tr("Speedup");
    case Ideal:
        return tr("Ideal");
    case Bound:
        return tr("Bound");
    case Efficiency:
        return tr("Efficiency");
    case ColumnCount:
        break;
    }
    return {};
}

void SweepModel::setRows(const QList<SweepRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}
