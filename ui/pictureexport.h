#pragma once

#include <QSize>
#include <QString>

#include <functional>

class QPainter;

// A drawing saved as a picture: PNG or SVG by the path's extension, written whole or not at
// all (through ExportFiles, as the tables are).
namespace PictureExport {
bool isPicture(const QString &path);
// draw paints into a canvas of size; false with error set when the path has another
// extension or cannot be written.
bool write(const QString &path, QSize size, const QString &title, const std::function<void(QPainter &)> &draw,
           QString *error);
} // namespace PictureExport
