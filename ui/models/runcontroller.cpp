#include "runcontroller.h"

#include "resultsexport.h"
#include "resultsmodel.h"
#include "runhistorymodel.h"
#include "runmonitor.h"
#include "runner.h"
#include "speedupcheck.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QIODevice>
#include <QPromise>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <climits>

RunController::RunController(QObject *parent)
    : QObject(parent)
    , m_results(new ResultsModel(this))
    , m_history(new RunHistoryModel(this))
    , m_monitor(new RunMonitor(m_results, this))
    , m_exportWatcher(new QFutureWatcher<ExportOutcome>(this))
{
    connect(m_monitor, &RunMonitor::updated, this, &RunController::updated);
    connect(m_exportWatcher, &QFutureWatcherBase::progressValueChanged, this,
            [this](int rows) { Q_EMIT exportProgress(rows, m_exportWatcher->progressMaximum()); });
    connect(m_exportWatcher, &QFutureWatcherBase::finished, this, [this] {
        m_exportingPath.reset();
        const ExportOutcome outcome
            = m_exportWatcher->future().resultCount() > 0 ? m_exportWatcher->result() : ExportOutcome {};
        m_lastError = outcome.error;
        Q_EMIT exportFinished(outcome.path, outcome.ok);
    });
}

RunController::~RunController()
{
    // A window closing mid-export: the worker stops at its next block of rows, and the file
    // it was writing is dropped (the old one, if any, stays whole). A disk that does not answer
    // is not waited for past exportFinishMs: the thread is left to it and the window closes.
    m_exportWatcher->disconnect(this);
    if (!isExporting())
        return;
    m_exportWatcher->cancel();
    const QFuture<ExportOutcome> future = m_exportWatcher->future();
    const QDeadlineTimer deadline(exportFinishMs);
    while (!future.isFinished() && !deadline.hasExpired())
        QThread::msleep(10);
    if (future.isFinished())
        return;
    qWarning("Conviz: %s was still being written after %d s; it is left unfinished",
             qPrintable(QDir::toNativeSeparators(exportingPath())), exportFinishMs / 1000);
}

bool RunController::start(const Workload &workload, Mode mode, const RunOptions &options)
{
    if (isRunning())
        return false;
    // The previous runner ended; its report lives on in the history and the exports.
    m_runner = Modes::createRunner(mode);
    m_utilization.clear();
    m_mode = mode;
    m_options = options;
    // Hashing a million numbers takes a while: done beside the run, not before it (the
    // baseline shows a few frames later). A small list is hashed at once.
    constexpr qsizetype hashedAtOnce = 65536;
    m_workloadKey = workload.numbers.size() <= hashedAtOnce
        ? QtFuture::makeReadyFuture(RunHistory::keyFor(workload.numbers))
        : QtConcurrent::run([numbers = workload.numbers] { return RunHistory::keyFor(numbers); });
    m_speedupNote.clear();
    // The monitor first: it takes the last batch into the table before anyone else reacts.
    m_monitor->watch(m_runner.get(), workload.numbers);
    connect(m_runner.get(), &Runner::runFinished, this, [this](const RunReport &report) {
        if (m_workloadKey.isFinished())
            return record(report, m_workloadKey.result());
        // A huge list stopped early can end before its key is worked out: the run is still
        // ending until it is, and the window's thread never waits for it.
        m_ended = report;
        auto *key = new QFutureWatcher<QString>(this);
        connect(key, &QFutureWatcherBase::finished, this, [this, key, generation = m_generation] {
            key->deleteLater();
            if (generation != m_generation || !m_ended)
                return; // abandoned meanwhile
            const RunReport ended = *std::exchange(m_ended, std::nullopt);
            record(ended, key->result());
        });
        key->setFuture(m_workloadKey);
    });
    connect(m_runner.get(), &Runner::runFailed, this, [this](const QString &message) {
        if (m_starting) {
            m_failedAtStart = message;
            return;
        }
        // Taken first: a slot on failed() may start the next run.
        const RunReport report = lastReport();
        Q_EMIT failed(message);
        Q_EMIT ended(report);
    });
    m_starting = true;
    m_runner->start(workload, options);
    m_starting = false;
    // Views learn of a run before they learn how it ended, even when it ended at once. Taken
    // first: a slot on started() or failed() may start the next run.
    const std::optional<QString> failedAtStart = std::exchange(m_failedAtStart, std::nullopt);
    const RunReport report = failedAtStart ? lastReport() : RunReport {};
    Q_EMIT started();
    if (failedAtStart) {
        Q_EMIT failed(*failedAtStart);
        Q_EMIT ended(report);
    }
    return true;
}

void RunController::record(const RunReport &report, const QString &workloadKey)
{
    const RunSummary summary = m_history->add(report, workloadKey);
    m_speedupNote = noteOn(report, summary);
    Q_EMIT finished(report, summary);
    Q_EMIT ended(report);
}

void RunController::stop()
{
    if (m_runner && m_runner->isRunning())
        m_runner->cancel();
}

void RunController::abandon()
{
    // A run's end still waiting for its workload's key is kept in the history, without a
    // signal: the window is closing, and the key is a moment away at most.
    ++m_generation;
    if (m_ended) {
        m_history->add(*m_ended, m_workloadKey.result());
        m_ended.reset();
    }
    if (!m_runner || !m_runner->isRunning())
        return;
    // Deleting the runner stops its threads and kills its worker processes, now.
    disconnect(m_runner.get(), nullptr, this, nullptr);
    m_runner.reset();
}

bool RunController::isRunning() const
{
    return m_ended || (m_runner && m_runner->isRunning());
}

bool RunController::isCanceling() const
{
    return m_runner && m_runner->isCanceling();
}

RunReport RunController::lastReport() const
{
    return m_runner ? m_runner->report() : RunReport {};
}

double RunController::elapsedSeconds() const
{
    if (!m_runner)
        return 0;
    return m_runner->isRunning() ? m_runner->secondsSinceStart() : m_runner->report().wallSeconds;
}

std::optional<double> RunController::baselineSeconds() const
{
    // While the key is still being worked out, the run's first frames say there is none yet.
    if (!m_workloadKey.isValid() || !m_workloadKey.isFinished())
        return std::nullopt;
    return m_history->history().baselineSeconds(m_workloadKey.result());
}

QString RunController::noteOn(const RunReport &report, const RunSummary &summary) const
{
    if (!summary.speedup)
        return {};
    // The cores and what other programs did to them, as the CPU sampler saw them during the run.
    const int cores = m_utilization.isEmpty() ? QThread::idealThreadCount()
                                              : int(m_utilization.constLast().usage.cores.size());
    return SpeedupCheck::of(report, *summary.speedup, Modes::isParallel(m_mode), cores,
                            SpeedupCheck::meanOtherCores(m_utilization))
        .why();
}

std::optional<ExportFormat> RunController::formatFor(const QString &path)
{
    const std::optional<ExportFormat> format = ExportFiles::formatForPath(path);
    if (!format)
        m_lastError = tr("%1: cannot tell the format from the name; use .csv, .json or .md").arg(path);
    return format;
}

bool RunController::writeFile(const QString &path, const QByteArray &data)
{
    return writeFile(path, [&data](QIODevice &device) { return device.write(data) == data.size(); });
}

bool RunController::writeFile(const QString &path, const std::function<bool(QIODevice &)> &produce)
{
    QString error;
    if (!ExportFiles::write(path, produce, &error)) {
        m_lastError = error;
        return false;
    }
    m_lastError.clear();
    return true;
}

bool RunController::exportResults(const QString &path)
{
    const std::optional<ExportFormat> format = formatFor(path);
    const RunReport report = lastReport();
    return format
        && writeFile(path, [&](QIODevice &device) { return ResultsExport::write(*format, report, device); });
}

bool RunController::startResultsExport(const QString &path)
{
    if (!canStartExport())
        return false;
    const std::optional<ExportFormat> format = formatFor(path);
    return format
        && startExport(path,
                       [format = *format](const RunReport &report, QIODevice &device,
                                          const ResultsExport::RowProgress &progress) {
                           return ResultsExport::write(format, report, device, progress);
                       });
}

bool RunController::startTraceExport(const QString &path)
{
    return startExport(path,
                       [utilization = m_utilization](const RunReport &report, QIODevice &device,
                                                     const ResultsExport::RowProgress &progress) {
                           return ResultsExport::writeChromeTrace(report, device, utilization, progress);
                       });
}

bool RunController::canStartExport()
{
    if (!isExporting() && !isRunning())
        return true;
    m_lastError = isExporting()
        ? tr("%1 is still being written.").arg(QDir::toNativeSeparators(exportingPath()))
        : tr("The results can be written once the run has ended.");
    return false;
}

bool RunController::startExport(const QString &path, ExportWriter write)
{
    if (!canStartExport())
        return false;
    // The report shares the ended run's store, which nobody writes again (a new run gets a
    // store of its own), and keeps it alive for as long as the worker reads it.
    const RunReport report = lastReport();
    m_exportingPath = path;
    m_lastError.clear();
    m_exportWatcher->setFuture(QtConcurrent::run(
        ExportFiles::pool(), [report, path, write = std::move(write)](QPromise<ExportOutcome> &promise) {
            promise.setProgressRange(0, int(std::min<qsizetype>(report.size(), INT_MAX)));
            ExportOutcome outcome { path, false, {} };
            outcome.ok = ExportFiles::write(
                path,
                [&](QIODevice &device) {
                    return write(report, device, [&promise](qsizetype rows) {
                        promise.setProgressValue(int(std::min<qsizetype>(rows, INT_MAX)));
                        return !promise.isCanceled();
                    });
                },
                &outcome.error);
            promise.addResult(outcome);
        }));
    return true;
}

bool RunController::exportHistory(const QString &path)
{
    const std::optional<ExportFormat> format = formatFor(path);
    return format
        && writeFile(
               path,
               RunHistory::to(*format, m_history->history().runs(), m_history->history().firstRunNumber()));
}

void RunController::recordUsage(const CpuUsage &usage)
{
    if (isRunning())
        m_utilization.append({ m_runner->secondsSinceStart(), usage });
}

bool RunController::exportTrace(const QString &path)
{
    const RunReport report = lastReport();
    return writeFile(path, [&](QIODevice &device) {
        return ResultsExport::writeChromeTrace(report, device, m_utilization);
    });
}
