#include "windowlaunch.h"

#include "runchoice.h"
#include "runcontroller.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

WindowLaunch::WindowLaunch(const LaunchOptions &options, const QString &program, int readMs)
    : m_options(options)
    , m_program(program)
    , m_prepared(ScriptedRun::prepare(options, &m_prepareError))
    , m_loading(options.numbersFile.isEmpty()
                    ? nullptr
                    : WorkloadLoader::started(options.numbersFile, options.joinThousands))
    , m_window(runBeforeBuild(readMs))
    , m_script(&m_window, m_options)
{
    m_window.show();
    QObject::connect(&m_window, &MainWindow::launchFailed, &m_window, [this](const QString &message) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(m_program), qPrintable(message));
        if (m_options.run)
            QCoreApplication::exit(2); // a demo that cannot start must say so to its script
    });
}

RunController *WindowLaunch::runBeforeBuild(int readMs)
{
    if (!m_options.run || !m_prepared)
        return nullptr;
    std::optional<Workload> workload;
    if (m_loading) {
        const qint64 bytes = m_loading->totalBytes();
        if (bytes <= WorkloadLoader::editorLimitBytes || bytes > readBeforeBuildBytes)
            return nullptr;
        const std::optional<LoadedNumbers> read = m_loading->waitForRead(readMs);
        if (!read || read->fitsEditor || !read->openError.isEmpty() || !read->parsed.isValid()
            || read->parsed.numbers.isEmpty())
            return nullptr;
        workload = Workload::fromNumbers(QFileInfo(read->path).fileName(), read->parsed.numbers);
    } else if (!m_options.preset.isEmpty()) {
        workload = Workload::preset(m_options.preset);
    }
    if (!workload)
        return nullptr;
    auto controller = std::make_unique<RunController>();
    const RunChoice choice = RunChoice::forLaunch(m_options);
    // The switch interval's control starts at RunOptions' own, as this run does.
    controller->start(*workload, choice.mode,
                      choice.runOptions(RunOptions {}.switchIntervalUs, m_options.workerProgram));
    // One that failed at once is started again by the window, which says why.
    if (!controller->isRunning())
        return nullptr;
    m_startedBeforeBuild = true;
    return controller.release();
}

bool WindowLaunch::start()
{
    QString error = m_prepareError;
    if (m_prepared && m_window.apply(m_options, &error, std::move(m_loading)))
        return true;
    m_loading.reset(); // not taken over: nothing waits for the file any more
    std::fprintf(stderr, "%s: %s\n", qPrintable(m_program), qPrintable(error));
    return false;
}
