#include "scriptedrun.h"

#include "exportformat.h"
#include "mainwindow.h"
#include "resultsmodel.h"
#include "runcontroller.h"
#include "runmonitor.h"
#include "timelinepanel.h"
#include "timelineview.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QImage>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdio>

ScriptedRun::ScriptedRun(MainWindow *window, const LaunchOptions &options)
    : QObject(window)
    , m_window(window)
    , m_exportPath(options.run ? options.exportPath : QString())
    , m_screenshotDir(options.run ? options.screenshotDir : QString())
    , m_timelinePath(options.run ? options.timelinePath : QString())
    , m_tracePath(options.run ? options.tracePath : QString())
{
    if (!isActive())
        return;
    RunController *controller = window->controller();
    connect(controller, &RunController::updated, this, &ScriptedRun::onUpdated);
    connect(controller, &RunController::failed, this, [this](const QString &message) {
        std::fprintf(stderr, "conviz: the run failed: %s\n", qPrintable(message));
        m_failed = true;
    });
    connect(controller, &RunController::ended, this, &ScriptedRun::onEnded);
}

bool ScriptedRun::prepare(const LaunchOptions &options, QString *error)
{
    if (options.run && !options.screenshotDir.isEmpty() && !QDir().mkpath(options.screenshotDir)) {
        *error = tr("--screenshot-dir: cannot create %1").arg(options.screenshotDir);
        return false;
    }
    return true;
}

void ScriptedRun::onUpdated()
{
    // The mid-run picture: some rows done, some running, the rest pending.
    const RunController *controller = m_window->controller();
    if (m_screenshotDir.isEmpty() || m_tookRunningShot || !controller->isRunning())
        return;
    if (controller->monitor()->done() * 2 >= controller->monitor()->total()
        && controller->results()->runningCount() > 0) {
        m_tookRunningShot = true;
        takeScreenshot(QStringLiteral("running"));
    }
}

void ScriptedRun::onEnded(const RunReport &report)
{
    m_ok = !m_failed && !report.canceled && report.faultCount() == 0;
    for (const QString &line : report.faultMessages())
        std::fprintf(stderr, "conviz: error: %s\n", qPrintable(line));
    if (!m_screenshotDir.isEmpty()) {
        // The picture shows the whole run: the timeline takes what it has not yet, and the
        // last batch paints.
        m_window->timeline()->view()->catchUp();
        QCoreApplication::processEvents();
        takeScreenshot(QStringLiteral("done"));
    }
    if (m_exportPath.isEmpty() || m_failed) {
        writeTheRestAndQuit();
        return;
    }
    RunController *controller = m_window->controller();
    if (!controller->startResultsExport(m_exportPath)) {
        std::fprintf(stderr, "conviz: %s\n", qPrintable(controller->lastError()));
        m_ok = false;
        writeTheRestAndQuit();
        return;
    }
    // It ends on this thread's event loop, so it cannot end before this connection is made.
    connect(
        controller, &RunController::exportFinished, this,
        [this, controller](const QString &, bool ok) {
            if (!ok) {
                std::fprintf(stderr, "conviz: %s\n", qPrintable(controller->lastError()));
                m_ok = false;
            }
            writeTheRestAndQuit();
        },
        Qt::SingleShotConnection);
}

void ScriptedRun::writeTheRestAndQuit()
{
    bool ok = picturesWritten() && m_ok;
    if (!m_tracePath.isEmpty() && !m_failed && !m_window->exportTrace(m_tracePath)) {
        std::fprintf(stderr, "conviz: %s\n", qPrintable(m_window->lastError()));
        ok = false;
    }
    if (!m_timelinePath.isEmpty() && !m_failed && !m_window->exportTimeline(m_timelinePath)) {
        std::fprintf(stderr, "conviz: %s\n", qPrintable(m_window->lastError()));
        ok = false;
    }
    QCoreApplication::exit(ok ? 0 : 1);
}

void ScriptedRun::takeScreenshot(const QString &state)
{
    const QString path = QDir(m_screenshotDir)
                             .filePath(QStringLiteral("%1-%2.png").arg(Modes::name(m_window->mode()), state));
    // Grabbed here, where the widgets live; made into a PNG and written on a pool thread: that
    // takes tens of milliseconds, which the spinner would show as a gap in the run pictured.
    // Whole or not at all, as the exports, and on their threads: one stuck on a disk that does
    // not answer holds the exit no longer than picturesWritten() waits.
    const QImage image = m_window->grab().toImage();
    m_pictures.append(QtConcurrent::run(ExportFiles::pool(), [image, path] {
        QString error;
        return ExportFiles::write(
                   path, [&image](QIODevice &device) { return image.save(&device, "PNG"); }, &error)
            ? QString()
            : error;
    }));
}

bool ScriptedRun::picturesWritten()
{
    bool ok = true;
    const QDeadlineTimer deadline(picturesMs);
    for (const QFuture<QString> &written : std::as_const(m_pictures)) {
        while (!written.isFinished() && !deadline.hasExpired())
            QThread::msleep(5);
        const QString error = written.isFinished()
            ? written.result()
            : tr("a picture was still being written after %1 s").arg(picturesMs / 1000);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "conviz: %s\n", qPrintable(error));
            ok = false;
        }
    }
    m_pictures.clear();
    return ok;
}
