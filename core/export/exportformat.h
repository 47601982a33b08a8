#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

class QIODevice;

enum class ExportFormat { Csv, Json, Markdown };

class QThreadPool;

namespace ExportFiles {
// From a file name's extension: .csv, .json, .md / .markdown.
std::optional<ExportFormat> formatForPath(const QString &path);
std::optional<ExportFormat> formatForName(const QString &name);
QString extension(ExportFormat format);

// Writes data to path through an OutputTarget: a regular file gets all of it or nothing,
// a device or pipe is written straight into, "-" is standard output. On failure returns
// false and says why.
bool write(const QString &path, const QByteArray &data, QString *error);
// The same, with produce writing to the device a block at a time (false: a write failed).
bool write(const QString &path, const std::function<bool(QIODevice &)> &produce, QString *error);
// The threads files are written on in the background, apart from Qt's global pool, which the
// program waits for at its end: a write stuck on a disk that does not answer must hold
// neither the window's close nor the exit. Never deleted, for the same reason.
QThreadPool *pool();
} // namespace ExportFiles
