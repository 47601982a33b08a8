#pragma once

#include "launchoptions.h"

#include <QFuture>
#include <QList>
#include <QObject>

class MainWindow;
struct RunReport;

// `conviz --run --export FILE --screenshot-dir DIR --export-timeline FILE`: the window run by a
// script. Takes a picture halfway and at the end, writes the results table and the timeline
// when the run ends, and quits
// with 0, or 1 when the run, a number or the write failed (the CLI's rule).
class ScriptedRun : public QObject
{
    Q_OBJECT
public:
    ScriptedRun(MainWindow *window, const LaunchOptions &options);

    // Whether the options ask for anything of this.
    bool isActive() const
    {
        return !m_exportPath.isEmpty() || !m_screenshotDir.isEmpty() || !m_timelinePath.isEmpty()
            || !m_tracePath.isEmpty();
    }
    // Makes the picture folder the options name; false with error set when it cannot be made.
    // Called before the run starts: a script that cannot keep what it asked for runs nothing.
    static bool prepare(const LaunchOptions &options, QString *error);

private:
    void onUpdated();
    void onEnded(const RunReport &report);
    // After the results are written (on a worker thread: the window stays live meanwhile).
    void writeTheRestAndQuit();
    void takeScreenshot(const QString &state);
    // Waits for the pictures taken to be written, at most picturesMs in all; false, after
    // saying which, when one could not be.
    bool picturesWritten();

    static constexpr int picturesMs = 30000;

    MainWindow *m_window;
    QString m_exportPath;
    QString m_screenshotDir;
    QString m_timelinePath;
    QString m_tracePath;
    bool m_tookRunningShot = false;
    bool m_failed = false;
    bool m_ok = true;
    QList<QFuture<QString>> m_pictures; // each: why it could not be written, or empty
};
