#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

enum class ExportFormat { Csv, Json, Markdown };

namespace ExportFiles {
// From a file name's extension: .csv, .json, .md / .markdown.
std::optional<ExportFormat> formatForPath(const QString &path);
std::optional<ExportFormat> formatForName(const QString &name);
QString extension(ExportFormat format);

// Writes all of data or nothing (QSaveFile); on failure returns false and says why.
bool write(const QString &path, const QByteArray &data, QString *error);
} // namespace ExportFiles
