#include "mode.h"

#include "coroutinepoolrunner.h"
#include "coroutinerunner.h"
#include "processrunner.h"
#include "threadrunner.h"

#include <QCoreApplication>

namespace {
template<typename R> std::unique_ptr<Runner> make(QObject *parent)
{
    return std::make_unique<R>(parent);
}
} // namespace

const QList<ModeInfo> &Modes::table()
{
    static const QList<ModeInfo> modes {
        { Mode::Sequential, "sequential", QT_TRANSLATE_NOOP("Modes", "Sequential"),
          QT_TRANSLATE_NOOP("Modes",
                            "One worker checks the numbers one after another: the baseline every "
                            "speedup is measured against."),
          "sequential.py", "", "", false, true, &make<SequentialRunner> },
        { Mode::Threads, "threads", QT_TRANSLATE_NOOP("Modes", "Threads"),
          QT_TRANSLATE_NOOP("Modes",
                            "Threads of one process share memory and pull jobs from one queue; with "
                            "no GIL in C++ they use every core."),
          "threads.py", "thread", "threads", true, false, &make<ThreadRunner> },
        { Mode::ThreadsGil, "threads-gil", QT_TRANSLATE_NOOP("Modes", "Threads (GIL)"),
          QT_TRANSLATE_NOOP("Modes",
                            "Python's threads: real threads under a simulated global lock; only the one "
                            "holding it computes, and it is handed on every switch interval, as in "
                            "CPython. No speedup."),
          "threads.py", "thread holding one GIL", "threads holding one GIL", false, false,
          &make<GilThreadRunner> },
        { Mode::Processes, "processes", QT_TRANSLATE_NOOP("Modes", "Processes"),
          QT_TRANSLATE_NOOP("Modes",
                            "Isolated worker processes talk to the supervisor through pipes; a "
                            "worker that dies is replaced and its job retried."),
          "procs.py", "process", "processes", true, false, &make<ProcessRunner> },
        { Mode::Coroutines, "coroutines", QT_TRANSLATE_NOOP("Modes", "Coroutines"),
          QT_TRANSLATE_NOOP("Modes",
                            "Coroutines on the window's own thread take turns, yielding between "
                            "slices: concurrency without parallelism."),
          "spinner_prime_async_nap.py", "coroutine on one thread", "coroutines on one thread", false, false,
          &make<CoroutineRunner> },
        { Mode::CoroutinesPool, "coroutines-pool", QT_TRANSLATE_NOOP("Modes", "Coroutines + thread pool"),
          QT_TRANSLATE_NOOP("Modes",
                            "Coroutines hand each check to a thread pool and await it: one event "
                            "loop orchestrating parallel work."),
          "", "coroutine on a thread pool", "coroutines on a thread pool", true, false,
          &make<CoroutinePoolRunner> },
    };
    return modes;
}

const ModeInfo &Modes::info(Mode mode)
{
    for (const ModeInfo &info : table()) {
        if (info.mode == mode)
            return info;
    }
    Q_UNREACHABLE();
}

QList<Mode> Modes::all()
{
    QList<Mode> modes;
    for (const ModeInfo &info : table())
        modes.append(info.mode);
    return modes;
}

QString Modes::name(Mode mode)
{
    return QString::fromLatin1(info(mode).name);
}

QString Modes::names()
{
    QStringList names;
    for (const ModeInfo &row : table())
        names << QString::fromLatin1(row.name);
    return names.join(QStringLiteral(", "));
}

std::optional<Mode> Modes::fromName(const QString &name)
{
    for (const ModeInfo &info : table()) {
        if (name == QLatin1String(info.name))
            return info.mode;
    }
    return std::nullopt;
}

QString Modes::title(Mode mode)
{
    return QCoreApplication::translate("Modes", info(mode).title);
}

QString Modes::explanation(Mode mode)
{
    return QCoreApplication::translate("Modes", info(mode).explanation);
}

QString Modes::bookProgram(Mode mode)
{
    return QString::fromLatin1(info(mode).bookProgram);
}

bool Modes::isParallel(Mode mode)
{
    return info(mode).parallel;
}

int Modes::workersFor(Mode mode, int chosen)
{
    return info(mode).oneWorker ? 1 : chosen;
}

std::unique_ptr<Runner> Modes::createRunner(Mode mode, QObject *parent)
{
    return info(mode).create(parent);
}
