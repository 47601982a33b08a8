// The nap sweep's chart: every label readable, none over another, where K sit close together.
#include "napsweepchart.h"

#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QTest>

namespace {
// A sweep as a 2-core machine measured it: K = 2^12..2^22 crowd at waits of 20-80 ms and
// slowdowns near 1.4.
QList<NapSweepPoint> measuredSweep()
{
    const struct
    {
        int exponent;
        double gapMs;
        double slowdown;
    } measured[] = { { 6, 70, 12.3 },  { 8, 52, 4.2 },    { 10, 29, 2.2 },  { 12, 23, 1.5 },
                     { 14, 24, 1.55 }, { 16, 72, 1.35 },  { 18, 70, 1.4 },  { 20, 60, 1.3 },
                     { 22, 75, 1.4 },  { 24, 300, 1.25 }, { 26, 984, 1.09 } };
    QList<NapSweepPoint> points;
    for (const auto &m : measured) {
        NapSweepPoint point;
        point.yieldEvery = quint64(1) << m.exponent;
        point.loopGapMs = m.gapMs;
        point.plainSeconds = point.plainCpuSeconds = 1;
        point.seconds = point.cpuSeconds = m.slowdown;
        points.append(point);
    }
    return points;
}
} // namespace

class TestNapSweepChart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void labelsDoNotOverlap_data();
    void labelsDoNotOverlap();
};

void TestNapSweepChart::labelsDoNotOverlap_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("fewestShown");
    QTest::newRow("wide") << QSize(1200, 420) << 8;
    QTest::newRow("small") << QSize(600, 320) << 5;
}

void TestNapSweepChart::labelsDoNotOverlap()
{
    QFETCH(QSize, size);
    QFETCH(int, fewestShown);
    NapSweepChart chart;
    const QList<NapSweepPoint> points = measuredSweep();
    chart.setPoints(points);
    chart.resize(size);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QList<QGraphicsSimpleTextItem *> shown;
    QStringList expected;
    for (const NapSweepPoint &point : points)
        expected.append(point.label());
    for (QGraphicsItem *item : chart.chart()->childItems()) {
        auto *label = dynamic_cast<QGraphicsSimpleTextItem *>(item);
        if (label && label->isVisible() && expected.contains(label->text()))
            shown.append(label);
    }
    QVERIFY2(shown.size() >= fewestShown, qPrintable(QString::number(shown.size())));
    const QRectF plot = chart.chart()->plotArea();
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const QRectF box = shown.at(i)->sceneBoundingRect();
        QVERIFY2(plot.contains(box), qPrintable(shown.at(i)->text()));
        for (qsizetype j = i + 1; j < shown.size(); ++j)
            QVERIFY2(!box.adjusted(-2, 0, 2, 0).intersects(shown.at(j)->sceneBoundingRect()),
                     qPrintable(shown.at(i)->text() + QStringLiteral(" / ") + shown.at(j)->text()));
    }
    if (const QString dir = qEnvironmentVariable("CONVIZ_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(chart.grab().save(QStringLiteral("%1/napsweepchart-%2.png").arg(dir).arg(size.width())));
}

QTEST_MAIN(TestNapSweepChart)
#include "tst_napsweepchart.moc"
