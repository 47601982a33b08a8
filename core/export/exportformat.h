#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

class QIODevice;

enum class ExportFormat { Csv, Json, Markdown };

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
} // namespace ExportFiles
