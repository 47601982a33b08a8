#include "outputtarget.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace {
bool isSpecialFile(const QString &path)
{
    struct stat info
    {
    };
    // Follows symbolic links: a link to /dev/null is a device too.
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 && !S_ISREG(info.st_mode)
        && !S_ISDIR(info.st_mode);
}

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OutputTarget)
};

// Why the calling user cannot do mode (W_OK, X_OK) to path, or nothing.
QString whyNoAccess(const QString &path, int mode)
{
    if (::access(QFile::encodeName(path).constData(), mode) == 0)
        return {};
    return QString::fromLocal8Bit(std::strerror(errno));
}
} // namespace

QString OutputTarget::checkBeforeRun(const QList<Named> &outputs)
{
    for (qsizetype i = 0; i < outputs.size(); ++i) {
        const Named &output = outputs.at(i);
        if (output.path.isEmpty())
            continue;
        if (const QString why = whyNotWritable(output.path); !why.isEmpty())
            return QStringLiteral("%1: %2").arg(output.option,
                                                Text::tr("cannot write %1: %2").arg(output.path, why));
        for (qsizetype j = 0; j < i; ++j) {
            if (!outputs.at(j).path.isEmpty() && isSameTarget(outputs.at(j).path, output.path))
                return Text::tr("%1 and %2 would both write %3: give them different files")
                    .arg(outputs.at(j).option, output.option,
                         isStandardOutput(output.path) ? Text::tr("standard output") : output.path);
        }
    }
    return {};
}

QString OutputTarget::whyNotWritable(const QString &path)
{
    if (isStandardOutput(path))
        return {};
    const QFileInfo info(path);
    if (info.isDir())
        return Text::tr("it is a folder");
    if (info.exists() && isSpecialFile(path))
        return whyNoAccess(path, W_OK); // written straight into, never replaced
    if (info.exists() && !info.isWritable())
        return whyNoAccess(path, W_OK);
    // The new file is written beside it and renamed into place: its folder must take files.
    const QString folder = info.absolutePath();
    const QFileInfo folderInfo(folder);
    if (!folderInfo.exists())
        return Text::tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(folder));
    if (!folderInfo.isDir())
        return Text::tr("%1 is not a folder").arg(QDir::toNativeSeparators(folder));
    return whyNoAccess(folder, W_OK | X_OK);
}

bool OutputTarget::isSameTarget(const QString &a, const QString &b)
{
    if (isStandardOutput(a) || isStandardOutput(b))
        return isStandardOutput(a) && isStandardOutput(b);
    const QFileInfo first(a), second(b);
    if (first.exists() && second.exists())
        return first.canonicalFilePath() == second.canonicalFilePath();
    return first.absoluteFilePath() == second.absoluteFilePath();
}

OutputTarget::OutputTarget(const QString &path)
    : m_path(path)
    , m_atomic(!isStandardOutput(path) && !isSpecialFile(path))
{ }

OutputTarget::~OutputTarget()
{
    cancel();
}

bool OutputTarget::open()
{
    if (isStandardOutput(m_path)) {
        // What stdio holds goes first; then this file writes to the descriptor itself, so a
        // full disk or a closed pipe is seen at once.
        std::fflush(stdout);
        auto *file = new QFile;
        m_file.reset(file);
        return file->open(STDOUT_FILENO, QIODevice::WriteOnly, QFileDevice::DontCloseHandle) || fail();
    }
    if (m_atomic)
        m_file = std::make_unique<QSaveFile>(m_path);
    else
        m_file = std::make_unique<QFile>(m_path);
    return m_file->open(QIODevice::WriteOnly) || fail();
}

QIODevice *OutputTarget::device() const
{
    return m_file.get();
}

bool OutputTarget::commit()
{
    if (!m_file || !m_file->isOpen())
        return false;
    if (m_file->error() != QFileDevice::NoError)
        return fail();
    if (auto *save = dynamic_cast<QSaveFile *>(m_file.get()))
        return save->commit() || fail();
    if (!m_file->flush())
        return fail();
    m_file->close();
    return m_file->error() == QFileDevice::NoError || fail();
}

void OutputTarget::cancel()
{
    if (auto *save = dynamic_cast<QSaveFile *>(m_file.get()); save && save->isOpen())
        save->cancelWriting();
    m_file.reset();
}

bool OutputTarget::fail()
{
    const QString where
        = isStandardOutput(m_path) ? QCoreApplication::translate("OutputTarget", "standard output") : m_path;
    m_error = QCoreApplication::translate("OutputTarget", "Cannot write %1: %2")
                  .arg(where, m_file->errorString());
    cancel();
    return false;
}

void OutputTarget::failure()
{
    if (m_file)
        fail();
}
