#include "runarguments.h"

#include "commandlineerror.h"
#include "exportformat.h"
#include "numberparser.h"
#include "outputtarget.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <climits>

RunArguments::RunArguments(const QString &command, int options)
    : m_command(command)
    , m_optional(options)
    , m_help(QStringList { QStringLiteral("h"), QStringLiteral("help") }, tr("Shows this help."))
    , m_workers(QStringLiteral("workers"), tr("Number of workers (default: one per core)."), tr("N"))
    , m_preset(QStringLiteral("preset"), tr("Workload preset: book (default) or large."), tr("name"))
    , m_numbers(QStringLiteral("numbers"), tr("Read the numbers from FILE ('-' for standard input)."),
                tr("FILE"))
    , m_join(NumberParseOptions::joinThousandsOption())
    , m_generate(QStringLiteral("generate"), tr("Generate COUNT numbers."), tr("COUNT"))
    , m_digits(QStringLiteral("digits"), tr("Digits of generated numbers (default 12)."), tr("D"),
               QStringLiteral("12"))
    , m_share(QStringLiteral("prime-share"), tr("Share of primes among generated numbers (default 0.5)."),
              tr("F"), QStringLiteral("0.5"))
    , m_seed(QStringLiteral("seed"), tr("Seed of the generator (default 1)."), tr("S"), QStringLiteral("1"))
    , m_format(QStringLiteral("format"),
               tr("Output: table, csv, json or markdown (default: from the extension of --output's FILE, "
                  ".csv, .json or .md, else table)."),
               tr("format"), QStringLiteral("table"))
    , m_output(QStringLiteral("output"), tr("Write the output to FILE ('-' for standard output)."),
               tr("FILE"))
    , m_trace(QStringLiteral("trace"), tr("Also write a Chrome trace (Perfetto) to FILE."), tr("FILE"))
    , m_slice(
          QStringLiteral("slice"),
          tr("Divisions between progress reports and yields (default %1).").arg(RunOptions {}.sliceDivisions),
          tr("N"))
    , m_switch(QStringLiteral("switch-interval"),
               tr("threads-gil: how long a thread keeps the lock while another waits, in ms (default %1).")
                   .arg(RunOptions {}.switchIntervalUs / 1000.0),
               tr("MS"))
{ }

void RunArguments::addTo(QCommandLineParser &parser) const
{
    parser.addOption(m_help);
    parser.addVersionOption();
    if (m_optional & Workers)
        parser.addOption(m_workers);
    parser.addOptions({ m_preset, m_numbers, m_join, m_generate, m_digits, m_share, m_seed, m_format,
                        m_output, m_slice, m_switch });
    if (m_optional & Trace)
        parser.addOption(m_trace);
}

std::optional<int> RunArguments::parse(QCommandLineParser &parser, const QStringList &arguments,
                                       QTextStream &out, QTextStream &err) const
{
    if (!parser.parse(arguments))
        return usageError(err, CommandLineError::describe(parser));
    if (parser.isSet(m_help)) {
        out << parser.helpText().replace(arguments.value(0), QStringLiteral("conviz-cli ") + m_command)
            << Qt::flush;
        return int(Done);
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << "conviz-cli " << QCoreApplication::applicationVersion() << '\n' << Qt::flush;
        return int(Done);
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(err, tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    return std::nullopt;
}

std::optional<Mode> RunArguments::mode(const QString &option, const QString &name, QTextStream &err) const
{
    const std::optional<Mode> mode = Modes::fromName(name);
    if (!mode)
        usageError(err, tr("%1: unknown mode '%2' (choose from %3)").arg(option, name, Modes::names()));
    return mode;
}

int RunArguments::usageError(QTextStream &err, const QString &message) const
{
    err << "conviz-cli " << m_command << ": error: " << message << "\n"
        << tr("Try 'conviz-cli %1 --help'.").arg(m_command) << Qt::endl;
    return BadInput;
}

std::optional<int> RunArguments::read(const QCommandLineParser &parser, QTextStream &err)
{
    if ((m_optional & Workers) && parser.isSet(m_workers)) {
        bool ok = false;
        options.workers = parser.value(m_workers).toInt(&ok);
        if (!ok || options.workers < 1 || options.workers > 256)
            return usageError(
                err,
                tr("--workers takes a whole number from 1 to 256, not '%1'").arg(parser.value(m_workers)));
    }
    if (parser.isSet(m_slice)) {
        bool ok = false;
        options.sliceDivisions = parser.value(m_slice).toULongLong(&ok);
        if (!ok || options.sliceDivisions < 1)
            return usageError(err,
                              tr("--slice takes a whole number of divisions of at least 1, not '%1'")
                                  .arg(parser.value(m_slice)));
    }
    if (parser.isSet(m_switch)) {
        bool ok = false;
        const double ms = parser.value(m_switch).toDouble(&ok);
        if (!ok || ms < 0.001 || ms > 10000)
            return usageError(err,
                              tr("--switch-interval takes milliseconds from 0.001 to 10000, not '%1'")
                                  .arg(parser.value(m_switch)));
        options.switchIntervalUs = std::max(1, int(ms * 1000));
    }

    format = parser.value(m_format).toLower();
    if (format != QLatin1String("table") && !ExportFiles::formatForName(format))
        return usageError(
            err,
            tr("unknown format '%1' (choose from table, csv, json, markdown)").arg(parser.value(m_format)));
    outputPath = parser.value(m_output);
    // results.csv is asked for as CSV: a file's extension says its format unless --format does.
    if (!parser.isSet(m_format) && !OutputTarget::isStandardOutput(outputPath)) {
        if (const std::optional<ExportFormat> named = ExportFiles::formatForPath(outputPath))
            format = ExportFiles::extension(*named);
    }
    if (m_optional & Trace)
        tracePath = parser.value(m_trace);
    // Before a run that may be long: where its output goes must take it.
    const QString unusable = OutputTarget::checkBeforeRun(
        { { QStringLiteral("--output"), outputPath.isEmpty() ? QStringLiteral("-") : outputPath },
          { QStringLiteral("--trace"), tracePath } });
    if (!unusable.isEmpty())
        return usageError(err, unusable);

    const int sources
        = int(parser.isSet(m_preset)) + int(parser.isSet(m_numbers)) + int(parser.isSet(m_generate));
    if (sources > 1)
        return usageError(err, tr("choose one of --preset, --numbers and --generate"));
    m_joinThousands = parser.isSet(m_join);
    if (parser.isSet(m_numbers))
        return loadNumbers(parser.value(m_numbers), err);
    if (parser.isSet(m_generate)) {
        bool countOk = false, digitsOk = false, shareOk = false, seedOk = false;
        const int count = parser.value(m_generate).toInt(&countOk);
        const int digits = parser.value(m_digits).toInt(&digitsOk);
        const double share = parser.value(m_share).toDouble(&shareOk);
        const quint64 seed = parser.value(m_seed).toULongLong(&seedOk);
        if (!countOk || count < 1 || count > 10'000'000)
            return usageError(
                err,
                tr("--generate takes a count from 1 to 10000000, not '%1'").arg(parser.value(m_generate)));
        if (!digitsOk || digits < 1 || digits > 19)
            return usageError(
                err, tr("--digits takes a whole number from 1 to 19, not '%1'").arg(parser.value(m_digits)));
        if (!shareOk || share < 0 || share > 1)
            return usageError(
                err, tr("--prime-share takes a fraction from 0 to 1, not '%1'").arg(parser.value(m_share)));
        if (!seedOk)
            return usageError(err, tr("--seed takes a whole number, not '%1'").arg(parser.value(m_seed)));
        workload = Workload::generated(count, digits, share, seed);
        return std::nullopt;
    }
    const QString name = parser.isSet(m_preset) ? parser.value(m_preset) : QStringLiteral("book");
    const std::optional<Workload> preset = Workload::preset(name);
    if (!preset)
        return usageError(err,
                          tr("unknown preset '%1' (choose from %2)")
                              .arg(name, Workload::presetNames().join(QStringLiteral(", "))));
    workload = *preset;
    return std::nullopt;
}

std::optional<int> RunArguments::loadNumbers(const QString &source, QTextStream &err)
{
    QFile file;
    const bool stdinSource = source == QLatin1String("-");
    const bool opened = stdinSource ? file.open(stdin, QIODevice::ReadOnly)
                                    : (file.setFileName(source), file.open(QIODevice::ReadOnly));
    if (!opened) {
        err << source << ": error: " << tr("cannot read: %1").arg(file.errorString()) << Qt::endl;
        return int(BadInput);
    }
    const ParsedNumbers parsed = NumberParser::parse(file, { m_joinThousands, {} });
    const QString name = stdinSource ? QStringLiteral("<stdin>") : source;
    for (const ThousandsGroup &group : parsed.thousands)
        err << group.toString(name, m_joinThousands) << "\n";
    if (parsed.thousandsCount > parsed.thousands.size())
        err << tr("… and %n more number(s) with thousands separators", nullptr,
                  int(qMin<qint64>(parsed.thousandsCount - parsed.thousands.size(), INT_MAX)))
            << "\n";
    if (parsed.thousandsCount > 0 && !m_joinThousands)
        err << tr("(--join-thousands reads each of them as one number)") << "\n";
    for (const QString &line : parsed.messages(name))
        err << line << "\n";
    if (!parsed.isValid()) {
        err << (parsed.errorCount > 0 ? tr("Nothing was checked: %n bad token(s).", nullptr,
                                           int(qMin<qint64>(parsed.errorCount, INT_MAX)))
                                      : tr("Nothing was checked."))
            << Qt::endl;
        return int(BadInput);
    }
    if (parsed.numbers.isEmpty()) {
        err << ParsedNumbers::nothingToCheck(name) << Qt::endl;
        return int(BadInput);
    }
    // Named as the window names a file's numbers: by the file.
    workload = Workload::fromNumbers(stdinSource ? QStringLiteral("stdin") : QFileInfo(source).fileName(),
                                     parsed.numbers);
    return std::nullopt;
}
