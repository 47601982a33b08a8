#pragma once

#include "sweep.h"

#include <QAbstractTableModel>

// A scaling sweep, one row per worker count as Sweep::rows() sums its runs up: the speedup
// next to the ideal and to the bound the work itself sets.
class SweepModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Workers, Runs, WallMedian, Speedup, Ideal, Bound, Efficiency, ColumnCount };

    explicit SweepModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The rows so far: a sweep under way grows a row, or refines one, after every run.
    void setRows(const QList<SweepRow> &rows);
    const QList<SweepRow> &rows() const { return m_rows; }

private:
    QList<SweepRow> m_rows;
};
