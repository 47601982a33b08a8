#pragma once

#include <QSize>
#include <QString>

#include <functional>

class QPainter;

// A drawing written out as a picture: PNG or SVG (QSvgGenerator) by the file's suffix,
// through QSaveFile so a failed write leaves no half-written file.
namespace PictureFile {
// Whether the path ends in .png or .svg (any case).
bool isPicture(const QString &path);
// Draws a size × size picture with `draw` into path; false with *error set on failure.
bool write(const QString &path, QSize size, int dpi, const QString &title,
           const std::function<void(QPainter &)> &draw, QString *error);
} // namespace PictureFile
