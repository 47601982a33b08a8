#include "labelplacement.h"

#include <algorithm>

QList<std::optional<QPointF>> LabelPlacement::place(const QList<QPointF> &points, const QList<QSizeF> &sizes,
                                                    const QRectF &bounds)
{
    QList<QRectF> taken;
    taken.reserve(points.size() * 2);
    for (const QPointF &point : points)
        taken.append(
            QRectF(point - QPointF(markerRadius, markerRadius), QSizeF(2 * markerRadius, 2 * markerRadius)));
    QList<std::optional<QPointF>> out;
    out.reserve(points.size());
    for (qsizetype i = 0; i < points.size() && i < sizes.size(); ++i) {
        const QPointF at = points.at(i);
        const QSizeF size = sizes.at(i);
        // Against the marker's edges: right or left of it, above or below it.
        const qreal right = at.x() + markerRadius;
        const qreal left = at.x() - markerRadius - size.width();
        const qreal above = at.y() - markerRadius - size.height();
        const qreal below = at.y() + markerRadius;
        const qreal centred = at.x() - size.width() / 2;
        const QPointF corners[] = { { right, above }, { right, below },   { left, above },
                                    { left, below },  { centred, above }, { centred, below } };
        std::optional<QPointF> chosen;
        for (const QPointF &corner : corners) {
            const QRectF box(corner, size);
            if (!bounds.contains(box))
                continue;
            const bool free = std::none_of(taken.cbegin(), taken.cend(),
                                           [&box](const QRectF &other) { return other.intersects(box); });
            if (free) {
                chosen = corner;
                taken.append(box.adjusted(-spacing, -spacing / 2, spacing, spacing / 2));
                break;
            }
        }
        out.append(chosen);
    }
    return out;
}
