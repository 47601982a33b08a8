#include "launchoptions.h"

#include "commandlineerror.h"
#include "outputtarget.h"

#include "exportformat.h"
#include "numberparser.h"
#include "workerprogram.h"
#include "workload.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

std::optional<LaunchOptions> LaunchOptions::parse(const QStringList &arguments, QString *error,
                                                  bool *helpShown)
{
    QString unread; // a caller that knows its arguments are right may pass no error
    if (!error)
        error = &unread;
    const auto tr = [](const char *text) { return QCoreApplication::translate("LaunchOptions", text); };
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Conviz: watch threads, processes and coroutines check primes."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption mode(QStringLiteral("mode"), tr("Execution model: %1.").arg(Modes::names()),
                                  QStringLiteral("mode"));
    const QCommandLineOption workers(QStringLiteral("workers"), tr("Number of workers (1-256)."),
                                     QStringLiteral("n"));
    const QCommandLineOption preset(QStringLiteral("preset"), tr("Workload preset: book or large."),
                                    QStringLiteral("name"));
    const QCommandLineOption numbers(QStringLiteral("numbers"), tr("Check the numbers in this text file."),
                                     QStringLiteral("file"));
    const QCommandLineOption join = NumberParseOptions::joinThousandsOption();
    const QCommandLineOption run(QStringLiteral("run"), tr("Start the run at once."));
    const QCommandLineOption exportTo(
        QStringLiteral("export"),
        tr("With --run: write the results table to this file (.csv, .json or .md) "
           "when the run ends, then quit."),
        QStringLiteral("file"));
    const QCommandLineOption screenshots(
        QStringLiteral("screenshot-dir"),
        tr("With --run: save MODE-running.png mid-run and MODE-done.png at the "
           "end in this folder, then quit."),
        QStringLiteral("dir"));
    const QCommandLineOption lab(QStringLiteral("spinner-lab"), tr("Open on the spinner lab page."));
    const QCommandLineOption timeline(
        QStringLiteral("export-timeline"),
        tr("With --run: draw the timeline into this file (.png or .svg) when the run ends, then quit."),
        QStringLiteral("file"));
    const QCommandLineOption workerProgram = WorkerProgram::option();
    const QCommandLineOption trace(
        QStringLiteral("trace"),
        tr("With --run: write a Chrome trace (Perfetto) with the jobs and the CPU load to this file when the "
           "run ends, then quit."),
        QStringLiteral("file"));
    parser.addOptions({ mode, workers, preset, numbers, join, run, exportTo, screenshots, lab, timeline,
                        workerProgram, trace });
    if (!parser.parse(arguments)) {
        *error = CommandLineError::describe(parser);
        return std::nullopt;
    }
    if (parser.isSet(help) || parser.isSet(version)) {
        if (helpShown)
            *helpShown = true;
        *error = parser.isSet(help) ? parser.helpText()
                                    : QCoreApplication::applicationName() + QLatin1Char(' ')
                + QCoreApplication::applicationVersion() + QLatin1Char('\n');
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst());
        return std::nullopt;
    }
    LaunchOptions options;
    if (parser.isSet(mode)) {
        options.mode = Modes::fromName(parser.value(mode));
        if (!options.mode) {
            *error = tr("--mode: unknown mode '%1' (%2)").arg(parser.value(mode), Modes::names());
            return std::nullopt;
        }
    }
    if (parser.isSet(workers)) {
        bool ok = false;
        const int n = parser.value(workers).toInt(&ok);
        if (!ok || n < 1 || n > 256) {
            *error = tr("--workers: '%1' is not a whole number from 1 to 256").arg(parser.value(workers));
            return std::nullopt;
        }
        options.workers = n;
    }
    if (parser.isSet(preset) && parser.isSet(numbers)) {
        *error = tr("--preset and --numbers cannot be used together");
        return std::nullopt;
    }
    if (parser.isSet(preset)) {
        options.preset = parser.value(preset);
        if (!Workload::presetNames().contains(options.preset)) {
            *error = tr("--preset: unknown preset '%1' (%2)")
                         .arg(options.preset, Workload::presetNames().join(QLatin1String(", ")));
            return std::nullopt;
        }
    }
    options.numbersFile = parser.value(numbers);
    options.joinThousands = parser.isSet(join);
    options.run = parser.isSet(run);
    options.spinnerLab = parser.isSet(lab);
    options.exportPath = parser.value(exportTo);
    if (!options.exportPath.isEmpty()) {
        if (!options.run) {
            *error = tr("--export needs --run");
            return std::nullopt;
        }
        if (!ExportFiles::formatForPath(options.exportPath)) {
            *error = tr("--export: cannot tell the format of '%1' (use .csv, .json or .md)")
                         .arg(options.exportPath);
            return std::nullopt;
        }
    }
    options.workerProgram = parser.value(workerProgram);
    options.screenshotDir = parser.value(screenshots);
    if (!options.screenshotDir.isEmpty() && !options.run) {
        *error = tr("--screenshot-dir needs --run");
        return std::nullopt;
    }
    options.tracePath = parser.value(trace);
    if (!options.tracePath.isEmpty() && !options.run) {
        *error = tr("--trace needs --run");
        return std::nullopt;
    }
    options.timelinePath = parser.value(timeline);
    if (!options.timelinePath.isEmpty()) {
        if (!options.run) {
            *error = tr("--export-timeline needs --run");
            return std::nullopt;
        }
        const QString suffix = QFileInfo(options.timelinePath).suffix().toLower();
        if (suffix != QLatin1String("png") && suffix != QLatin1String("svg")) {
            *error = tr("--export-timeline: cannot tell the format of '%1' (use .png or .svg)")
                         .arg(options.timelinePath);
            return std::nullopt;
        }
    }
    // Before a run that may be long: where its files go must take them.
    if (const QString unusable
        = OutputTarget::checkBeforeRun({ { QStringLiteral("--export"), options.exportPath },
                                         { QStringLiteral("--trace"), options.tracePath },
                                         { QStringLiteral("--export-timeline"), options.timelinePath } });
        !unusable.isEmpty()) {
        *error = unusable;
        return std::nullopt;
    }
    return options;
}
