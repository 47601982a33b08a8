#include "runnerfactory.h"

#include "coroutinepoolrunner.h"
#include "coroutinerunner.h"
#include "processrunner.h"
#include "threadrunner.h"

std::unique_ptr<Runner> RunnerFactory::create(Mode mode, QObject *parent)
{
    switch (mode) {
    case Mode::Sequential:
        return std::make_unique<SequentialRunner>(parent);
    case Mode::Threads:
        return std::make_unique<ThreadRunner>(parent);
    case Mode::Coroutines:
        return std::make_unique<CoroutineRunner>(parent);
    case Mode::CoroutinesPool:
        return std::make_unique<CoroutinePoolRunner>(parent);
    case Mode::Processes:
        return std::make_unique<ProcessRunner>(parent);
    }
    return nullptr;
}
