#pragma once

#include "cpusampler.h"
#include "mode.h"
#include "resultsexport.h"
#include "runhistory.h"
#include "runoptions.h"
#include "runreport.h"
#include "workload.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>

class QIODevice;

#include <memory>
#include <optional>

class ResultsModel;
class RunHistoryModel;
class RunMonitor;
class Runner;

// The window's run, without a single widget: one runner at a time, the results model fed
// from its store, the run history, and the exports of what ran. Tests drive it directly; the
// window only presents it.
class RunController : public QObject
{
    Q_OBJECT
public:
    // How long the destructor waits for an export under way to stop.
    static constexpr int exportFinishMs = 5000;

    explicit RunController(QObject *parent = nullptr);
    // Stops an export under way, waiting at most exportFinishMs for it (a warning says when a
    // disk that does not answer kept it longer).
    ~RunController() override;

    ResultsModel *results() const { return m_results; }
    RunHistoryModel *history() const { return m_history; }
    RunMonitor *monitor() const { return m_monitor; }

    // Starts checking the workload; false while a run is under way.
    bool start(const Workload &workload, Mode mode, const RunOptions &options);
    // Stops every worker at its next slice; ended() follows.
    void stop();
    // Ends the run at once (the window is closing): no worker is left behind, no signal follows.
    void abandon();
    // From start() until finished() or failed(): a run that ended waiting for its
    // workload's key (see start()) is still running.
    bool isRunning() const;
    bool isCanceling() const;
    // Whether a run was started since launch, and the latest one (finished, stopped, or under way).
    bool hasReport() const { return m_runner != nullptr; }
    RunReport lastReport() const;
    Mode lastMode() const { return m_mode; }
    const RunOptions &lastOptions() const { return m_options; }
    double elapsedSeconds() const;
    // The latest complete sequential run of the numbers last started.
    std::optional<double> baselineSeconds() const;
    // Why the last finished run's speedup is far below the ideal (other programs on the cores,
    // the jobs' sizes, the mode's own costs), or nothing when it is not (SpeedupCheck).
    QString speedupNote() const { return m_speedupNote; }

    // false with lastError() set on failure; the format comes from the extension.
    bool exportResults(const QString &path);
    // The same on a worker thread, so the window stays live while a big run is written: the
    // file appears whole or not at all, exportProgress follows while it is written and
    // exportFinished at the end (lastError() set on failure). false at once, with lastError(),
    // when it cannot start: an unknown extension, a run or another export under way.
    bool startResultsExport(const QString &path);
    bool isExporting() const { return m_exportingPath.has_value(); }
    // The file being written in the background, while isExporting().
    QString exportingPath() const { return m_exportingPath.value_or(QString()); }
    bool exportHistory(const QString &path);
    bool exportTrace(const QString &path);
    // The trace on a worker thread, as startResultsExport() writes the results.
    bool startTraceExport(const QString &path);
    // A CPU sample taken while the run is under way: the trace's CPU counters.
    void recordUsage(const CpuUsage &usage);
    const QList<UtilizationSample> &utilization() const { return m_utilization; }
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void started();
    // After each batch reached the results model (RunStore::refreshIntervalMs).
    void updated();
    void finished(const RunReport &report, const RunSummary &summary);
    void failed(const QString &message);
    // Finished, stopped or failed (then report.canceled is set).
    void ended(const RunReport &report);
    void exportProgress(qint64 rowsWritten, qint64 rows);
    void exportFinished(const QString &path, bool ok);

private:
    // The run's entry in the history, then finished() and ended().
    void record(const RunReport &report, const QString &workloadKey);
    QString noteOn(const RunReport &report, const RunSummary &summary) const;
    bool writeFile(const QString &path, const QByteArray &data);
    bool writeFile(const QString &path, const std::function<bool(QIODevice &)> &produce);
    std::optional<ExportFormat> formatFor(const QString &path);
    using ExportWriter = std::function<bool(const RunReport &report, QIODevice &device,
                                            const ResultsExport::RowProgress &progress)>;
    // false with lastError() saying why when a run or another export is under way.
    bool canStartExport();
    // Writes the last run's report to path on a worker thread (see startResultsExport()).
    bool startExport(const QString &path, ExportWriter write);

    // What a background export ends with: the error is empty when it worked.
    struct ExportOutcome
    {
        QString path;
        bool ok = false;
        QString error;
    };

    std::unique_ptr<Runner> m_runner;
    ResultsModel *m_results;
    RunHistoryModel *m_history;
    RunMonitor *m_monitor;
    QFutureWatcher<ExportOutcome> *m_exportWatcher;
    std::optional<QString> m_exportingPath; // while an export is written in the background
    Mode m_mode = Mode::Sequential;
    RunOptions m_options;
    QFuture<QString> m_workloadKey;
    std::optional<RunReport> m_ended; // a run whose history entry waits for m_workloadKey
    // A run that failed inside its own start (no worker program): said after started().
    std::optional<QString> m_failedAtStart;
    bool m_starting = false;
    int m_generation = 0; // a watcher for the key started before abandon() does nothing
    QString m_speedupNote;
    QString m_lastError;
    QList<UtilizationSample> m_utilization;
};
