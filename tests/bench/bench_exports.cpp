// What writing a big run's results takes, in each format: one threads run of 1,000,000
// numbers (1e6..2e6) in this process, then its CSV, JSON, Markdown and Chrome trace written
// to files (QSaveFile, synced to the disk as the window and conviz-cli write them), each the
// best of three. Printed: seconds, megabytes, megabytes per second, and the time of the run
// itself beside them, so the export is seen against what it exports. No target: figures.
// Usage: bench_exports [--quick]   (--quick: 20,000 numbers, once, for the test suite)
#include "benchrun.h"
#include "exportformat.h"
#include "resultsexport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = QCoreApplication::arguments().contains(QLatin1String("--quick"));
    const int count = quick ? 20'000 : 1'000'000;
    const int repeats = quick ? 1 : 3;
    QList<quint64> numbers;
    numbers.reserve(count);
    for (int i = 0; i < count; ++i)
        numbers.append(1'000'000 + quint64(i));
    RunOptions options;
    options.workers = 2;
    QElapsedTimer timer;
    timer.start();
    const RunReport report
        = BenchRun::run(Mode::Threads, Workload::fromNumbers(QStringLiteral("scale"), numbers), options);
    const double runSeconds = timer.nsecsElapsed() / 1e9;
    if (report.checkedCount() != count) {
        std::printf("WRONG: the run checked %d of %d\n", report.checkedCount(), count);
        return 1;
    }
    std::printf("bench_exports: %d numbers 1e6.. checked by 2 threads in %.3f s%s\n", count, runSeconds,
                quick ? " (quick)" : "");
    std::printf("%-10s %9s %9s %9s %10s\n", "format", "write s", "MB", "MB/s", "x the run");
    QTemporaryDir dir;
    struct Format
    {
        const char *name;
        QString file;
        std::function<bool(QIODevice &)> write;
    };
    const QList<Format> formats {
        { "csv", QStringLiteral("r.csv"),
          [&](QIODevice &d) { return ResultsExport::write(ExportFormat::Csv, report, d); } },
        { "json", QStringLiteral("r.json"),
          [&](QIODevice &d) { return ResultsExport::write(ExportFormat::Json, report, d); } },
        { "markdown", QStringLiteral("r.md"),
          [&](QIODevice &d) { return ResultsExport::write(ExportFormat::Markdown, report, d); } },
        { "trace", QStringLiteral("t.json"),
          [&](QIODevice &d) { return ResultsExport::writeChromeTrace(report, d); } },
    };
    bool failed = false;
    for (const Format &format : formats) {
        const QString path = dir.filePath(format.file);
        double best = -1;
        for (int i = 0; i < repeats; ++i) {
            QString error;
            timer.restart();
            if (!ExportFiles::write(path, format.write, &error)) {
                std::printf("%s: %s\n", format.name, qPrintable(error));
                failed = true;
                break;
            }
            const double seconds = timer.nsecsElapsed() / 1e9;
            best = best < 0 ? seconds : std::min(best, seconds);
        }
        const double megabytes = QFileInfo(path).size() / 1e6;
        std::printf("%-10s %9.3f %9.1f %9.0f %9.2fx\n", format.name, best, megabytes, megabytes / best,
                    best / runSeconds);
        std::fflush(stdout);
    }
    return failed ? 1 : 0;
}
