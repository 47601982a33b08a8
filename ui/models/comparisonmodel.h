#pragma once

#include "comparison.h"

#include <QAbstractTableModel>

// The comparison of the modes, one row per mode as Comparison::rows() sums its runs up, with
// hyperfine's relative column (each median over the fastest).
class ComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Mode,
        Workers,
        Runs,
        WallMedian,
        WallMin,
        WallMax,
        Cpu,
        Speedup,
        Efficiency,
        Relative,
        ColumnCount
    };

    explicit ComparisonModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The rows so far: a comparison under way grows a row, or refines one, after every run.
    void setRows(const QList<ComparisonRow> &rows);
    const QList<ComparisonRow> &rows() const { return m_rows; }

private:
    QList<ComparisonRow> m_rows;
    QList<double> m_relative;
};
