#include "resultsexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

QByteArray ResultsExport::toChromeTrace(const RunReport &report)
{
    // Processes get a pid each; threads and coroutines share the run's pid with a tid each.
    auto place = [&report](int workerId) {
        const WorkerInfo *w = report.worker(workerId);
        if (w && w->pid)
            return std::pair<qint64, qint64> { w->pid, 1 };
        return std::pair<qint64, qint64> { 1, workerId + 1 };
    };
    QJsonArray events;
    events.append(QJsonObject {
        { QStringLiteral("name"), QStringLiteral("process_name") },
        { QStringLiteral("ph"), QStringLiteral("M") },
        { QStringLiteral("pid"), 1 },
        { QStringLiteral("args"),
          QJsonObject { { QStringLiteral("name"), QStringLiteral("conviz %1").arg(report.mode) } } } });
    for (const WorkerInfo &w : report.workers) {
        const auto [pid, tid] = place(w.id);
        const bool process = w.pid != 0;
        events.append(
            QJsonObject { { QStringLiteral("name"),
                            process ? QStringLiteral("process_name") : QStringLiteral("thread_name") },
                          { QStringLiteral("ph"), QStringLiteral("M") },
                          { QStringLiteral("pid"), pid },
                          { QStringLiteral("tid"), tid },
                          { QStringLiteral("args"), QJsonObject { { QStringLiteral("name"), w.label } } } });
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
    const QJsonObject root { { QStringLiteral("traceEvents"), events },
                             { QStringLiteral("displayTimeUnit"), QStringLiteral("ms") } };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}
