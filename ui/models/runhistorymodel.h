#pragma once

#include "runhistory.h"

#include <QAbstractTableModel>

// The runs of this session, one row each, so the models can be compared side by side.
class RunHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Run, Mode, Workers, Workload, Numbers, Wall, Cpu, Speedup, Efficiency, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit RunHistoryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const RunSummary &add(const RunReport &report, const QString &workloadKey);
    void clear();
    const RunHistory &history() const { return m_history; }

private:
    RunHistory m_history;
};
