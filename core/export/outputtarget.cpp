#include "outputtarget.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cstdio>
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
} // namespace

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
