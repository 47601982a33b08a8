#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// The execution models a run can use.
enum class Mode { Sequential, Threads, Processes, Coroutines, CoroutinesPool };
Q_DECLARE_METATYPE(Mode)

namespace Modes {
QList<Mode> all();
// "sequential", "threads", "processes", "coroutines", "coroutines-pool"
QString name(Mode mode);
std::optional<Mode> fromName(const QString &name);
// Translated title and one-line explanation from the chapter, for the window.
QString title(Mode mode);
QString explanation(Mode mode);
// Whether the mode runs on more than one core.
bool isParallel(Mode mode);
} // namespace Modes
