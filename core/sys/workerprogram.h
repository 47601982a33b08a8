#pragma once

#include <QCommandLineOption>
#include <QString>

// Where conviz-worker is. The window, the CLI and the spinner's process supervisor start it;
// it sits next to them in the build tree, in libexec once installed.
namespace WorkerProgram {
inline constexpr const char *fileName = "conviz-worker";

// The first that exists and is executable: programDir/conviz-worker, then the installed
// libexec folder relative to programDir (bin/../libexec/conviz), then conviz-worker on PATH.
// When none is found: programDir/conviz-worker, so the error names the expected place.
QString locate(const QString &programDir);
// Where an installed conviz-worker is, for a program in programDir (bin/).
QString installedPath(const QString &programDir);
// locate() from the running program's folder.
QString path();
// --worker-program PATH, as the window and conviz-cli primes both take it.
QCommandLineOption option();
} // namespace WorkerProgram
