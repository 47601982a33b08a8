#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <memory>
#include <optional>

class QObject;
class Runner;

// The execution models a run can use. Adding one is one Runner subclass plus one row of the
// mode table in mode.cpp.
enum class Mode { Sequential, Threads, ThreadsGil, Processes, Coroutines, CoroutinesPool };
Q_DECLARE_METATYPE(Mode)

// One row of the mode table.
struct ModeInfo
{
    Mode mode;
    const char *name; // on the command line and in exports: "threads-gil"
    const char *title; // untranslated; Modes::title() translates
    const char *explanation; // one line from the chapter, untranslated
    const char *bookProgram; // the book's program it mirrors, or "" when none
    const char *bookUnit; // the book table's header with one worker: "... with 1 <unit>:"
    const char *bookUnits; // the book table's header: "Checking 20 numbers with 2 <units>:"
    bool parallel; // whether it computes on more than one core at once (not under a GIL)
    bool oneWorker; // whether it has one worker whatever it is given (the baseline)
    std::unique_ptr<Runner> (*create)(QObject *parent);
};

namespace Modes {
const QList<ModeInfo> &table();
const ModeInfo &info(Mode mode);
QList<Mode> all();
QString name(Mode mode);
// Every mode's name, in the table's order, for help texts and errors: "sequential, threads, ...".
QString names();
std::optional<Mode> fromName(const QString &name);
// Translated title and one-line explanation from the chapter, for the window.
QString title(Mode mode);
QString explanation(Mode mode);
QString bookProgram(Mode mode);
bool isParallel(Mode mode);
// How many workers a run of this mode has when chosen are asked for.
int workersFor(Mode mode, int chosen);
std::unique_ptr<Runner> createRunner(Mode mode, QObject *parent = nullptr);
} // namespace Modes
