#include "resultsexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QHash>

#include <algorithm>
#include <cmath>

namespace {
QString seconds(double value)
{
    return QString::number(value, 'f', 6);
}

bool checked(const JobResult &r)
{
    return r.isValid();
}

qint64 micros(double secondsValue)
{
    return std::llround(secondsValue * 1e6);
}
} // namespace

QByteArray ResultsExport::toCsv(const RunReport &report)
{
    QByteArray out = "mode,workers,index,number,prime,elapsed_s,worker,start_s,end_s,attempts\n";
    const QString prefix = QStringLiteral("%1,%2,").arg(report.mode).arg(report.workerCount);
    for (qsizetype i = 0; i < report.size(); ++i) {
        const JobResult r = report.result(i);
        QStringList cells;
        cells << QString::number(i + 1) << QString::number(r.number);
        if (checked(r)) {
            cells << (r.prime ? QStringLiteral("true") : QStringLiteral("false")) << seconds(r.elapsed)
                  << report.workerKey(r.worker) << seconds(r.start) << seconds(r.end)
                  << QString::number(r.attempts);
        } else {
            cells << QString() << QString() << report.workerKey(r.worker) << QString() << QString()
                  << (r.index >= 0 ? QString::number(r.attempts) : QString());
        }
        out += (prefix + cells.join(QLatin1Char(',')) + QLatin1Char('\n')).toUtf8();
    }
    return out;
}

QByteArray ResultsExport::toJson(const RunReport &report)
{
    QJsonArray workers;
    for (const WorkerInfo &w : report.workers) {
        QJsonObject worker { { QStringLiteral("id"), w.key() }, { QStringLiteral("label"), w.label } };
        if (w.pid)
            worker.insert(QStringLiteral("pid"), w.pid);
        workers.append(worker);
    }
    QJsonArray results;
    for (qsizetype i = 0; i < report.size(); ++i) {
        const JobResult r = report.result(i);
        QJsonObject row { { QStringLiteral("index"), i + 1 },
                          { QStringLiteral("number"), QString::number(r.number) } };
        if (checked(r)) {
            row.insert(QStringLiteral("prime"), r.prime);
            row.insert(QStringLiteral("elapsed_s"), r.elapsed);
            row.insert(QStringLiteral("worker"), report.workerKey(r.worker));
            row.insert(QStringLiteral("start_s"), r.start);
            row.insert(QStringLiteral("end_s"), r.end);
            row.insert(QStringLiteral("attempts"), r.attempts);
        } else if (r.index >= 0) {
            row.insert(QStringLiteral("error"), r.error);
            row.insert(QStringLiteral("attempts"), r.attempts);
        }
        results.append(row);
    }
    const QJsonObject root {
        { QStringLiteral("mode"), report.mode },         { QStringLiteral("workers"), report.workerCount },
        { QStringLiteral("workload"), report.workload }, { QStringLiteral("wall_s"), report.wallSeconds },
        { QStringLiteral("canceled"), report.canceled }, { QStringLiteral("worker_units"), workers },
        { QStringLiteral("results"), results },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray ResultsExport::toMarkdown(const RunReport &report)
{
    QString out = QStringLiteral("**%1**, %2 workers, %3 workload: %4 of %5 checked in %6 s\n\n")
                      .arg(report.mode)
                      .arg(report.workerCount)
                      .arg(report.workload)
                      .arg(report.checkedCount())
                      .arg(report.size())
                      .arg(QString::number(report.wallSeconds, 'f', 2));
    out += QStringLiteral("| # | number | prime | elapsed (s) | worker | start (s) | end (s) | attempts |\n");
    out += QStringLiteral("|--:|-------:|:-----:|------------:|:-------|----------:|--------:|---------:|\n");
    for (qsizetype i = 0; i < report.size(); ++i) {
        const JobResult r = report.result(i);
        const QString worker = report.workerKey(r.worker);
        if (checked(r)) {
            out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |\n")
                       .arg(i + 1)
                       .arg(r.number)
                       .arg(r.prime ? QStringLiteral("P") : QString())
                       .arg(seconds(r.elapsed), worker, seconds(r.start), seconds(r.end))
                       .arg(r.attempts);
        } else {
            const QString note
                = r.index >= 0 ? QStringLiteral("error: %1").arg(r.error) : QStringLiteral("not checked");
            out += QStringLiteral("| %1 | %2 | %3 | | %4 | | | %5 |\n")
                       .arg(i + 1)
                       .arg(r.number)
                       .arg(note, worker, r.index >= 0 ? QString::number(r.attempts) : QString());
        }
    }
    return out.toUtf8();
}

QByteArray ResultsExport::to(ExportFormat format, const RunReport &report)
{
    switch (format) {
    case ExportFormat::Csv:
        return toCsv(report);
    case ExportFormat::Json:
        return toJson(report);
    case ExportFormat::Markdown:
        return toMarkdown(report);
    }
    return {};
}

namespace {
QJsonObject metadata(const QString &name, qint64 pid, qint64 tid, const QString &value)
{
    QJsonObject event { { QStringLiteral("name"), name },
                        { QStringLiteral("ph"), QStringLiteral("M") },
                        { QStringLiteral("pid"), pid },
                        { QStringLiteral("args"), QJsonObject { { QStringLiteral("name"), value } } } };
    if (tid >= 0)
        event.insert(QStringLiteral("tid"), tid);
    return event;
}

QJsonObject counter(const QString &name, qint64 ts, const QJsonObject &args)
{
    return { { QStringLiteral("name"), name },
             { QStringLiteral("ph"), QStringLiteral("C") },
             { QStringLiteral("ts"), ts },
             { QStringLiteral("pid"), 1 },
             { QStringLiteral("args"), args } };
}
} // namespace

QByteArray ResultsExport::toChromeTrace(const RunReport &report, const QList<UtilizationSample> &utilization)
{
    // Processes get a pid each; threads and coroutines share the run's pid with a tid each.
    auto place = [&report](int workerId) {
        const WorkerInfo *w = report.worker(workerId);
        if (w && w->pid)
            return std::pair<qint64, qint64> { w->pid, 1 };
        return std::pair<qint64, qint64> { 1, workerId + 1 };
    };
    QJsonArray events;
    events.append(
        metadata(QStringLiteral("process_name"), 1, -1, QStringLiteral("conviz %1").arg(report.mode)));
    for (const WorkerInfo &w : report.workers) {
        const auto [pid, tid] = place(w.id);
        // A worker process is a process with one named thread: Perfetto names lanes by thread.
        if (w.pid != 0)
            events.append(metadata(QStringLiteral("process_name"), pid, -1, w.label));
        events.append(metadata(QStringLiteral("thread_name"), pid, tid, w.label));
    }
    for (qsizetype i = 0; i < report.size(); ++i) {
        const JobResult r = report.result(i);
        if (!checked(r))
            continue;
        const auto [pid, tid] = place(r.worker);
        events.append(QJsonObject {
            { QStringLiteral("name"), QString::number(r.number) },
            { QStringLiteral("cat"), r.prime ? QStringLiteral("prime") : QStringLiteral("composite") },
            { QStringLiteral("ph"), QStringLiteral("X") },
            { QStringLiteral("ts"), micros(r.start) },
            { QStringLiteral("dur"), std::max<qint64>(1, micros(r.end - r.start)) },
            { QStringLiteral("pid"), pid },
            { QStringLiteral("tid"), tid },
            { QStringLiteral("args"),
              QJsonObject { { QStringLiteral("index"), i + 1 },
                            { QStringLiteral("prime"), r.prime },
                            { QStringLiteral("attempts"), r.attempts } } } });
    }
    if (report.store) {
        for (const WorkerInfo &w : report.workers) {
            const auto [pid, tid] = place(w.id);
            const std::vector<WorkSlice> slices = report.store->slices(w.id);
            // A job's slices only when it ran in more than one: one slice is the job itself.
            QHash<qint32, int> perJob;
            for (const WorkSlice &slice : slices)
                ++perJob[slice.job];
            for (const WorkSlice &slice : slices) {
                if (slice.job < 0 || slice.job >= report.size() || perJob.value(slice.job) < 2)
                    continue;
                const JobResult r = report.result(slice.job);
                if (!checked(r) || r.worker != w.id)
                    continue;
                // Kept inside the job's own span so viewers nest it under the job.
                const qint64 jobStart = micros(r.start);
                const qint64 jobEnd = jobStart + std::max<qint64>(1, micros(r.end - r.start));
                const qint64 start = std::clamp<qint64>(slice.startNs / 1000, jobStart, jobEnd);
                const qint64 end = std::clamp<qint64>(slice.endNs / 1000, start, jobEnd);
                if (end <= start)
                    continue;
                QJsonObject args { { QStringLiteral("index"), slice.job + 1 } };
                if (slice.cpu >= 0)
                    args.insert(QStringLiteral("cpu"), slice.cpu + 1);
                events.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("slice") },
                                            { QStringLiteral("cat"), QStringLiteral("slice") },
                                            { QStringLiteral("ph"), QStringLiteral("X") },
                                            { QStringLiteral("ts"), start },
                                            { QStringLiteral("dur"), end - start },
                                            { QStringLiteral("pid"), pid },
                                            { QStringLiteral("tid"), tid },
                                            { QStringLiteral("args"), args } });
            }
        }
    }
    for (const UtilizationSample &sample : utilization) {
        const qint64 ts = std::max<qint64>(0, micros(sample.seconds));
        for (qsizetype core = 0; core < sample.usage.cores.size(); ++core) {
            const CoreUsage &usage = sample.usage.cores.at(core);
            events.append(counter(
                QStringLiteral("CPU %1 load (%)").arg(core + 1), ts,
                QJsonObject { { QStringLiteral("this run"), qRound(usage.own * 1000) / 10.0 },
                              { QStringLiteral("other programs"), qRound(usage.other * 1000) / 10.0 } }));
        }
        events.append(counter(
            QStringLiteral("run CPU (cores)"), ts,
            QJsonObject { { QStringLiteral("cores"), qRound(sample.usage.ownCores() * 100) / 100.0 } }));
    }
    const QJsonObject root { { QStringLiteral("traceEvents"), events },
                             { QStringLiteral("displayTimeUnit"), QStringLiteral("ms") } };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}
