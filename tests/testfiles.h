#pragma once

// Shared by the tests that hand a program, a panel or a reader a file of their own making.

#include <QByteArray>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QTemporaryDir>
#include <QThread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace TestFiles {

// Writes bytes to path, making its folder and replacing what was there: whether all of it
// was written (a test checks it with QVERIFY, so a full disk fails there, not later).
inline bool write(const QString &path, const QByteArray &bytes)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size()
        && file.flush();
}

// One number a line from 1,000,000 up, a million of them (about 8 MB): million.txt in dir,
// its path, or an empty string when it could not be written.
inline QString writeMillion(const QTemporaryDir &dir)
{
    QByteArray bytes;
    bytes.reserve(8'000'000);
    for (int i = 0; i < 1'000'000; ++i)
        bytes += QByteArray::number(1'000'000 + i) + '\n';
    const QString path = dir.filePath(QStringLiteral("million.txt"));
    return write(path, bytes) ? path : QString();
}

// Makes a pipe at path (mkfifo): whether it was made.
inline bool makePipe(const QString &path)
{
    return mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
}

// Writes bytes into the pipe at path once a reader has opened it, giving up after timeoutMs
// rather than waiting for a reader that never comes (a blocking open would hang the test).
inline bool writeToPipe(const QString &path, const QByteArray &bytes, int timeoutMs = 60000)
{
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < timeoutMs) {
        const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_NONBLOCK);
        if (fd >= 0) {
            const bool written = ::write(fd, bytes.constData(), size_t(bytes.size())) == bytes.size();
            ::close(fd);
            return written;
        }
        QThread::msleep(5); // no reader yet (ENXIO)
    }
    return false;
}

} // namespace TestFiles
