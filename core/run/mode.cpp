#include "mode.h"

#include <QCoreApplication>

QList<Mode> Modes::all()
{
    return { Mode::Sequential, Mode::Threads, Mode::Processes, Mode::Coroutines, Mode::CoroutinesPool };
}

QString Modes::name(Mode mode)
{
    switch (mode) {
    case Mode::Sequential:
        return QStringLiteral("sequential");
    case Mode::Threads:
        return QStringLiteral("threads");
    case Mode::Processes:
        return QStringLiteral("processes");
    case Mode::Coroutines:
        return QStringLiteral("coroutines");
    case Mode::CoroutinesPool:
        return QStringLiteral("coroutines-pool");
    }
    return {};
}

std::optional<Mode> Modes::fromName(const QString &name)
{
    for (Mode mode : all()) {
        if (Modes::name(mode) == name)
            return mode;
    }
    return std::nullopt;
}

QString Modes::title(Mode mode)
{
    switch (mode) {
    case Mode::Sequential:
        return QCoreApplication::translate("Modes", "Sequential");
    case Mode::Threads:
        return QCoreApplication::translate("Modes", "Threads");
    case Mode::Processes:
        return QCoreApplication::translate("Modes", "Processes");
    case Mode::Coroutines:
        return QCoreApplication::translate("Modes", "Coroutines");
    case Mode::CoroutinesPool:
        return QCoreApplication::translate("Modes", "Coroutines + thread pool");
    }
    return {};
}

QString Modes::explanation(Mode mode)
{
    switch (mode) {
    case Mode::Sequential:
        return QCoreApplication::translate(
            "Modes",
            "One worker checks the numbers one after another: the baseline every "
            "speedup is measured against.");
    case Mode::Threads:
        return QCoreApplication::translate(
            "Modes",
            "Threads of one process share memory and pull jobs from one queue; with "
            "no GIL in C++ they use every core.");
    case Mode::Processes:
        return QCoreApplication::translate(
            "Modes",
            "Isolated worker processes talk to the supervisor through pipes; a "
            "worker that dies is replaced and its job retried.");
    case Mode::Coroutines:
        return QCoreApplication::translate(
            "Modes",
            "Coroutines on the window's own thread take turns, yielding between "
            "slices: concurrency without parallelism.");
    case Mode::CoroutinesPool:
        return QCoreApplication::translate(
            "Modes",
            "Coroutines hand each check to a thread pool and await it: one event "
            "loop orchestrating parallel work.");
    }
    return {};
}

bool Modes::isParallel(Mode mode)
{
    return mode == Mode::Threads || mode == Mode::Processes || mode == Mode::CoroutinesPool;
}
