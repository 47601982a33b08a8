#pragma once

#include "jobresult.h"
#include "workerinfo.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

// One batch of what the workers did since the last repaint.
struct ResultsBatch
{
    QList<QPair<int, int>> started; // (index, worker)
    QHash<int, double> progress; // index -> fraction, latest only
    QList<JobResult> finished;
    bool isEmpty() const { return started.isEmpty() && progress.isEmpty() && finished.isEmpty(); }
};

// The results table: one row per number from the start, pending -> running (with its live
// percentage) -> done, in input order. Updates arrive in batches so a run of 100,000
// numbers repaints a few dozen times a second, not 100,000 times.
class ResultsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Index, Number, Prime, Elapsed, Worker, Start, End, Attempts, Verified, ColumnCount };
    enum class State { Pending, Running, Done, Failed, Unchecked };
    enum Role { StateRole = Qt::UserRole + 1, FractionRole, SortRole };

    explicit ResultsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A new run: every number pending.
    void reset(const QList<quint64> &numbers);
    void setWorkers(const QList<WorkerInfo> &workers);
    void apply(const ResultsBatch &batch);
    // The run ended: what never finished is marked unchecked (stopped).
    void finishRun();

    State state(int row) const { return m_rows.at(row).state; }
    const JobResult &result(int row) const { return m_rows.at(row).result; }
    int doneCount() const { return m_done; }
    int runningCount() const;

private:
    struct Row
    {
        JobResult result;
        State state = State::Pending;
        double fraction = 0;
        bool verified = false;
    };
    QVariant display(const Row &row, int column) const;
    QVariant sortKey(const Row &row, int column) const;
    QString workerLabel(int worker) const;

    QList<Row> m_rows;
    QHash<int, WorkerInfo> m_workers;
    int m_done = 0;
};
