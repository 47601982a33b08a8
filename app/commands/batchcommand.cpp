#include "batchcommand.h"

#include "comparisonexport.h"
#include "englishcount.h"
#include "exportformat.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <QThread>

namespace {
std::optional<int> wholeNumber(const QString &text, int low, int high)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value >= low && value <= high ? std::optional(value) : std::nullopt;
}
QString runs(int count)
{
    return englishCount(count, QLatin1String("run"), QLatin1String("runs"));
}
QString numbers(qsizetype count)
{
    return englishCount(count, QLatin1String("number"), QLatin1String("numbers"));
}
} // namespace

BatchCommand::BatchCommand(Kind kind, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_out(out)
    , m_err(err)
    , m_run(kind == Compare ? QStringLiteral("compare") : QStringLiteral("sweep"),
            kind == Compare ? RunArguments::Workers : 0)
{ }

std::optional<int> BatchCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    const int cores = std::max(1, QThread::idealThreadCount());
    if (m_kind == Compare)
        parser.setApplicationDescription(
            tr("Runs every execution model on the same numbers and worker count, one after another, and\n"
               "reports wall time (median, min–max), CPU time, speedup over sequential and efficiency."));
    else
        parser.setApplicationDescription(
            tr("Runs one execution model with 1, 2, ... workers and reports the speedup over sequential\n"
               "against the ideal (one per worker) and the bound the work itself sets."));
    m_run.addTo(parser);
    const QCommandLineOption modesOption(
        QStringLiteral("modes"),
        tr("Comma-separated modes to compare (default: all): %1.").arg(Modes::names()), tr("LIST"));
    const QCommandLineOption modeOption(QStringLiteral("mode"),
                                        tr("The mode to sweep: %1.").arg(Modes::names()), tr("mode"));
    const QCommandLineOption maxOption(
        QStringLiteral("workers-max"),
        tr("Sweep up to N workers (default: twice the cores, %1).").arg(2 * cores), tr("N"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), tr("Runs of each (default 3)."), tr("R"),
                                          QStringLiteral("3"));
    if (m_kind == Compare)
        parser.addOption(modesOption);
    else
        parser.addOptions({ modeOption, maxOption });
    parser.addOption(repeatOption);
    if (const std::optional<int> code = m_run.parse(parser, arguments, m_out, m_err))
        return code;

    const std::optional<int> repeat = wholeNumber(parser.value(repeatOption), 1, 1000);
    if (!repeat)
        return m_run.usageError(
            m_err,
            tr("--repeat takes a whole number from 1 to 1000, not '%1'").arg(parser.value(repeatOption)));
    m_repeat = *repeat;
    if (m_kind == Compare) {
        QList<Mode> modes = Modes::all();
        if (parser.isSet(modesOption)) {
            modes.clear();
            for (const QString &name :
                 parser.value(modesOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const std::optional<Mode> mode = m_run.mode(QStringLiteral("--modes"), name.trimmed(), m_err);
                if (!mode)
                    return int(BadInput);
                if (!modes.contains(*mode))
                    modes.append(*mode);
            }
            if (modes.isEmpty())
                return m_run.usageError(m_err, tr("--modes names no mode"));
            // Speedups need the baseline: it runs first even when not asked for.
            if (!modes.contains(Mode::Sequential))
                modes.prepend(Mode::Sequential);
        }
        if (const std::optional<int> code = m_run.read(parser, m_err))
            return code;
        m_plan = BatchRun::comparePlan(modes, m_run.options.workerCount());
    } else {
        if (!parser.isSet(modeOption))
            return m_run.usageError(m_err, tr("--mode is required: the mode to sweep"));
        const std::optional<Mode> mode
            = m_run.mode(QStringLiteral("--mode"), parser.value(modeOption), m_err);
        if (!mode)
            return int(BadInput);
        m_mode = *mode;
        int maxWorkers = 2 * cores;
        if (parser.isSet(maxOption)) {
            const std::optional<int> value = wholeNumber(parser.value(maxOption), 1, 256);
            if (!value)
                return m_run.usageError(m_err,
                                        tr("--workers-max takes a whole number from 1 to 256, not '%1'")
                                            .arg(parser.value(maxOption)));
            maxWorkers = *value;
        }
        if (const std::optional<int> code = m_run.read(parser, m_err))
            return code;
        m_plan = BatchRun::sweepPlan(m_mode, maxWorkers);
    }

    connect(&m_batch, &BatchRun::machineChecked, this, [this](const CpuUsage &, const QString &warning) {
        if (!warning.isEmpty())
            m_err << tr("warning: %1").arg(warning) << Qt::endl;
    });
    connect(&m_batch, &BatchRun::runStarted, this, [this](int index, int total, Mode mode, int workers) {
        m_err << QStringLiteral("[%1/%2] ").arg(index + 1).arg(total) << Modes::name(mode) << ", "
              << englishCount(workers, QLatin1String("worker"), QLatin1String("workers"))
              << QStringLiteral("…") << Qt::endl;
    });
    connect(&m_batch, &BatchRun::finished, this, &BatchCommand::onFinished);
    connect(&m_batch, &BatchRun::failed, this, [this](const QString &message) {
        m_err << "conviz-cli " << name() << ": error: " << message << Qt::endl;
        Q_EMIT finished(m_interrupted ? Interrupted : Failed);
    });
    m_batch.start(m_run.workload, m_plan, m_repeat, m_run.options);
    return std::nullopt;
}

void BatchCommand::interrupt()
{
    m_interrupted = true;
    if (m_batch.isRunning())
        m_batch.stop();
    else
        Q_EMIT finished(Interrupted);
}

QByteArray BatchCommand::output() const
{
    const QList<RunSample> &samples = m_batch.samples();
    const std::optional<ExportFormat> format = ExportFiles::formatForName(m_run.format);
    if (m_kind == Compare) {
        const QList<ComparisonRow> rows = Comparison::rows(samples);
        if (format)
            return ComparisonExport::comparison(*format, rows);
        const QString title = tr("Compare on %1 (%2), %3 each:\n")
                                  .arg(m_run.workload.name, numbers(m_run.workload.size()), runs(m_repeat));
        return title.toUtf8() + ComparisonExport::comparisonText(rows);
    }
    const QList<SweepRow> rows = Sweep::rows(samples, Modes::name(m_mode));
    if (format)
        return ComparisonExport::sweep(*format, rows);
    const QString title
        = tr("Sweep of %1 on %2 (%3), %4 each; speedup over sequential:\n")
              .arg(Modes::name(m_mode), m_run.workload.name, numbers(m_run.workload.size()), runs(m_repeat));
    return title.toUtf8() + ComparisonExport::sweepText(rows);
}

void BatchCommand::onFinished(bool stopped)
{
    int code = stopped ? int(Interrupted) : int(Done);
    const QByteArray data = output();
    QString error;
    if (m_run.outputPath.isEmpty()) {
        m_out << QString::fromUtf8(data) << Qt::flush;
    } else if (!ExportFiles::write(m_run.outputPath, data, &error)) {
        m_err << "conviz-cli " << name() << ": error: " << error << Qt::endl;
        code = Failed;
    }
    if (stopped)
        m_err << tr("Interrupted: %1 of %2 done.").arg(m_batch.done()).arg(runs(m_batch.total())) << Qt::endl;
    Q_EMIT finished(m_interrupted ? int(Interrupted) : code);
}
