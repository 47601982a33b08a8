#include "resultsexport.h"

#include "appendnumber.h"
#include "englishcount.h"

#include <charconv>

#include <QBuffer>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QHash>

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>

namespace {
QString seconds(double value)
{
    return QString::number(value, 'f', 6);
}

qint64 micros(double secondsValue)
{
    return std::llround(secondsValue * 1e6);
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// A table cell: a pipe or a line break would end the cell or the row.
QString markdownCell(const QString &text)
{
    QString cell = text.toHtmlEscaped();
    cell.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    cell.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return cell;
}

// Collects output in blocks of about 64 KiB before handing them to the device.
class BlockWriter
{
public:
    explicit BlockWriter(QIODevice &device)
        : m_device(device)
    {
        m_block.reserve(blockSize + 4096);
    }
    void add(const QByteArray &bytes)
    {
        m_block += bytes;
        if (m_block.size() >= blockSize)
            flush();
    }
    void add(const QString &text) { add(text.toUtf8()); }
    bool finish()
    {
        flush();
        return m_ok;
    }
    bool ok() const { return m_ok; }

private:
    static constexpr qsizetype blockSize = 64 * 1024;
    void flush()
    {
        if (m_ok && !m_block.isEmpty())
            m_ok = m_device.write(m_block) == m_block.size();
        m_block.resize(0); // keeps the block's memory for the next one
    }
    QIODevice &m_device;
    QByteArray m_block;
    bool m_ok = true;
};

// What a row writes for its worker, made once a worker: a million rows name a few workers.
class PerWorker
{
public:
    explicit PerWorker(std::function<QByteArray(int worker)> make)
        : m_make(std::move(make))
    { }
    const QByteArray &operator()(int worker)
    {
        auto it = m_made.find(worker);
        if (it == m_made.end())
            it = m_made.insert(worker, m_make(worker));
        return *it;
    }

private:
    std::function<QByteArray(int)> m_make;
    QHash<int, QByteArray> m_made;
};

// A double as QJsonDocument writes one: a whole number up to 2^53 as an integer (a QJsonValue
// keeps it as one), one that is not finite as null, any other in its shortest form.
QByteArray jsonNumber(double value)
{
    if (!std::isfinite(value))
        return QByteArrayLiteral("null");
    if (value == std::trunc(value) && std::fabs(value) <= 0x1p53)
        return QByteArray::number(qint64(value));
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

// Whether to go on at step: every few thousand steps the progress hook hears how many rows
// are written (the step itself, or rowsDone for what comes after the rows: a trace's slices
// and CPU samples can still be stopped).
bool goOn(const ResultsExport::RowProgress &progress, qsizetype step, std::optional<qsizetype> rowsDone = {})
{
    constexpr qsizetype every = 4096;
    return !progress || step % every != 0 || progress(rowsDone.value_or(step));
}

// Writes a JSON document exactly as QJsonDocument would, but with one array streamed element
// by element: the document is serialized with a marker in the array's place and split there.
class JsonArrayStream
{
public:
    JsonArrayStream(BlockWriter &out, QJsonObject root, const QString &arrayKey,
                    QJsonDocument::JsonFormat format)
        : m_out(out)
        , m_format(format)
    {
        static const QString marker = QStringLiteral("\u0001conviz-array\u0001");
        root.insert(arrayKey, marker);
        const QByteArray whole = QJsonDocument(root).toJson(format);
        const QByteArray quotedMarker = '"' + QByteArray("\\u0001conviz-array\\u0001") + '"';
        const qsizetype at = whole.indexOf(quotedMarker);
        const QByteArray before = whole.left(at);
        m_after = whole.mid(at + quotedMarker.size());
        // The array sits one level inside the root object.
        m_indent = compact() ? QByteArray() : QByteArray(8, ' ');
        m_out.add(before + (compact() ? "[" : "[\n"));
    }
    void add(const QJsonObject &element)
    {
        QByteArray text = QJsonDocument(element).toJson(m_format);
        if (!compact()) {
            text.chop(1); // the document's final newline
            text.replace("\n", "\n" + m_indent);
            text.prepend(m_indent);
        }
        if (m_count++ > 0)
            m_out.add(QByteArray(compact() ? "," : ",\n"));
        m_out.add(text);
    }
    // An element already written as the document writes it, indented as an element when the
    // document is.
    void addWritten(const QByteArray &text)
    {
        if (m_count++ > 0)
            m_out.add(QByteArray(compact() ? "," : ",\n"));
        m_out.add(text);
    }
    void finish()
    {
        if (!compact())
            m_out.add(QByteArray(m_count > 0 ? "\n    ]" : "    ]"));
        else
            m_out.add(QByteArray("]"));
        m_out.add(m_after);
    }

private:
    bool compact() const { return m_format == QJsonDocument::Compact; }
    BlockWriter &m_out;
    QJsonDocument::JsonFormat m_format;
    QByteArray m_indent;
    QByteArray m_after;
    qsizetype m_count = 0;
};

bool writeCsv(const RunReport &report, QIODevice &device, const ResultsExport::RowProgress &progress)
{
    BlockWriter out(device);
    out.add(QByteArray(
        "mode,workers,index,number,prime,elapsed_s,worker,start_s,end_s,attempts,error,verified\n"));
    const QByteArray prefix = QStringLiteral("%1,%2,").arg(report.mode).arg(report.workerCount).toUtf8();
    PerWorker workerKey([&report](int worker) { return report.workerKey(worker).toUtf8(); });
    QByteArray row;
    for (qsizetype i = 0; i < report.size() && out.ok(); ++i) {
        if (!goOn(progress, i))
            return false;
        const JobResult r = report.result(i);
        // One row buffer for the whole export: resize(0) keeps its memory.
        row.resize(0);
        row.append(prefix);
        const QByteArray &key = workerKey(r.worker);
        // Everything but the fault written in place: a million rows spend their time here.
        appendInPlace(row, 3 * maxSecondsLength + key.size() + 96, [&](char *at) {
            const auto put = [&at](QByteArrayView text) { at = writeText(at, text); };
            at = writeNumber(at, i + 1);
            *at++ = ',';
            at = writeNumber(at, r.number);
            *at++ = ',';
            if (r.isValid()) {
                put(r.prime ? "true," : "false,");
                at = writeSeconds(at, r.elapsed);
                *at++ = ',';
                put(key);
                *at++ = ',';
                at = writeSeconds(at, r.start);
                *at++ = ',';
                at = writeSeconds(at, r.end);
                *at++ = ',';
                at = writeNumber(at, r.attempts);
            } else {
                put(",,");
                put(key);
                put(",,,");
                if (r.index >= 0)
                    at = writeNumber(at, r.attempts);
            }
            *at++ = ',';
            return at;
        });
        // A verified answer has no fault: only the others are looked up again. A number never
        // answered is neither verified nor not: its last field stays empty.
        const bool verified = report.isVerified(i);
        if (!verified)
            row += csvField(report.fault(i)).toUtf8();
        row += !r.isValid() ? QByteArrayView(",\n")
            : verified      ? QByteArrayView(",true\n")
                            : QByteArrayView(",false\n");
        out.add(row);
    }
    return out.finish();
}

bool writeJson(const RunReport &report, QIODevice &device, const ResultsExport::RowProgress &progress)
{
    QJsonArray workers;
    for (const WorkerInfo &w : report.workers) {
        QJsonObject worker { { QStringLiteral("id"), w.key() }, { QStringLiteral("label"), w.label } };
        if (w.pid)
            worker.insert(QStringLiteral("pid"), w.pid);
        workers.append(worker);
    }
    const QJsonObject root {
        { QStringLiteral("mode"), report.mode },         { QStringLiteral("workers"), report.workerCount },
        { QStringLiteral("workload"), report.workload }, { QStringLiteral("wall_s"), report.wallSeconds },
        { QStringLiteral("canceled"), report.canceled }, { QStringLiteral("worker_units"), workers },
    };
    BlockWriter out(device);
    JsonArrayStream results(out, root, QStringLiteral("results"), QJsonDocument::Indented);
    // Worker keys as JSON strings, quoted and escaped as the document writes them.
    PerWorker workerString([&report](int worker) {
        const QByteArray array
            = QJsonDocument(QJsonArray { report.workerKey(worker) }).toJson(QJsonDocument::Compact);
        return array.mid(1, array.size() - 2);
    });
    QByteArray text;
    for (qsizetype i = 0; i < report.size() && out.ok(); ++i) {
        if (!goOn(progress, i))
            return false;
        const JobResult r = report.result(i);
        if (r.isValid() && report.isVerified(i)) {
            // The common row written as bytes, its keys in the document's order: built as a
            // QJsonObject, a million rows took four seconds. A verified answer has no fault.
            const QByteArray &key = workerString(r.worker);
            const QByteArray elapsed = jsonNumber(r.elapsed);
            const QByteArray start = jsonNumber(r.start);
            const QByteArray end = jsonNumber(r.end);
            text.resize(0);
            appendInPlace(text, 400 + key.size() + elapsed.size() + start.size() + end.size(), [&](char *at) {
                at = writeText(at, "        {\n            \"attempts\": ");
                at = writeNumber(at, r.attempts);
                at = writeText(at, ",\n            \"elapsed_s\": ");
                at = writeText(at, elapsed);
                at = writeText(at, ",\n            \"end_s\": ");
                at = writeText(at, end);
                at = writeText(at, ",\n            \"index\": ");
                at = writeNumber(at, i + 1);
                at = writeText(at, ",\n            \"number\": \"");
                at = writeNumber(at, r.number);
                at = writeText(
                    at, r.prime ? "\",\n            \"prime\": true" : "\",\n            \"prime\": false");
                at = writeText(at, ",\n            \"start_s\": ");
                at = writeText(at, start);
                at = writeText(at, ",\n            \"verified\": true,\n            \"worker\": ");
                at = writeText(at, key);
                at = writeText(at, "\n        }");
                return at;
            });
            results.addWritten(text);
            continue;
        }
        results.add(ResultsExport::jsonRow(report, i));
    }
    results.finish();
    return out.finish();
}

bool writeMarkdown(const RunReport &report, QIODevice &device, const ResultsExport::RowProgress &progress)
{
    BlockWriter out(device);
    out.add(QStringLiteral("**%1**, %2, %3 workload: %4 of %5 checked in %6 s\n\n")
                .arg(report.mode)
                .arg(englishCount(report.workerCount, QLatin1String("worker"), QLatin1String("workers")))
                .arg(report.workload)
                .arg(report.checkedCount())
                .arg(report.size())
                .arg(QString::number(report.wallSeconds, 'f', 2)));
    out.add(QByteArray("| # | number | prime | verified | elapsed (s) | worker | pid | start (s) | end (s) | "
                       "attempts |\n"));
    out.add(QByteArray("|--:|-------:|:-----:|:--------:|------------:|:-------|----:|----------:|--------:|"
                       "---------:|\n"));
    // Each worker's two cells, "worker | pid", once.
    PerWorker workerCell([&report](int worker) {
        const WorkerInfo *info = report.worker(worker);
        QByteArray cells = report.workerKey(worker).toUtf8() + " | ";
        if (info && info->pid)
            cells += QByteArray::number(info->pid);
        return cells;
    });
    QByteArray row;
    for (qsizetype i = 0; i < report.size() && out.ok(); ++i) {
        if (!goOn(progress, i))
            return false;
        const JobResult r = report.result(i);
        if (r.isValid() && report.isVerified(i)) {
            // The common row written as bytes: through QString::arg, a million took a second.
            const QByteArray &cells = workerCell(r.worker);
            row.resize(0);
            appendInPlace(row, 3 * maxSecondsLength + cells.size() + 96, [&](char *at) {
                at = writeText(at, "| ");
                at = writeNumber(at, i + 1);
                at = writeText(at, " | ");
                at = writeNumber(at, r.number);
                at = writeText(at, r.prime ? " | P | yes | " : " |  | yes | ");
                at = writeSeconds(at, r.elapsed);
                at = writeText(at, " | ");
                at = writeText(at, cells);
                at = writeText(at, " | ");
                at = writeSeconds(at, r.start);
                at = writeText(at, " | ");
                at = writeSeconds(at, r.end);
                at = writeText(at, " | ");
                at = writeNumber(at, r.attempts);
                at = writeText(at, " |\n");
                return at;
            });
            out.add(row);
            continue;
        }
        const QString worker = report.workerKey(r.worker);
        const WorkerInfo *info = report.worker(r.worker);
        const QString pid = info && info->pid ? QString::number(info->pid) : QString();
        if (r.isValid()) {
            const QString verified = report.isVerified(i)
                ? QStringLiteral("yes")
                : QStringLiteral("**no**: %1").arg(markdownCell(report.fault(i)));
            out.add(QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 | %10 |\n")
                        .arg(i + 1)
                        .arg(r.number)
                        .arg(r.prime ? QStringLiteral("P") : QString(), verified, seconds(r.elapsed), worker,
                             pid, seconds(r.start), seconds(r.end))
                        .arg(r.attempts));
        } else {
            const QString note = r.index >= 0 ? QStringLiteral("error: %1").arg(markdownCell(r.error))
                                              : QStringLiteral("not checked");
            out.add(QStringLiteral("| %1 | %2 | %3 | | | %4 | %5 | | | %6 |\n")
                        .arg(i + 1)
                        .arg(r.number)
                        .arg(note, worker, pid, r.index >= 0 ? QString::number(r.attempts) : QString()));
        }
    }
    return out.finish();
}

QByteArray toBytes(const std::function<bool(QIODevice &)> &write)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    write(buffer);
    return bytes;
}
} // namespace

QJsonObject ResultsExport::jsonRow(const RunReport &report, qsizetype i)
{
    const JobResult r = report.result(i);
    QJsonObject row { { QStringLiteral("index"), i + 1 },
                      { QStringLiteral("number"), QString::number(r.number) } };
    if (r.isValid()) {
        row.insert(QStringLiteral("prime"), r.prime);
        row.insert(QStringLiteral("elapsed_s"), r.elapsed);
        row.insert(QStringLiteral("worker"), report.workerKey(r.worker));
        row.insert(QStringLiteral("start_s"), r.start);
        row.insert(QStringLiteral("end_s"), r.end);
        row.insert(QStringLiteral("attempts"), r.attempts);
        row.insert(QStringLiteral("verified"), report.isVerified(i));
        if (const QString error = report.fault(i); !error.isEmpty())
            row.insert(QStringLiteral("error"), error);
    } else if (r.index >= 0) {
        row.insert(QStringLiteral("error"), r.error);
        row.insert(QStringLiteral("attempts"), r.attempts);
    }
    return row;
}

bool ResultsExport::write(ExportFormat format, const RunReport &report, QIODevice &device,
                          const RowProgress &progress)
{
    switch (format) {
    case ExportFormat::Csv:
        return writeCsv(report, device, progress);
    case ExportFormat::Json:
        return writeJson(report, device, progress);
    case ExportFormat::Markdown:
        return writeMarkdown(report, device, progress);
    }
    return false;
}

QByteArray ResultsExport::to(ExportFormat format, const RunReport &report)
{
    return toBytes([&](QIODevice &device) { return write(format, report, device); });
}

QByteArray ResultsExport::toCsv(const RunReport &report)
{
    return to(ExportFormat::Csv, report);
}

QByteArray ResultsExport::toJson(const RunReport &report)
{
    return to(ExportFormat::Json, report);
}

QByteArray ResultsExport::toMarkdown(const RunReport &report)
{
    return to(ExportFormat::Markdown, report);
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
    return toBytes([&](QIODevice &device) { return writeChromeTrace(report, device, utilization); });
}

bool ResultsExport::writeChromeTrace(const RunReport &report, QIODevice &device,
                                     const QList<UtilizationSample> &utilization, const RowProgress &progress)
{
    // Processes get a pid each; threads and coroutines share the run's pid with a tid each.
    auto place = [&report](int workerId) {
        const WorkerInfo *w = report.worker(workerId);
        if (w && w->pid)
            return std::pair<qint64, qint64> { w->pid, 1 };
        return std::pair<qint64, qint64> { 1, workerId + 1 };
    };
    BlockWriter out(device);
    const QJsonObject root { { QStringLiteral("displayTimeUnit"), QStringLiteral("ms") } };
    JsonArrayStream events(out, root, QStringLiteral("traceEvents"), QJsonDocument::Compact);
    events.add(metadata(QStringLiteral("process_name"), 1, -1, QStringLiteral("conviz %1").arg(report.mode)));
    for (const WorkerInfo &w : report.workers) {
        const auto [pid, tid] = place(w.id);
        // A worker process is a process with one named thread: Perfetto names lanes by thread.
        if (w.pid != 0)
            events.add(metadata(QStringLiteral("process_name"), pid, -1, w.label));
        events.add(metadata(QStringLiteral("thread_name"), pid, tid, w.label));
    }
    QByteArray event;
    for (qsizetype i = 0; i < report.size() && out.ok(); ++i) {
        if (!goOn(progress, i))
            return false;
        const JobResult r = report.result(i);
        if (!r.isValid())
            continue;
        const auto [pid, tid] = place(r.worker);
        // Written as QJsonDocument writes a compact object (its keys sorted): built as
        // QJsonObjects, a million jobs took seven seconds.
        event.resize(0);
        appendInPlace(event, 256, [&](char *at) {
            at = writeText(at, R"({"args":{"attempts":)");
            at = writeNumber(at, r.attempts);
            at = writeText(at, R"(,"index":)");
            at = writeNumber(at, i + 1);
            at = writeText(at,
                           r.prime ? R"(,"prime":true},"cat":"prime","dur":)"
                                   : R"(,"prime":false},"cat":"composite","dur":)");
            at = writeNumber(at, std::max<qint64>(1, micros(r.end - r.start)));
            at = writeText(at, R"(,"name":")");
            at = writeNumber(at, r.number);
            at = writeText(at, R"(","ph":"X","pid":)");
            at = writeNumber(at, pid);
            at = writeText(at, R"(,"tid":)");
            at = writeNumber(at, tid);
            at = writeText(at, R"(,"ts":)");
            at = writeNumber(at, micros(r.start));
            *at++ = '}';
            return at;
        });
        events.addWritten(event);
    }
    qsizetype step = 0; // after the rows
    if (report.store) {
        for (const WorkerInfo &w : report.workers) {
            const auto [pid, tid] = place(w.id);
            const std::vector<WorkSlice> slices = report.store->slices(w.id);
            // A job's slices only when it ran in more than one: one slice is the job itself.
            QHash<qint32, int> perJob;
            for (const WorkSlice &slice : slices)
                ++perJob[slice.job];
            for (const WorkSlice &slice : slices) {
                if (!goOn(progress, ++step, report.size()))
                    return false;
                if (slice.job < 0 || slice.job >= report.size() || perJob.value(slice.job) < 2)
                    continue;
                const JobResult r = report.result(slice.job);
                if (!r.isValid() || r.worker != w.id)
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
                events.add(QJsonObject { { QStringLiteral("name"), QStringLiteral("slice") },
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
        if (!goOn(progress, ++step, report.size()))
            return false;
        const qint64 ts = std::max<qint64>(0, micros(sample.seconds));
        for (qsizetype core = 0; core < sample.usage.cores.size(); ++core) {
            const CoreUsage &usage = sample.usage.cores.at(core);
            events.add(counter(
                QStringLiteral("CPU %1 load (%)").arg(core + 1), ts,
                QJsonObject { { QStringLiteral("this run"), qRound(usage.own * 1000) / 10.0 },
                              { QStringLiteral("other programs"), qRound(usage.other * 1000) / 10.0 } }));
        }
        events.add(counter(
            QStringLiteral("run CPU (cores)"), ts,
            QJsonObject { { QStringLiteral("cores"), qRound(sample.usage.ownCores() * 100) / 100.0 } }));
    }
    events.finish();
    return out.finish();
}
