#include "runnerfactory.h"

std::unique_ptr<Runner> RunnerFactory::create(Mode mode, QObject *parent)
{
    return Modes::createRunner(mode, parent);
}
