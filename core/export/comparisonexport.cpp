#include "comparisonexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {
QString number(double value, int decimals = 6)
{
    return QString::number(value, 'f', decimals);
}

QString number(std::optional<double> value, int decimals = 6)
{
    return value ? number(*value, decimals) : QString();
}

QJsonValue json(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QString times(std::optional<double> value)
{
    return value ? QStringLiteral("%1x").arg(*value, 0, 'f', 2) : QStringLiteral("–");
}

QString percent(std::optional<double> value)
{
    return value ? QStringLiteral("%1%").arg(qRound(*value * 100)) : QStringLiteral("–");
}

QString seconds(double value)
{
    return QStringLiteral("%1 s").arg(value, 0, 'f', 3);
}

QByteArray document(const QJsonArray &rows)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("rows"), rows } }).toJson(QJsonDocument::Indented);
}
} // namespace

QList<double> ComparisonExport::relative(const QList<double> &medians)
{
    QList<double> positive;
    std::copy_if(medians.cbegin(), medians.cend(), std::back_inserter(positive),
                 [](double m) { return m > 0; });
    const double fastest = positive.isEmpty() ? 0 : *std::min_element(positive.cbegin(), positive.cend());
    QList<double> result;
    for (double median : medians)
        result << (fastest > 0 ? median / fastest : 0);
    return result;
}

namespace {
// Each row's median wall time against the fastest: the table's and the JSON's relative column.
QList<double> relativeWallTimes(const QList<ComparisonRow> &rows)
{
    QList<double> medians;
    for (const ComparisonRow &row : rows)
        medians << row.wallMedian;
    return ComparisonExport::relative(medians);
}
} // namespace

TextTable ComparisonExport::comparisonTable(const QList<ComparisonRow> &rows, bool forPeople)
{
    TextTable table;
    if (!forPeople) {
        table.header
            = { QStringLiteral("mode"),          QStringLiteral("workers"),    QStringLiteral("runs"),
                QStringLiteral("wall_median_s"), QStringLiteral("wall_min_s"), QStringLiteral("wall_max_s"),
                QStringLiteral("cpu_s"),         QStringLiteral("speedup"),    QStringLiteral("efficiency") };
        for (const ComparisonRow &row : rows)
            table.rows << QStringList { row.mode,
                                        QString::number(row.workers),
                                        QString::number(row.runs),
                                        number(row.wallMedian),
                                        number(row.wallMin),
                                        number(row.wallMax),
                                        number(row.cpuMedian),
                                        number(row.speedup, 3),
                                        number(row.efficiency, 3) };
        return table;
    }
    table.header
        = { QStringLiteral("mode"),        QStringLiteral("workers"),    QStringLiteral("runs"),
            QStringLiteral("wall median"), QStringLiteral("min … max"),  QStringLiteral("CPU"),
            QStringLiteral("speedup"),     QStringLiteral("efficiency"), QStringLiteral("relative") };
    table.rightAligned = { false, true, true, true, true, true, true, true, true };
    const QList<double> relatives = relativeWallTimes(rows);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const ComparisonRow &row = rows.at(i);
        table.rows << QStringList { row.mode,
                                    QString::number(row.workers),
                                    QString::number(row.runs),
                                    seconds(row.wallMedian),
                                    QStringLiteral("%1 … %2").arg(seconds(row.wallMin), seconds(row.wallMax)),
                                    seconds(row.cpuMedian),
                                    times(row.speedup),
                                    percent(row.efficiency),
                                    number(relatives.at(i), 2) };
    }
    return table;
}

QByteArray ComparisonExport::comparisonJson(const QList<ComparisonRow> &rows)
{
    QJsonArray array;
    const QList<double> relatives = relativeWallTimes(rows);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const ComparisonRow &row = rows.at(i);
        array.append(QJsonObject { { QStringLiteral("mode"), row.mode },
                                   { QStringLiteral("workers"), row.workers },
                                   { QStringLiteral("runs"), row.runs },
                                   { QStringLiteral("wall_median_s"), row.wallMedian },
                                   { QStringLiteral("wall_min_s"), row.wallMin },
                                   { QStringLiteral("wall_max_s"), row.wallMax },
                                   { QStringLiteral("cpu_s"), row.cpuMedian },
                                   { QStringLiteral("speedup"), json(row.speedup) },
                                   { QStringLiteral("efficiency"), json(row.efficiency) },
                                   { QStringLiteral("relative"), relatives.at(i) } });
    }
    return document(array);
}

namespace {
// CSV has the machine's column names, Markdown the people's (with the relative column).
template<typename Row>
QByteArray inFormat(ExportFormat format, const QList<Row> &rows, TextTable (*table)(const QList<Row> &, bool),
                    QByteArray (*json)(const QList<Row> &))
{
    switch (format) {
    case ExportFormat::Csv:
        return table(rows, false).toCsv();
    case ExportFormat::Json:
        return json(rows);
    case ExportFormat::Markdown:
        return table(rows, true).toMarkdown();
    }
    return {};
}
} // namespace

QByteArray ComparisonExport::comparison(ExportFormat format, const QList<ComparisonRow> &rows)
{
    return inFormat(format, rows, &comparisonTable, &comparisonJson);
}

QByteArray ComparisonExport::comparisonText(const QList<ComparisonRow> &rows)
{
    return comparisonTable(rows, true).toAligned();
}

TextTable ComparisonExport::sweepTable(const QList<SweepRow> &rows, bool forPeople)
{
    TextTable table;
    if (!forPeople) {
        table.header
            = { QStringLiteral("workers"), QStringLiteral("wall_median_s"), QStringLiteral("speedup"),
                QStringLiteral("ideal"),   QStringLiteral("bound"),         QStringLiteral("efficiency") };
        for (const SweepRow &row : rows)
            table.rows << QStringList { QString::number(row.workers), number(row.wallMedian),
                                        number(row.speedup, 3),       number(row.ideal, 3),
                                        number(row.bound, 3),         number(row.efficiency, 3) };
        return table;
    }
    table.header = { QStringLiteral("workers"),   QStringLiteral("runs"),  QStringLiteral("wall median"),
                     QStringLiteral("speedup"),   QStringLiteral("ideal"), QStringLiteral("bound"),
                     QStringLiteral("efficiency") };
    table.rightAligned = { true, true, true, true, true, true, true };
    for (const SweepRow &row : rows)
        table.rows << QStringList {
            QString::number(row.workers), QString::number(row.runs), seconds(row.wallMedian),
            times(row.speedup),           times(row.ideal),          times(row.bound),
            percent(row.efficiency)
        };
    return table;
}

QByteArray ComparisonExport::sweepJson(const QList<SweepRow> &rows)
{
    QJsonArray array;
    for (const SweepRow &row : rows)
        array.append(QJsonObject { { QStringLiteral("workers"), row.workers },
                                   { QStringLiteral("runs"), row.runs },
                                   { QStringLiteral("wall_median_s"), row.wallMedian },
                                   { QStringLiteral("speedup"), json(row.speedup) },
                                   { QStringLiteral("ideal"), row.ideal },
                                   { QStringLiteral("bound"), json(row.bound) },
                                   { QStringLiteral("efficiency"), json(row.efficiency) } });
    return document(array);
}

QByteArray ComparisonExport::sweep(ExportFormat format, const QList<SweepRow> &rows)
{
    return inFormat(format, rows, &sweepTable, &sweepJson);
}

QByteArray ComparisonExport::sweepText(const QList<SweepRow> &rows)
{
    return sweepTable(rows, true).toAligned();
}
