#pragma once

#include "launchoptions.h"
#include "mainwindow.h"
#include "scriptedrun.h"
#include "workloadloader.h"

#include <memory>

// The window as `conviz` opens it from its command line: a numbers file starts loading before
// the window is built (at a million lines the two take their time side by side), and the
// script mode (--run with --export, --screenshot-dir…) is connected before the run starts.
// app/gui.cpp, the tests and the benchmarks all open it so: what they time is what users wait
// for.
class WindowLaunch
{
public:
    // program: how it names itself in what it says on stderr ("conviz").
    WindowLaunch(const LaunchOptions &options, const QString &program);

    MainWindow &window() { return m_window; }
    const ScriptedRun &script() const { return m_script; }
    // Applies the options, and with --run starts the run; false after saying why on stderr.
    // A launch that fails later (the file has errors) says so too and, with --run, quits with 2.
    bool start();

private:
    const LaunchOptions m_options;
    const QString m_program;
    std::unique_ptr<WorkloadLoader> m_loading; // before the window: it reads while that is built
    MainWindow m_window;
    ScriptedRun m_script;
};
