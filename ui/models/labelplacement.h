#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <optional>

// Where the labels of a chart's points go so that none covers another label or a point: each
// label tries the corners around its point, nearest first, and keeps the first free one
// inside the plot. A label with no free place is left out (the point keeps its tooltip):
// text drawn over text cannot be read anyway.
namespace LabelPlacement {
// A point's marker, in pixels: a square of twice this side, which no label covers.
constexpr qreal markerRadius = 6;
// The least room between two labels side by side (half of it above and below one another), so
// that "2^22" and "2^18" never read as one.
constexpr qreal spacing = 4;

// points[i] in pixels, sizes[i] the size of its label; returns each label's top-left corner,
// or nothing where it is left out. Labels are placed in order: the first ones win.
QList<std::optional<QPointF>> place(const QList<QPointF> &points, const QList<QSizeF> &sizes,
                                    const QRectF &bounds);
} // namespace LabelPlacement
