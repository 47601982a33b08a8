#pragma once

#include "mode.h"
#include "runner.h"

#include <memory>

namespace RunnerFactory {
std::unique_ptr<Runner> create(Mode mode, QObject *parent = nullptr);
}
