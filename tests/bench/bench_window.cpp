// Drives the real window offscreen in each mode, on the book fixture and on 100,000 small
// numbers, and prints: wall time against conviz-cli's on the same workload (from choosing the
// numbers to the run's end; the CLI's from its start to its exit, its list made in it too), the
// longest spinner frame gap, peak memory, and the CPU time the window's own thread took meanwhile
// (painting and taking in the results: time the workers could not have on a busy machine).
// Targets: gap under 150 ms and window time no more than twice the CLI's for the 100,000 numbers
// in the threads and processes modes.
// Usage: bench_window [--quick]
#include "mainwindow.h"
#include "runreport.h"
#include "spinnerwidget.h"
#include "workloadpanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>

#include <cstdio>
#include <ctime>

namespace {
struct Case
{
    QString name;
    WorkloadPanel::Source source;
    QStringList cliArguments;
};

// Peak resident memory of this process so far, from /proc/self/status (VmHWM), in MiB.
double peakMemoryMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return 0;
}

// CPU time of the calling thread, in milliseconds.
double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

double cliSeconds(const QString &mode, int workers, const QStringList &workload)
{
    QProcess cli;
    QStringList arguments {
        QStringLiteral("primes"),    QStringLiteral("--mode"),   mode,
        QStringLiteral("--workers"), QString::number(workers),   QStringLiteral("--format"),
        QStringLiteral("csv"),       QStringLiteral("--output"), QStringLiteral("/dev/null")
    };
    arguments += workload;
    QElapsedTimer timer;
    timer.start();
    cli.start(QCoreApplication::applicationDirPath() + QStringLiteral("/conviz-cli"), arguments);
    if (!cli.waitForFinished(600000) || cli.exitCode() != 0)
        return -1;
    return timer.nsecsElapsed() / 1e9;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // leave the user's settings alone
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int cores = std::max(1, QThread::idealThreadCount());

    QList<Case> cases { { QStringLiteral("book"),
                          WorkloadPanel::Source::Book,
                          { QStringLiteral("--preset"), QStringLiteral("book") } } };
    if (!quick) {
        cases.append({ QStringLiteral("100k x 6 digits"),
                       WorkloadPanel::Source::Generated,
                       { QStringLiteral("--generate"), QStringLiteral("100000"), QStringLiteral("--digits"),
                         QStringLiteral("6"), QStringLiteral("--prime-share"), QStringLiteral("0.5"),
                         QStringLiteral("--seed"), QStringLiteral("1") } });
    }
    const QList<Mode> modes = quick ? QList<Mode> { Mode::Threads } : Modes::all();

    std::printf("%-16s %-16s %8s %10s %9s %7s %10s %10s %9s  %s\n", "workload", "mode", "workers", "window s",
                "cli s", "ratio", "max gap ms", "ui cpu ms", "peak MiB", "targets");
    bool wrong = false;
    for (const Case &c : cases) {
        for (Mode mode : modes) {
            const int workers = mode == Mode::Sequential ? 1 : cores;
            MainWindow window;
            window.resize(1200, 800);
            window.show();
            window.setMode(mode);
            window.setWorkers(workers);
            window.workloadPanel()->setGenerated(100000, 6, 50);
            QEventLoop loop;
            RunReport report;
            QObject::connect(&window, &MainWindow::runEnded, &loop, [&](const RunReport &r) {
                report = r;
                loop.quit();
            });
            // From choosing the numbers, as conviz-cli's time holds making its list: a generated
            // list is made in the background, and the run starts once it is in.
            QElapsedTimer timer;
            timer.start();
            const double cpuBefore = threadCpuMs();
            window.workloadPanel()->setSource(c.source);
            while (window.workloadPanel()->isGenerating() && timer.elapsed() < 120000)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
            if (window.workloadPanel()->isGenerating()) {
                std::printf("%s: the generated list was not made within two minutes\n", qPrintable(c.name));
                return 1;
            }
            if (!window.startRun()) {
                std::printf("%s: the window did not start\n", qPrintable(c.name));
                return 1;
            }
            loop.exec();
            const double windowSeconds = timer.nsecsElapsed() / 1e9;
            const double uiCpuMs = threadCpuMs() - cpuBefore;
            const double gap = window.spinner()->longestGapMs();
            wrong = wrong || report.canceled || report.checkedCount() != report.size();
            const double cli = cliSeconds(Modes::name(mode), workers, c.cliArguments);
            const double ratio = cli > 0 ? windowSeconds / cli : 0;
            QString verdict;
            if (c.source == WorkloadPanel::Source::Generated
                && (mode == Mode::Threads || mode == Mode::Processes)) {
                verdict = QStringLiteral("gap<150ms %1, time<=2x cli %2")
                              .arg(gap < 150 ? QStringLiteral("PASS") : QStringLiteral("MISS"),
                                   ratio <= 2.0 ? QStringLiteral("PASS") : QStringLiteral("MISS"));
            }
            std::printf("%-16s %-16s %8d %10.3f %9.3f %6.2fx %10.0f %10.0f %9.1f  %s\n", qPrintable(c.name),
                        qPrintable(Modes::name(mode)), workers, windowSeconds, cli, ratio, gap, uiCpuMs,
                        peakMemoryMiB(), qPrintable(verdict));
            std::fflush(stdout);
        }
    }
    if (wrong)
        std::printf("A run did not check every number.\n");
    return wrong ? 1 : 0;
}
