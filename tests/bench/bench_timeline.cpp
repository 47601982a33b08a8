// What drawing the timeline costs. Prints, on this machine:
//   - a full repaint (1600 x 600) with 1,000,000 finished jobs on 2, 4, 8 and 16 lanes, every job
//     with its own slice, at fit-all, zoomed 100x and zoomed 100,000x (deep): target under 16 ms,
//     one frame at 60 Hz;
//   - the time to take those jobs from the store into the lanes (once, when a view opens a run);
//   - the window's longest spinner frame gap while a run of 100,000 numbers streams into the
//     timeline (threads, 2 workers, to the exported timeline): target under 150 ms; then the
//     same with the timeline hidden, to tell its share from the machine's.
// Times are wall clock and, for repaints, this thread's CPU time: on a machine that other
// programs keep busy the first grows, the second says what the drawing itself costs.
// Usage: bench_timeline [--quick]   (--quick: 100,000 jobs and 10,000 numbers, for the test suite)
#include "benchrun.h"
#include "mainwindow.h"
#include "millerrabin.h"
#include "spinnerwidget.h"
#include "timelinepanel.h"
#include "timelineview.h"
#include "windowlaunch.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace {
using BenchRun::verdict;

// jobs numbers spread over lanes workers, each worker's jobs back to back with a small gap,
// lasting 2 to 40 us, a slice per job as a coroutine would record; every 97th retried.
std::shared_ptr<RunStore> syntheticRun(int jobs, int lanes, qint64 *endNs)
{
    QList<quint64> numbers;
    numbers.reserve(jobs);
    for (int i = 0; i < jobs; ++i)
        numbers.append(1'000'000 + quint64(i));
    auto store = std::make_shared<RunStore>(numbers, lanes);
    for (int w = 0; w < lanes; ++w)
        store->setWorker({ w, QStringLiteral("thread %1").arg(w + 1), 0 });
    std::vector<qint64> clock(lanes, 0);
    std::vector<qint32> chunk;
    for (int i = 0; i < jobs; ++i) {
        JobResult r;
        r.index = i;
        r.number = numbers.at(i);
        r.prime = MillerRabin::isPrime(r.number);
        r.worker = i % lanes;
        r.attempts = i % 97 == 0 ? 2 : 1;
        const qint64 start = clock[r.worker] + 300;
        const qint64 end = start + 2000 + (i * 7919 % 38) * 1000;
        clock[r.worker] = end;
        r.start = start / 1e9;
        r.end = end / 1e9;
        r.elapsed = r.end - r.start;
        store->write(r);
        store->addSlice(r.worker, { start, end, i, r.worker % 2 });
        chunk.push_back(i);
        if (chunk.size() == 1024) {
            store->publish(chunk.data(), qsizetype(chunk.size()));
            chunk.clear();
        }
    }
    store->publish(chunk.data(), qsizetype(chunk.size()));
    *endNs = *std::max_element(clock.begin(), clock.end());
    return store;
}

double threadCpuMs()
{
    timespec now {};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

struct Repaint
{
    double medianMs = 0; // wall clock, what the user waits
    double worstMs = 0;
    double cpuMs = 0; // median CPU time of this thread: what the work costs on a busy machine
};

// A few repaints into an image the size of the widget.
Repaint repaint(const TimelineView &view, int rounds)
{
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    std::vector<double> wall;
    std::vector<double> cpu;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double cpu0 = threadCpuMs();
        QPainter painter(&image);
        view.render(painter, view.size());
        painter.end();
        cpu.push_back(threadCpuMs() - cpu0);
        wall.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return { wall[wall.size() / 2], wall.back(), cpu[cpu.size() / 2] };
}

void paintBench(int jobs, bool quick)
{
    std::printf("repaint, 1600 x 600, %d finished jobs (a slice each); target < 16 ms\n", jobs);
    std::printf("%5s %8s | %-30s | %-30s | %-30s\n", "lanes", "take ms", "fit-all: median/worst (cpu) ms",
                "zoom 100x", "zoom 100,000x");
    for (int lanes : { 2, 4, 8, 16 }) {
        qint64 endNs = 0;
        const auto store = syntheticRun(jobs, lanes, &endNs);
        TimelineView view;
        view.resize(1600, 600);
        view.reset(store);
        QElapsedTimer take;
        take.start();
        view.finish(endNs);
        view.catchUp(); // the whole run at once, as a picture takes it (a live view takes turns)
        const double takeMs = take.nsecsElapsed() / 1e6;
        const int rounds = quick ? 3 : 15;
        const Repaint fit = repaint(view, rounds);
        view.zoomAt(100, 800);
        const Repaint mid = repaint(view, rounds);
        view.zoomAt(1000, 800);
        const Repaint deep = repaint(view, rounds);
        std::printf("%5d %8.0f", lanes, takeMs);
        for (const Repaint &r : { fit, mid, deep })
            std::printf(" | %6.1f / %6.1f (%5.1f) %-4s", r.medianMs, r.worstMs, r.cpuMs,
                        verdict(r.medianMs < 16));
        std::printf("\n");
        std::fflush(stdout);
    }
}

// The window while a run streams into it, with the timeline on screen or hidden (the yardstick:
// the same window and run without the timeline's painting).
void streamBench(int count, bool timelineShown)
{
    QTemporaryDir dir;
    const QString numbersPath = dir.filePath(QStringLiteral("numbers.txt"));
    QFile file(numbersPath);
    if (!file.open(QIODevice::WriteOnly))
        return;
    QByteArray text;
    for (int i = 0; i < count; ++i)
        text += QByteArray::number(10'000'000'000ull + quint64(i)) + '\n';
    file.write(text);
    file.close();
    const QString timelinePath = dir.filePath(QStringLiteral("timeline.png"));
    const std::optional<LaunchOptions> options = LaunchOptions::parse(
        { QStringLiteral("conviz"), QStringLiteral("--mode"), QStringLiteral("threads"),
          QStringLiteral("--workers"), QStringLiteral("2"), QStringLiteral("--numbers"), numbersPath,
          QStringLiteral("--run"), QStringLiteral("--export-timeline"), timelinePath },
        nullptr);
    WindowLaunch launch(*options, QStringLiteral("bench_timeline"));
    MainWindow &window = launch.window();
    window.timeline()->setVisible(timelineShown);
    QElapsedTimer timer;
    timer.start();
    if (!launch.start())
        return;
    const int code = QApplication::exec();
    const double gap = window.spinner()->longestGapMs();
    std::printf(
        "window, threads x2, %d numbers from 1e10, timeline %s: run + export %.2f s, exit %d; longest "
        "frame gap %.0f ms target < 150 ms: %s\n",
        count, timelineShown ? "shown " : "hidden", timer.nsecsElapsed() / 1e9, code, gap,
        verdict(code == 0 && gap < 150));
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const bool quick = QApplication::arguments().contains(QLatin1String("--quick"));
    std::printf("bench_timeline on %d cores%s\n", QThread::idealThreadCount(), quick ? " (quick)" : "");
    paintBench(quick ? 100'000 : 1'000'000, quick);
    std::printf("\n");
    streamBench(quick ? 10'000 : 100'000, true);
    streamBench(quick ? 10'000 : 100'000, false);
    std::printf("\n%s\n", BenchRun::missed ? "Some targets were missed (MISS above)." : "Every target met.");
    // The quick pass only keeps the benchmark building and running: figures there mean nothing.
    return 0;
}
