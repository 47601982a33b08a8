// Where a chart's point labels go: never over another label or a point, inside the plot, the
// nearest free corner first, left out when there is none.
#include "labelplacement.h"

#include <QTest>

namespace {
using Points = QList<QPointF>;
const QSizeF label(30, 12);
const QRectF plot(0, 0, 400, 300);

QRectF marker(const QPointF &point)
{
    const qreal r = LabelPlacement::markerRadius;
    return QRectF(point - QPointF(r, r), QSizeF(2 * r, 2 * r));
}

// A label's box with the room kept free around it.
QRectF apart(const QRectF &box)
{
    const qreal s = LabelPlacement::spacing;
    return box.adjusted(-s, -s / 2, s, s / 2);
}
} // namespace

class TestLabelPlacement : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noLabelCoversAnother_data();
    void noLabelCoversAnother();
    void aLoneLabelSitsRightAbove();
    void aCrowdedLabelIsLeftOut();
};

void TestLabelPlacement::noLabelCoversAnother_data()
{
    QTest::addColumn<Points>("points");
    QTest::addColumn<int>("placed"); // how many labels find a place
    QTest::newRow("far apart") << Points { { 50, 50 }, { 200, 150 }, { 350, 250 } } << 3;
    // The nap sweep's K = 2^12..2^22: points a few pixels apart along a flat stretch.
    // Right above, right below, left above; the fourth finds every corner taken.
    QTest::newRow("a flat crowd") << Points { { 100, 200 }, { 104, 201 }, { 108, 199 }, { 112, 200 } } << 3;
    QTest::newRow("one on another") << Points { { 100, 100 }, { 100, 100 } } << 2;
    QTest::newRow("in a corner of the plot") << Points { { 2, 2 }, { 398, 298 } } << 2;
    QTest::newRow("a dense cluster") << Points { { 200, 150 }, { 203, 150 }, { 206, 150 },
                                                 { 200, 153 }, { 203, 153 }, { 206, 153 },
                                                 { 200, 156 }, { 203, 156 }, { 206, 156 } }
                                     << 4; // one at each corner of the cluster
}

void TestLabelPlacement::noLabelCoversAnother()
{
    QFETCH(Points, points);
    QFETCH(int, placed);
    const QList<QSizeF> sizes(points.size(), label);
    const QList<std::optional<QPointF>> corners = LabelPlacement::place(points, sizes, plot);
    QCOMPARE(corners.size(), points.size());
    QList<QRectF> boxes;
    for (const std::optional<QPointF> &corner : corners) {
        if (corner)
            boxes.append(QRectF(*corner, label));
    }
    QCOMPARE(boxes.size(), placed);
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        QVERIFY(plot.contains(boxes.at(i)));
        for (qsizetype j = i + 1; j < boxes.size(); ++j)
            QVERIFY2(!apart(boxes.at(i)).intersects(boxes.at(j)),
                     qPrintable(QStringLiteral("labels %1 and %2").arg(i).arg(j)));
        for (const QPointF &point : points)
            QVERIFY(!boxes.at(i).intersects(marker(point)));
    }
}

void TestLabelPlacement::aLoneLabelSitsRightAbove()
{
    const QPointF point(100, 100);
    const auto corners = LabelPlacement::place({ point }, { label }, plot);
    QVERIFY(corners.at(0));
    const QRectF box(*corners.at(0), label);
    QCOMPARE(box.left(), point.x() + LabelPlacement::markerRadius);
    QCOMPARE(box.bottom(), point.y() - LabelPlacement::markerRadius);
    // At the plot's right edge it goes to the left instead.
    const auto atEdge = LabelPlacement::place({ QPointF(395, 100) }, { label }, plot);
    QVERIFY(atEdge.at(0));
    QVERIFY(atEdge.at(0)->x() + label.width() <= 395);
}

void TestLabelPlacement::aCrowdedLabelIsLeftOut()
{
    // A point walled in by others: no corner of it is free.
    Points points;
    for (int dx = -60; dx <= 60; dx += 6) {
        for (int dy = -30; dy <= 30; dy += 6)
            points.append(QPointF(200 + dx, 150 + dy));
    }
    points.prepend(QPointF(200, 150));
    const auto corners = LabelPlacement::place(points, QList<QSizeF>(points.size(), label), plot);
    QVERIFY(!corners.at(0));
}

QTEST_GUILESS_MAIN(TestLabelPlacement)
#include "tst_labelplacement.moc"
