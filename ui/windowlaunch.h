#pragma once

#include "launchoptions.h"
#include "mainwindow.h"
#include "scriptedrun.h"
#include "workloadloader.h"

#include <memory>

class RunController;

// The window as `conviz` opens it from its command line: a numbers file starts loading before
// the window is built, and with --run the run starts before it too once its numbers are in
// (on two cores, building the window beside the workers beats building it before them); the
// script mode (--run with --export, --screenshot-dir…) is connected before the run can end.
// app/gui.cpp, the tests and the benchmarks all open it so: what they time is what users wait
// for.
class WindowLaunch
{
public:
    // How long a --run launch waits for its numbers file to be read before it builds the
    // window: a longer read goes on beside the building, and the run starts when it is done.
    static constexpr int readBeforeBuildMs = 100;
    // The biggest file waited for: read in about 60 ms on a 2-core machine. A bigger one, or a
    // pipe (its size unknown), is not waited for at all.
    static constexpr qint64 readBeforeBuildBytes = 32 * 1024 * 1024;

    // program: how it names itself in what it says on stderr ("conviz"). readMs: how long to
    // wait for the numbers file (tests on a loaded machine wait longer).
    WindowLaunch(const LaunchOptions &options, const QString &program, int readMs = readBeforeBuildMs);

    MainWindow &window() { return m_window; }
    const ScriptedRun &script() const { return m_script; }
    // Whether the run started before the window was built.
    bool startedBeforeBuild() const { return m_startedBeforeBuild; }
    // Applies the options, and with --run starts the run (unless it is under way already);
    // false after saying why on stderr. A launch that fails later (the file has errors) says
    // so too and, with --run, quits with 2.
    bool start();

private:
    // The run the options ask for, started on a controller of its own, when its numbers are
    // known before the window is (a preset, or a file read within readMs, without errors, too
    // big for the editor: one that fits is read again from the editor's text, which is what
    // runs); nothing otherwise, and the window starts it as usual, or says why it cannot.
    RunController *runBeforeBuild(int readMs);

    const LaunchOptions m_options;
    const QString m_program;
    QString m_prepareError;
    const bool m_prepared;
    std::unique_ptr<WorkloadLoader> m_loading; // before the window: it reads while that is built
    bool m_startedBeforeBuild = false;
    MainWindow m_window;
    ScriptedRun m_script;
};
