#pragma once

// Shared by the tests that hand a program, a panel or a reader a file of their own making.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QTemporaryDir>

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

} // namespace TestFiles
