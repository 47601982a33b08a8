#include "primescommand.h"

#include "booktable.h"
#include "exportformat.h"
#include "numberparser.h"
#include "resultsexport.h"
#include "runner.h"
#include "runnerfactory.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

PrimesCommand::PrimesCommand(QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
{ }

PrimesCommand::~PrimesCommand() = default;

std::optional<int> PrimesCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks numbers for primality by trial division, as chapter 19 of Fluent Python does,\n"
           "in one of the execution models."));
    const QCommandLineOption helpOption(QStringList { QStringLiteral("h"), QStringLiteral("help") },
                                        tr("Shows this help."));
    parser.addOption(helpOption);
    QStringList modeNames;
    for (Mode mode : Modes::all())
        modeNames << Modes::name(mode);
    const QCommandLineOption modeOption(QStringLiteral("mode"),
                                        tr("Execution model: %1.").arg(modeNames.join(QStringLiteral(", "))),
                                        tr("mode"), QStringLiteral("sequential"));
    const QCommandLineOption workersOption(QStringLiteral("workers"),
                                           tr("Number of workers (default: one per core)."), tr("N"));
    const QCommandLineOption presetOption(QStringLiteral("preset"),
                                          tr("Workload preset: book (default) or large."), tr("name"));
    const QCommandLineOption numbersOption(
        QStringLiteral("numbers"), tr("Read the numbers from FILE ('-' for standard input)."), tr("FILE"));
    const QCommandLineOption joinOption(
        QStringLiteral("join-thousands"),
        tr("Read digits grouped by commas, like 1,000,003, as one number (default: separate numbers, "
           "with a warning)."));
    const QCommandLineOption generateOption(QStringLiteral("generate"), tr("Generate COUNT numbers."),
                                            tr("COUNT"));
    const QCommandLineOption digitsOption(QStringLiteral("digits"),
                                          tr("Digits of generated numbers (default 12)."), tr("D"),
                                          QStringLiteral("12"));
    const QCommandLineOption shareOption(QStringLiteral("prime-share"),
                                         tr("Share of primes among generated numbers (default 0.5)."),
                                         tr("F"), QStringLiteral("0.5"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), tr("Seed of the generator (default 1)."),
                                        tr("S"), QStringLiteral("1"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("Output: table (default), csv, json or markdown."), tr("format"),
                                          QStringLiteral("table"));
    const QCommandLineOption outputOption(QStringLiteral("output"), tr("Write the output to FILE."),
                                          tr("FILE"));
    const QCommandLineOption traceOption(QStringLiteral("trace"),
                                         tr("Also write a Chrome trace (Perfetto) to FILE."), tr("FILE"));
    const QCommandLineOption sliceOption(
        QStringLiteral("slice"),
        tr("Divisions between progress reports and yields (default %1).").arg(RunOptions {}.sliceDivisions),
        tr("N"));
    const QCommandLineOption switchOption(
        QStringLiteral("switch-interval"),
        tr("threads-gil: how long a thread keeps the lock while another waits, in ms (default %1).")
            .arg(RunOptions {}.switchIntervalUs / 1000.0),
        tr("MS"));
    const QCommandLineOption workerProgramOption(
        QStringLiteral("worker-program"),
        tr("The worker program of the processes mode (default: $CONVIZ_WORKER_PROGRAM, else conviz-worker)."),
        tr("PATH"));
    const QCommandLineOption workerTimeoutOption(
        QStringLiteral("worker-timeout"),
        tr("processes: replace a busy worker whose progress stalls this long, in ms (default %1).")
            .arg(RunOptions {}.workerTimeoutMs),
        tr("MS"));
    parser.addOptions({ modeOption, workersOption, presetOption, numbersOption, joinOption, generateOption,
                        digitsOption, shareOption, seedOption, formatOption, outputOption, traceOption,
                        sliceOption, switchOption, workerProgramOption, workerTimeoutOption });

    auto usageError = [this](const QString &message) {
        m_err << "conviz-cli primes: error: " << message << "\n"
              << tr("Try 'conviz-cli primes --help'.") << Qt::endl;
        return int(BadInput);
    };
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        m_out << parser.helpText().replace(arguments.value(0), QStringLiteral("conviz-cli primes"))
              << Qt::flush;
        return int(Done);
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));

    const std::optional<Mode> mode = Modes::fromName(parser.value(modeOption));
    if (!mode)
        return usageError(tr("unknown mode '%1' (choose from %2)")
                              .arg(parser.value(modeOption), modeNames.join(QStringLiteral(", "))));
    m_mode = *mode;

    if (parser.isSet(workersOption)) {
        bool ok = false;
        m_options.workers = parser.value(workersOption).toInt(&ok);
        if (!ok || m_options.workers < 1 || m_options.workers > 256)
            return usageError(tr("--workers takes a whole number from 1 to 256, not '%1'")
                                  .arg(parser.value(workersOption)));
    }
    if (parser.isSet(sliceOption)) {
        bool ok = false;
        m_options.sliceDivisions = parser.value(sliceOption).toULongLong(&ok);
        if (!ok || m_options.sliceDivisions < 1)
            return usageError(tr("--slice takes a whole number of divisions of at least 1, not '%1'")
                                  .arg(parser.value(sliceOption)));
    }

    if (parser.isSet(switchOption)) {
        bool ok = false;
        const double ms = parser.value(switchOption).toDouble(&ok);
        if (!ok || ms < 0.001 || ms > 10000)
            return usageError(tr("--switch-interval takes milliseconds from 0.001 to 10000, not '%1'")
                                  .arg(parser.value(switchOption)));
        m_options.switchIntervalUs = std::max(1, int(ms * 1000));
    }

    m_options.workerProgram = parser.value(workerProgramOption);
    if (parser.isSet(workerTimeoutOption)) {
        bool ok = false;
        m_options.workerTimeoutMs = parser.value(workerTimeoutOption).toInt(&ok);
        if (!ok || m_options.workerTimeoutMs < 100 || m_options.workerTimeoutMs > 3600000)
            return usageError(tr("--worker-timeout takes milliseconds from 100 to 3600000, not '%1'")
                                  .arg(parser.value(workerTimeoutOption)));
    }

    m_format = parser.value(formatOption).toLower();
    if (m_format != QLatin1String("table") && !ExportFiles::formatForName(m_format))
        return usageError(tr("unknown format '%1' (choose from table, csv, json, markdown)")
                              .arg(parser.value(formatOption)));
    m_outputPath = parser.value(outputOption);
    m_tracePath = parser.value(traceOption);

    const int sources = int(parser.isSet(presetOption)) + int(parser.isSet(numbersOption))
        + int(parser.isSet(generateOption));
    if (sources > 1)
        return usageError(tr("choose one of --preset, --numbers and --generate"));
    m_joinThousands = parser.isSet(joinOption);
    if (parser.isSet(numbersOption)) {
        if (const auto code = loadWorkload(parser.value(numbersOption)))
            return code;
    } else if (parser.isSet(generateOption)) {
        bool countOk = false, digitsOk = false, shareOk = false, seedOk = false;
        const int count = parser.value(generateOption).toInt(&countOk);
        const int digits = parser.value(digitsOption).toInt(&digitsOk);
        const double share = parser.value(shareOption).toDouble(&shareOk);
        const quint64 seed = parser.value(seedOption).toULongLong(&seedOk);
        if (!countOk || count < 1 || count > 10'000'000)
            return usageError(tr("--generate takes a count from 1 to 10000000, not '%1'")
                                  .arg(parser.value(generateOption)));
        if (!digitsOk || digits < 1 || digits > 19)
            return usageError(
                tr("--digits takes a whole number from 1 to 19, not '%1'").arg(parser.value(digitsOption)));
        if (!shareOk || share < 0 || share > 1)
            return usageError(
                tr("--prime-share takes a fraction from 0 to 1, not '%1'").arg(parser.value(shareOption)));
        if (!seedOk)
            return usageError(tr("--seed takes a whole number, not '%1'").arg(parser.value(seedOption)));
        m_workload = Workload::generated(count, digits, share, seed);
    } else {
        const QString name = parser.isSet(presetOption) ? parser.value(presetOption) : QStringLiteral("book");
        const std::optional<Workload> preset = Workload::preset(name);
        if (!preset)
            return usageError(tr("unknown preset '%1' (choose from %2)")
                                  .arg(name, Workload::presetNames().join(QStringLiteral(", "))));
        m_workload = *preset;
    }

    m_runner = RunnerFactory::create(m_mode);
    if (!m_runner) {
        m_err << "conviz-cli primes: error: "
              << tr("the %1 mode is not available in this build").arg(Modes::name(m_mode)) << Qt::endl;
        return int(Failed);
    }
    const bool table = m_format == QLatin1String("table");
    if (table && m_outputPath.isEmpty()) {
        // Rows stream as results arrive, as in the book.
        m_out << BookTable::header(m_mode, int(m_workload.size()), m_options.workerCount()) << Qt::endl;
        m_rowTimer.setInterval(RunStore::refreshIntervalMs);
        connect(&m_rowTimer, &QTimer::timeout, this, &PrimesCommand::printNewRows);
        m_rowTimer.start();
    }
    connect(m_runner.get(), &Runner::runFinished, this, &PrimesCommand::onFinished);
    connect(m_runner.get(), &Runner::runFailed, this, [this](const QString &message) {
        m_err << "conviz-cli primes: error: " << message << Qt::endl;
        Q_EMIT finished(m_interrupted ? Interrupted : Failed);
    });
    m_runner->start(m_workload, m_options);
    return std::nullopt;
}

std::optional<int> PrimesCommand::loadWorkload(const QString &source)
{
    QFile file;
    const bool stdinSource = source == QLatin1String("-");
    const bool opened = stdinSource ? file.open(stdin, QIODevice::ReadOnly)
                                    : (file.setFileName(source), file.open(QIODevice::ReadOnly));
    if (!opened) {
        m_err << source << ": error: " << tr("cannot read: %1").arg(file.errorString()) << Qt::endl;
        return int(BadInput);
    }
    const ParsedNumbers parsed = NumberParser::parse(file, { m_joinThousands, {} });
    const QString name = stdinSource ? QStringLiteral("<stdin>") : source;
    for (const ThousandsGroup &group : parsed.thousands)
        m_err << group.toString(name, m_joinThousands) << "\n";
    if (parsed.thousandsCount > parsed.thousands.size())
        m_err << tr("… and %n more number(s) with thousands separators", nullptr,
                    int(qMin<qint64>(parsed.thousandsCount - parsed.thousands.size(), INT_MAX)))
              << "\n";
    if (parsed.thousandsCount > 0 && !m_joinThousands)
        m_err << tr("(--join-thousands reads each of them as one number)") << "\n";
    for (const QString &line : parsed.messages(name))
        m_err << line << "\n";
    if (!parsed.isValid()) {
        m_err << (parsed.errorCount > 0 ? tr("Nothing was checked: %n bad token(s).", nullptr,
                                             int(qMin<qint64>(parsed.errorCount, INT_MAX)))
                                        : tr("Nothing was checked."))
              << Qt::endl;
        return int(BadInput);
    }
    if (parsed.numbers.isEmpty()) {
        m_err << name << ": error: " << tr("no numbers to check") << Qt::endl;
        return int(BadInput);
    }
    m_workload = Workload::fromNumbers(stdinSource ? QStringLiteral("stdin") : QStringLiteral("file"),
                                       parsed.numbers);
    return std::nullopt;
}

void PrimesCommand::printNewRows()
{
    // Rows in the order the checks finished, as the book's procs.py prints them.
    const std::shared_ptr<const RunStore> store = m_runner->store();
    if (!store)
        return;
    store->takeFinished(m_rowCursor,
                        [&](qint32 index) { m_out << BookTable::row(store->result(index)) << '\n'; });
    m_out.flush();
}

void PrimesCommand::interrupt()
{
    m_interrupted = true;
    if (m_runner && m_runner->isRunning())
        m_runner->cancel();
    else
        Q_EMIT finished(Interrupted);
}

void PrimesCommand::onFinished(const RunReport &report)
{
    const bool table = m_format == QLatin1String("table");
    int code = report.canceled ? Interrupted : Done;
    if (table && m_outputPath.isEmpty()) {
        m_rowTimer.stop();
        printNewRows();
        m_out << BookTable::footer(m_mode, report.checkedCount(), report.wallSeconds) << Qt::endl;
    } else {
        QByteArray data;
        if (table) {
            QStringList lines { BookTable::header(m_mode, int(report.size()), report.workerCount) };
            for (qsizetype i = 0; i < report.size(); ++i) {
                if (const JobResult result = report.result(i); result.index >= 0)
                    lines << BookTable::row(result);
            }
            lines << BookTable::footer(m_mode, report.checkedCount(), report.wallSeconds);
            data = (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
        } else {
            data = ResultsExport::to(*ExportFiles::formatForName(m_format), report);
        }
        QString error;
        if (m_outputPath.isEmpty()) {
            m_out << QString::fromUtf8(data) << Qt::flush;
        } else if (!ExportFiles::write(m_outputPath, data, &error)) {
            m_err << "conviz-cli primes: error: " << error << Qt::endl;
            code = Failed;
        }
    }
    QString error;
    if (!m_tracePath.isEmpty()
        && !ExportFiles::write(m_tracePath, ResultsExport::toChromeTrace(report), &error)) {
        m_err << "conviz-cli primes: error: " << error << Qt::endl;
        code = Failed;
    }
    if (report.failedCount() > 0 && code == Done)
        code = Failed;
    if (report.canceled)
        m_err << tr("Interrupted: %1 of %2 numbers checked.").arg(report.checkedCount()).arg(report.size())
              << Qt::endl;
    Q_EMIT finished(m_interrupted ? int(Interrupted) : code);
}
