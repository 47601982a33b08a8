#include "runnerfactory.h"

#include "threadrunner.h"

std::unique_ptr<Runner> RunnerFactory::create(Mode mode, QObject *parent)
{
    switch (mode) {
    case Mode::Sequential:
        return std::make_unique<SequentialRunner>(parent);
    case Mode::Threads:
        return std::make_unique<ThreadRunner>(parent);
    case Mode::Processes:
    case Mode::Coroutines:
    case Mode::CoroutinesPool:
        break;
    }
    return nullptr;
}
