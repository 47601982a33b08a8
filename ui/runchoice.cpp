#include "runchoice.h"

#include "launchoptions.h"

#include <QSettings>
#include <QThread>

#include <algorithm>

namespace {
const QString modeKey = QStringLiteral("run/mode");
const QString workersKey = QStringLiteral("run/workers");
} // namespace

int RunChoice::defaultWorkers()
{
    return std::clamp(QThread::idealThreadCount(), 1, maxWorkers);
}

RunChoice RunChoice::saved()
{
    const QSettings settings;
    RunChoice choice;
    // A first launch worth watching: threads on the large numbers take a few seconds and light
    // up every core.
    choice.mode = Modes::fromName(settings.value(modeKey).toString()).value_or(Mode::Threads);
    const int workers = settings.value(workersKey, 0).toInt();
    if (workers > 0)
        choice.workers = std::min(workers, maxWorkers);
    return choice;
}

RunChoice RunChoice::forLaunch(const LaunchOptions &options)
{
    RunChoice choice = saved();
    if (options.mode)
        choice.mode = *options.mode;
    if (options.workers)
        choice.workers = std::clamp(*options.workers, 1, maxWorkers);
    return choice;
}

void RunChoice::save() const
{
    QSettings settings;
    settings.setValue(modeKey, Modes::name(mode));
    settings.setValue(workersKey, workers);
}

RunOptions RunChoice::runOptions(int switchIntervalUs, const QString &workerProgram) const
{
    RunOptions options;
    options.workers = Modes::workersFor(mode, workers);
    options.switchIntervalUs = switchIntervalUs;
    options.workerProgram = workerProgram;
    return options;
}
