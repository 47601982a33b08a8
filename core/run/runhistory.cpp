#include "runhistory.h"

#include "comparison.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QString fixed(std::optional<double> value, int decimals)
{
    return value ? QString::number(*value, 'f', decimals) : QString();
}

QString markdownCell(QString text)
{
    return text.replace(QLatin1Char('|'), QLatin1String("\\|"));
}
} // namespace

std::optional<double> RunSummary::efficiency() const
{
    // The rule of the comparison table: a mode that never computes on two cores at once has
    // no efficiency to speak of but with one worker.
    if (!speedup || !Comparison::hasEfficiency(mode, workers))
        return std::nullopt;
    return *speedup / workers;
}

const RunSummary &RunHistory::add(const RunReport &report, const QString &workloadKey,
                                  const QDateTime &finishedAt)
{
    RunSummary run;
    run.mode = report.mode;
    run.workers = report.workerCount;
    run.workload = report.workload;
    run.workloadKey = workloadKey;
    run.numbers = int(report.size());
    run.checked = report.checkedCount();
    run.wallSeconds = report.wallSeconds;
    run.cpuSeconds = report.cpuSeconds;
    run.canceled = report.canceled;
    run.finishedAt = finishedAt;
    const bool isBaseline = run.mode == QLatin1String("sequential") && !run.canceled;
    const std::optional<double> baseline
        = isBaseline ? std::optional(run.wallSeconds) : baselineSeconds(workloadKey);
    // A canceled run did less work: comparing its time would flatter it.
    if (baseline && !run.canceled && run.wallSeconds > 0)
        run.speedup = *baseline / run.wallSeconds;
    m_runs.append(run);
    return m_runs.constLast();
}

std::optional<double> RunHistory::baselineSeconds(const QString &workloadKey) const
{
    for (auto it = m_runs.crbegin(); it != m_runs.crend(); ++it) {
        if (it->workloadKey == workloadKey && it->mode == QLatin1String("sequential") && !it->canceled)
            return it->wallSeconds;
    }
    return std::nullopt;
}

QString RunHistory::keyFor(const QList<quint64> &numbers)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(numbers.constData()),
                                numbers.size() * qsizetype(sizeof(quint64))));
    return QStringLiteral("%1:%2")
        .arg(numbers.size())
        .arg(QString::fromLatin1(hash.result().toHex().left(16)));
}

QByteArray RunHistory::toCsv(const QList<RunSummary> &runs, qint64 firstRun)
{
    QByteArray out
        = "run,mode,workers,workload,numbers,checked,wall_s,cpu_s,speedup,efficiency,canceled,finished_at\n";
    qint64 n = firstRun - 1;
    for (const RunSummary &run : runs) {
        QString workload = run.workload;
        if (workload.contains(QLatin1Char(',')) || workload.contains(QLatin1Char('"')))
            workload = QLatin1Char('"') + workload.replace(QLatin1String("\""), QLatin1String("\"\""))
                + QLatin1Char('"');
        const QStringList cells { QString::number(++n),
                                  run.mode,
                                  QString::number(run.workers),
                                  workload,
                                  QString::number(run.numbers),
                                  QString::number(run.checked),
                                  QString::number(run.wallSeconds, 'f', 6),
                                  QString::number(run.cpuSeconds, 'f', 6),
                                  fixed(run.speedup, 3),
                                  fixed(run.efficiency(), 3),
                                  run.canceled ? QStringLiteral("true") : QStringLiteral("false"),
                                  run.finishedAt.toString(Qt::ISODate) };
        out += cells.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    return out;
}

QByteArray RunHistory::toJson(const QList<RunSummary> &runs, qint64 firstRun)
{
    QJsonArray array;
    qint64 n = firstRun - 1;
    for (const RunSummary &run : runs) {
        QJsonObject object { { QStringLiteral("run"), ++n },
                             { QStringLiteral("mode"), run.mode },
                             { QStringLiteral("workers"), run.workers },
                             { QStringLiteral("workload"), run.workload },
                             { QStringLiteral("numbers"), run.numbers },
                             { QStringLiteral("checked"), run.checked },
                             { QStringLiteral("wall_s"), run.wallSeconds },
                             { QStringLiteral("cpu_s"), run.cpuSeconds },
                             { QStringLiteral("canceled"), run.canceled },
                             { QStringLiteral("finished_at"), run.finishedAt.toString(Qt::ISODate) } };
        object.insert(QStringLiteral("speedup"), run.speedup ? QJsonValue(*run.speedup) : QJsonValue());
        object.insert(QStringLiteral("efficiency"),
                      run.efficiency() ? QJsonValue(*run.efficiency()) : QJsonValue());
        array.append(object);
    }
    return QJsonDocument(QJsonObject { { QStringLiteral("runs"), array } }).toJson(QJsonDocument::Indented);
}

QByteArray RunHistory::toMarkdown(const QList<RunSummary> &runs, qint64 firstRun)
{
    QByteArray out
        = "| run | mode | workers | workload | numbers | wall (s) | CPU (s) | speedup | efficiency |\n"
          "|---:|---|---:|---|---:|---:|---:|---:|---:|\n";
    qint64 n = firstRun - 1;
    for (const RunSummary &run : runs) {
        const QString speedup = run.speedup ? fixed(run.speedup, 2) + QLatin1Char('x') : QStringLiteral("–");
        const QString efficiency = run.efficiency()
            ? QString::number(qRound(*run.efficiency() * 100)) + QLatin1Char('%')
            : QStringLiteral("–");
        const QString wall = QString::number(run.wallSeconds, 'f', 3)
            + (run.canceled ? QStringLiteral(" (stopped)") : QString());
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 |\n")
                   .arg(++n)
                   .arg(run.mode)
                   .arg(run.workers)
                   .arg(markdownCell(run.workload))
                   .arg(run.numbers)
                   .arg(wall, QString::number(run.cpuSeconds, 'f', 3), speedup, efficiency)
                   .toUtf8();
    }
    return out;
}

QByteArray RunHistory::to(ExportFormat format, const QList<RunSummary> &runs, qint64 firstRun)
{
    switch (format) {
    case ExportFormat::Csv:
        return toCsv(runs, firstRun);
    case ExportFormat::Json:
        return toJson(runs, firstRun);
    case ExportFormat::Markdown:
        return toMarkdown(runs, firstRun);
    }
    return {};
}
