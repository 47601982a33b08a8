#include "runhistoryfile.h"

#include "exportformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <cmath>
#include <limits>

namespace {
constexpr int fileVersion = 1;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RunHistoryFile)
};

// One run's fields, each checked for its type; the first one at fault is named.
class RunReader
{
public:
    RunReader(const QJsonObject &object, int run)
        : m_object(object)
        , m_run(run)
    { }

    QString text(const char *field)
    {
        const QJsonValue value = m_object.value(QLatin1String(field));
        if (!value.isString())
            fault(field);
        return value.toString();
    }
    double number(const char *field, double minimum)
    {
        const QJsonValue value = m_object.value(QLatin1String(field));
        if (!value.isDouble() || value.toDouble() < minimum)
            fault(field);
        return value.toDouble();
    }
    // A whole number from minimum up to what an int holds: a count of workers or numbers.
    int count(const char *field, int minimum)
    {
        const QJsonValue value = m_object.value(QLatin1String(field));
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < minimum || number > std::numeric_limits<int>::max()
            || number != std::floor(number)) {
            fault(field);
            return minimum;
        }
        return int(number);
    }
    std::optional<double> optionalNumber(const char *field)
    {
        const QJsonValue value = m_object.value(QLatin1String(field));
        if (value.isNull() || value.isUndefined())
            return std::nullopt;
        if (!value.isDouble() || value.toDouble() <= 0)
            fault(field);
        return value.toDouble();
    }
    bool flag(const char *field)
    {
        const QJsonValue value = m_object.value(QLatin1String(field));
        if (!value.isBool())
            fault(field);
        return value.toBool();
    }
    QDateTime time(const char *field)
    {
        const QDateTime value = QDateTime::fromString(text(field), Qt::ISODate);
        if (!value.isValid())
            fault(field);
        return value;
    }
    const QString &error() const { return m_error; }

private:
    void fault(const char *field)
    {
        if (m_error.isEmpty())
            m_error = Text::tr("run %1: field '%2' is missing or wrong").arg(m_run).arg(QLatin1String(field));
    }

    QJsonObject m_object;
    int m_run;
    QString m_error;
};
} // namespace

QByteArray RunHistoryFile::serialize(const QList<RunSummary> &runs, qint64 firstRun)
{
    QJsonArray array;
    const qsizetype leftOut = std::max<qsizetype>(0, runs.size() - maxRuns);
    for (qsizetype i = leftOut; i < runs.size(); ++i) {
        const RunSummary &run = runs.at(i);
        QJsonObject object { { QStringLiteral("mode"), run.mode },
                             { QStringLiteral("workers"), run.workers },
                             { QStringLiteral("workload"), run.workload },
                             { QStringLiteral("workload_key"), run.workloadKey },
                             { QStringLiteral("numbers"), run.numbers },
                             { QStringLiteral("checked"), run.checked },
                             { QStringLiteral("wall_s"), run.wallSeconds },
                             { QStringLiteral("cpu_s"), run.cpuSeconds },
                             { QStringLiteral("canceled"), run.canceled },
                             { QStringLiteral("finished_at"), run.finishedAt.toString(Qt::ISODateWithMs) } };
        object.insert(QStringLiteral("speedup"), run.speedup ? QJsonValue(*run.speedup) : QJsonValue());
        array.append(object);
    }
    return QJsonDocument(QJsonObject { { QStringLiteral("version"), fileVersion },
                                       { QStringLiteral("first_run"),
                                         std::min(firstRun + leftOut, RunHistory::maxRunNumber) },
                                       { QStringLiteral("runs"), array } })
        .toJson(QJsonDocument::Indented);
}

std::optional<QList<RunSummary>> RunHistoryFile::parse(const QByteArray &text, QString *error,
                                                       qint64 *firstRun)
{
    if (firstRun)
        *firstRun = 1;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = Text::tr("not JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("version")).toInt() != fileVersion) {
        *error = Text::tr("field 'version': this program reads version %1").arg(fileVersion);
        return std::nullopt;
    }
    // Written since runs past maxRuns were numbered on; older files start at 1.
    const QJsonValue first = root.value(QStringLiteral("first_run"));
    const double firstNumber = first.toDouble(-1);
    if (!first.isUndefined()
        && (!first.isDouble() || firstNumber < 1 || firstNumber > RunHistory::maxRunNumber
            || firstNumber != std::floor(firstNumber))) {
        *error = Text::tr("field 'first_run': not a whole number from 1 to %1").arg(RunHistory::maxRunNumber);
        return std::nullopt;
    }
    if (firstRun)
        *firstRun = first.isUndefined() ? 1 : qint64(firstNumber);
    const QJsonValue runsValue = root.value(QStringLiteral("runs"));
    if (!runsValue.isArray()) {
        *error = Text::tr("field 'runs' is missing or not a list");
        return std::nullopt;
    }
    QList<RunSummary> runs;
    const QJsonArray array = runsValue.toArray();
    runs.reserve(array.size()); // load() bounds the file, and so the list
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            *error = Text::tr("run %1 is not an object").arg(i + 1);
            return std::nullopt;
        }
        RunReader reader(array.at(i).toObject(), int(i) + 1);
        RunSummary run;
        run.mode = reader.text("mode");
        run.workers = reader.count("workers", 1);
        run.workload = reader.text("workload");
        run.workloadKey = reader.text("workload_key");
        run.numbers = reader.count("numbers", 0);
        run.checked = reader.count("checked", 0);
        run.wallSeconds = reader.number("wall_s", 0);
        // Files written before runs measured their CPU time have none: 0.
        run.cpuSeconds
            = array.at(i).toObject().contains(QLatin1String("cpu_s")) ? reader.number("cpu_s", 0) : 0;
        run.speedup = reader.optionalNumber("speedup");
        run.canceled = reader.flag("canceled");
        run.finishedAt = reader.time("finished_at");
        if (!reader.error().isEmpty()) {
            *error = reader.error();
            return std::nullopt;
        }
        runs.append(run);
    }
    return runs;
}

QString RunHistoryFile::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/history.json");
}

std::optional<QList<RunSummary>> RunHistoryFile::load(const QString &path, QString *error, qint64 *firstRun)
{
    if (firstRun)
        *firstRun = 1;
    QFile file(path);
    if (!file.exists())
        return QList<RunSummary> {};
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    // A history this program wrote is a few hundred kilobytes at most: anything far bigger
    // is not one, and is not read into memory whole to find that out.
    if (file.size() > maxBytes) {
        *error = Text::tr("%1: %2 MB, more than a history of %3 runs ever takes")
                     .arg(path)
                     .arg(file.size() / (1024 * 1024))
                     .arg(maxRuns);
        return std::nullopt;
    }
    QString why;
    std::optional<QList<RunSummary>> runs = parse(file.readAll(), &why, firstRun);
    if (!runs)
        *error = QStringLiteral("%1: %2").arg(path, why);
    return runs;
}

bool RunHistoryFile::save(const QString &path, const QList<RunSummary> &runs, QString *error, qint64 firstRun)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = Text::tr("%1: cannot make its folder").arg(path);
        return false;
    }
    return ExportFiles::write(path, serialize(runs, firstRun), error);
}
