#pragma once

#include "runhistory.h"

#include <QAbstractTableModel>

class RunHistoryWriter;

// The runs, one row each, so the models can be compared side by side; kept between sessions
// when given a file.
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
    // Reads the runs kept in path and writes them there after every change, on a thread of
    // their own (storageFailed says when one could not be written). An unreadable file is left
    // alone (false, *error says why) and is not written over.
    bool keepIn(const QString &path, QString *error);
    // Waits until every change so far is in the file, at most msecs (false then).
    bool waitForStored(int msecs);
    QString storagePath() const { return m_path; }
    const RunHistory &history() const { return m_history; }

Q_SIGNALS:
    // The history could not be written to its file.
    void storageFailed(const QString &message);

private:
    void store();

    RunHistory m_history;
    QString m_path;
    RunHistoryWriter *m_writer;
};
