#include "primescommand.h"

#include "booktable.h"
#include "englishcount.h"
#include "exportformat.h"
#include "numberparser.h"
#include "outputtarget.h"
#include "resultsexport.h"
#include "runarguments.h"
#include "runner.h"
#include "runnerfactory.h"
#include "workerprogram.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

#include <cerrno>
#include <cstdio>

namespace {
// The trace's CPU counters: fine enough to see a core go idle, cheap enough not to show up.
constexpr int traceSampleMs = 100;
} // namespace

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
    const QCommandLineOption modeOption(QStringLiteral("mode"),
                                        tr("Execution model: %1.").arg(Modes::names()), tr("mode"),
                                        QStringLiteral("sequential"));
    const QCommandLineOption workerProgramOption = WorkerProgram::option();
    const QCommandLineOption workerTimeoutOption(
        QStringLiteral("worker-timeout"),
        tr("processes: replace a busy worker whose progress stalls this long, in ms (default %1).")
            .arg(RunOptions {}.workerTimeoutMs),
        tr("MS"));
    RunArguments run(QStringLiteral("primes"));
    run.addTo(parser);
    parser.addOptions({ modeOption, workerProgramOption, workerTimeoutOption });
    if (const std::optional<int> code = run.parse(parser, arguments, m_out, m_err))
        return code;
    const std::optional<Mode> mode = run.mode(QStringLiteral("--mode"), parser.value(modeOption), m_err);
    if (!mode)
        return int(BadInput);
    m_mode = *mode;

    if (const std::optional<int> code = run.read(parser, m_err))
        return code;
    m_options = run.options;
    m_workload = run.workload;
    m_format = run.format;
    m_outputPath = run.outputPath;
    m_tracePath = run.tracePath;
    m_options.workerProgram = parser.value(workerProgramOption);
    if (parser.isSet(workerTimeoutOption)) {
        bool ok = false;
        m_options.workerTimeoutMs = parser.value(workerTimeoutOption).toInt(&ok);
        if (!ok || m_options.workerTimeoutMs < 100 || m_options.workerTimeoutMs > 3600000)
            return run.usageError(m_err,
                                  tr("--worker-timeout takes milliseconds from 100 to 3600000, not '%1'")
                                      .arg(parser.value(workerTimeoutOption)));
    }

    m_runner = RunnerFactory::create(m_mode);
    if (!m_runner) {
        m_err << "conviz-cli primes: error: "
              << tr("the %1 mode is not available in this build").arg(Modes::name(m_mode)) << Qt::endl;
        return int(Failed);
    }
    const bool table = m_format == QLatin1String("table");
    m_numberWidth = BookTable::numberWidth(m_workload.largestNumber());
    if (table && !hasOutputFile()) {
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
    if (!m_tracePath.isEmpty()) {
        m_cpu = std::make_unique<CpuSampler>();
        connect(m_runner.get(), &Runner::workerStarted, this,
                [this] { m_cpu->setProcesses(m_runner->report().workerPids()); });
        connect(m_cpu.get(), &CpuSampler::usageSampled, this, [this](const CpuUsage &usage) {
            if (m_runner->isRunning())
                m_utilization.append({ m_runner->secondsSinceStart(), usage });
        });
        m_cpu->start(traceSampleMs);
    }
    m_runner->start(m_workload, m_options);
    return std::nullopt;
}

void PrimesCommand::printNewRows()
{
    // Rows in the order the checks finished, as the book's procs.py prints them.
    const std::shared_ptr<const RunStore> store = m_runner->store();
    if (!store)
        return;
    store->takeFinished(m_rowCursor, [&](qint32 index) {
        m_out << BookTable::row(store->result(index), m_numberWidth) << '\n';
    });
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
    if (table && !hasOutputFile()) {
        m_rowTimer.stop();
        printNewRows();
        m_out << BookTable::footer(m_mode, report.checkedCount(), report.wallSeconds) << Qt::endl;
    } else {
        const QString path = hasOutputFile() ? m_outputPath : QStringLiteral("-");
        m_out.flush();
        QString error;
        const bool written = ExportFiles::write(
            path,
            [&](QIODevice &device) {
                if (!table)
                    return ResultsExport::write(*ExportFiles::formatForName(m_format), report, device);
                return writeTable(report, device);
            },
            &error);
        if (!written) {
            m_err << "conviz-cli primes: error: " << error << Qt::endl;
            code = Failed;
        }
    }
    QString error;
    if (!m_tracePath.isEmpty()
        && !ExportFiles::write(
            m_tracePath,
            [&](QIODevice &device) { return ResultsExport::writeChromeTrace(report, device, m_utilization); },
            &error)) {
        m_err << "conviz-cli primes: error: " << error << Qt::endl;
        code = Failed;
    }
    if (const QString failure = standardOutputError(); !failure.isEmpty()) {
        m_err << "conviz-cli primes: error: " << tr("Cannot write standard output: %1").arg(failure)
              << Qt::endl;
        code = Failed;
    }
    for (const QString &line : report.faultMessages())
        m_err << "conviz-cli primes: error: " << line << "\n";
    if (report.faultCount() > 0 && code == Done)
        code = Failed;
    if (report.canceled)
        m_err << tr("Interrupted: %1 of %2 checked.")
                     .arg(report.checkedCount())
                     .arg(englishCount(report.size(), QLatin1String("number"), QLatin1String("numbers")))
              << Qt::endl;
    m_err.flush();
    Q_EMIT finished(m_interrupted ? int(Interrupted) : code);
}

bool PrimesCommand::writeTable(const RunReport &report, QIODevice &device) const
{
    // In input order, a block of rows at a time: a million rows never sit in memory as text.
    constexpr qsizetype rowsABlock = 4096;
    QByteArray block = BookTable::header(m_mode, int(report.size()), report.workerCount).toUtf8() + '\n';
    for (qsizetype i = 0; i < report.size(); ++i) {
        if (const JobResult result = report.result(i); result.index >= 0)
            block += BookTable::row(result, m_numberWidth).toUtf8() + '\n';
        if ((i + 1) % rowsABlock == 0) {
            if (device.write(block) != block.size())
                return false;
            block.clear();
        }
    }
    block += BookTable::footer(m_mode, report.checkedCount(), report.wallSeconds).toUtf8() + '\n';
    return device.write(block) == block.size();
}

bool PrimesCommand::hasOutputFile() const
{
    return !m_outputPath.isEmpty() && !OutputTarget::isStandardOutput(m_outputPath);
}

QString PrimesCommand::standardOutputError()
{
    // stdio keeps a failed write to itself until it flushes: a full disk or a closed pipe
    // shows up here, not as a lost table and exit code 0.
    errno = 0;
    m_out.flush();
    const bool streamed = m_out.status() == QTextStream::Ok;
    const bool flushed = std::fflush(stdout) == 0 && !std::ferror(stdout);
    return streamed && flushed ? QString() : qt_error_string(errno ? errno : EIO);
}
