#pragma once

#include "jobresult.h"
#include "runstore.h"
#include "workerinfo.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <memory>

// What changed since the last repaint: the jobs finished (already in the store) and what
// each busy worker is checking now.
struct ResultsBatch
{
    struct Running
    {
        int worker = -1;
        double fraction = 0;
    };
    QList<int> finished; // indexes
    QHash<int, Running> running; // index -> who checks it and how far; replaces the last one
    bool runningChanged = false;
    bool isEmpty() const { return finished.isEmpty() && !runningChanged; }
    // Empty again; the list keeps its memory for the next batch.
    void clear()
    {
        finished.clear();
        running.clear();
        runningChanged = false;
    }
};

// The results table: one row per number from the start, pending -> running (with its live
// percentage) -> done, in input order. Rows are read straight from the run's RunStore (no
// copy per row); updates arrive in batches so a run of 1,000,000 numbers repaints a few
// dozen times a second, not 1,000,000 times.
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

    // Numbers about to run: every one pending.
    void reset(const QList<quint64> &numbers);
    // A run's store: rows follow it from now on (finished jobs show once a batch names them).
    void reset(std::shared_ptr<const RunStore> store);
    void setWorkers(const QList<WorkerInfo> &workers);
    void apply(const ResultsBatch &batch);
    // The run ended: what never finished is marked unchecked (stopped).
    void finishRun();

    // The texts that decide how wide a column must be for these numbers and these workers
    // (for the times, a typical one): the widest of them fits.
    QStringList widthSamples(int column) const;

    State state(int row) const;
    JobResult result(int row) const { return m_store->result(row); }
    int doneCount() const { return m_done; }
    int runningCount() const { return int(m_running.size()); }

Q_SIGNALS:
    // A worker's label changed (a process's pid came with its handshake): the Worker column
    // may need more room.
    void workersChanged();

private:
    QVariant display(int row, int column) const;
    QVariant sortKey(int row, int column) const;
    // What a row's state means, in words: every cell's tooltip.
    QString stateTip(int row) const;
    QString workerLabel(int worker) const;
    void touch(int row);
    // Whether every row is pending and they list these numbers, in order.
    template<typename NumberAt> bool listsPending(qsizetype size, NumberAt numberAt) const;

    std::shared_ptr<const RunStore> m_store;
    // Rows this model has been told are finished (the store may already hold more).
    std::vector<bool> m_shown;
    QHash<int, ResultsBatch::Running> m_running;
    QHash<int, WorkerInfo> m_workers;
    int m_done = 0;
    bool m_ended = false;
    int m_first = 0;
    int m_last = -1;
};
