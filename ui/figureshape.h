#pragma once

#include <QChar>
#include <QString>

class QFont;

// A figure's shape: its text with every digit replaced by the font's widest digit. Texts of
// one shape (0.196 s, 0.204 s) are never wider than it, so one measure serves them all, and
// a room made for the shape never cuts one of them.
namespace FigureShape {
QChar widestDigit(const QFont &font);
QString of(const QString &text, QChar widestDigit);
} // namespace FigureShape
