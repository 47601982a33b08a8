#include "workerprogram.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#ifndef CONVIZ_LIBEXEC_FROM_BIN
#define CONVIZ_LIBEXEC_FROM_BIN "../libexec/conviz"
#endif

namespace {
bool isProgram(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}
} // namespace

QString WorkerProgram::locate(const QString &programDir)
{
    const QDir dir(programDir);
    const QString name = QLatin1String(fileName);
    const QString beside = dir.filePath(name);
    if (isProgram(beside))
        return beside;
    const QString installed = installedPath(programDir);
    if (isProgram(installed))
        return installed;
    const QString onPath = QStandardPaths::findExecutable(name);
    return onPath.isEmpty() ? beside : onPath;
}

QString WorkerProgram::installedPath(const QString &programDir)
{
    return QDir::cleanPath(
        QDir(programDir).filePath(QStringLiteral(CONVIZ_LIBEXEC_FROM_BIN "/") + QLatin1String(fileName)));
}

QString WorkerProgram::path()
{
    return locate(QCoreApplication::applicationDirPath());
}

QCommandLineOption WorkerProgram::option()
{
    return QCommandLineOption(QStringLiteral("worker-program"),
                              QCoreApplication::translate("WorkerProgram",
                                                          "The worker program of the processes mode (default: "
                                                          "$CONVIZ_WORKER_PROGRAM, else conviz-worker)."),
                              QCoreApplication::translate("WorkerProgram", "PATH"));
}
