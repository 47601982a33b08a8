// The timeline's time <-> pixel mapping, without a widget.
#include "timescale.h"

#include <QTest>

class TestTimeScale : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripsWithinAPixel_data();
    void roundTripsWithinAPixel();
    void fitShowsTheWholeRange_data();
    void fitShowsTheWholeRange();
    void zoomKeepsThePointUnderTheCursor_data();
    void zoomKeepsThePointUnderTheCursor();
    void zoomStopsAtTheLimits();
    void panMovesThePicture();
    void clampKeepsTheRunInView_data();
    void clampKeepsTheRunInView();
};

void TestTimeScale::roundTripsWithinAPixel_data()
{
    QTest::addColumn<double>("fromNs");
    QTest::addColumn<double>("toNs");
    QTest::addColumn<double>("width");
    QTest::newRow("book run, 1 s on 800 px") << 0.0 << 1e9 << 800.0;
    QTest::newRow("an hour on 1920 px") << 0.0 << 3600e9 << 1920.0;
    QTest::newRow("deep zoom: 2 us on 1000 px") << 5e9 << 5e9 + 2000 << 1000.0;
    QTest::newRow("one pixel wide") << 0.0 << 1e6 << 1.0;
    QTest::newRow("late in a long run") << 7200e9 << 7200e9 + 1e6 << 640.0;
}

void TestTimeScale::roundTripsWithinAPixel()
{
    QFETCH(double, fromNs);
    QFETCH(double, toNs);
    QFETCH(double, width);
    TimeScale scale;
    scale.fit(fromNs, toNs, width);
    for (double x : { 0.0, 0.5, 1.0, width / 3, width / 2, width - 1, width }) {
        QVERIFY2(std::abs(scale.toX(scale.toNs(x)) - x) < 1, qPrintable(QString::number(x)));
        const double t = scale.toNs(x);
        QVERIFY(std::abs(scale.toNs(scale.toX(t)) - t) <= scale.nsPerPixel);
    }
    // Whole pixels map back onto themselves.
    QCOMPARE(std::floor(scale.toX(scale.toNs(std::floor(width / 2)) + scale.nsPerPixel / 2)),
             std::floor(width / 2));
}

void TestTimeScale::fitShowsTheWholeRange_data()
{
    QTest::addColumn<double>("fromNs");
    QTest::addColumn<double>("toNs");
    QTest::addColumn<double>("width");
    QTest::addColumn<double>("margin");
    QTest::newRow("no margin") << 0.0 << 2e9 << 1000.0 << 0.0;
    QTest::newRow("margins") << 1e9 << 3e9 << 1000.0 << 12.0;
    QTest::newRow("narrow") << 0.0 << 5e6 << 50.0 << 4.0;
}

void TestTimeScale::fitShowsTheWholeRange()
{
    QFETCH(double, fromNs);
    QFETCH(double, toNs);
    QFETCH(double, width);
    QFETCH(double, margin);
    TimeScale scale;
    scale.fit(fromNs, toNs, width, margin);
    QCOMPARE(scale.widthPx, width);
    QVERIFY(std::abs(scale.toX(fromNs) - margin) < 1e-6);
    QVERIFY(std::abs(scale.toX(toNs) - (width - margin)) < 1e-6);
}

void TestTimeScale::zoomKeepsThePointUnderTheCursor_data()
{
    QTest::addColumn<double>("factor");
    QTest::addColumn<double>("x");
    QTest::newRow("in at the left edge") << 2.0 << 0.0;
    QTest::newRow("in at the middle") << 1.25 << 400.0;
    QTest::newRow("out at the right edge") << 0.5 << 800.0;
    QTest::newRow("far in at a third") << 1000.0 << 267.0;
}

void TestTimeScale::zoomKeepsThePointUnderTheCursor()
{
    QFETCH(double, factor);
    QFETCH(double, x);
    TimeScale scale;
    scale.fit(0, 10e9, 800);
    const double before = scale.toNs(x);
    const double nsPerPixel = scale.nsPerPixel;
    scale.zoom(factor, x);
    QVERIFY(std::abs(scale.toNs(x) - before) < 1e-3 * scale.nsPerPixel);
    QVERIFY(std::abs(scale.nsPerPixel - nsPerPixel / factor) < 1e-9 * nsPerPixel);
    // And back again.
    scale.zoom(1 / factor, x);
    QVERIFY(std::abs(scale.nsPerPixel - nsPerPixel) < 1e-9 * nsPerPixel);
    QVERIFY(std::abs(scale.toX(0) - 0) < 1e-6);
}

void TestTimeScale::zoomStopsAtTheLimits()
{
    TimeScale scale;
    scale.fit(0, 1e6, 1000);
    const double anchor = scale.toNs(500);
    scale.zoom(1e9, 500);
    QCOMPARE(scale.nsPerPixel, TimeScale::minNsPerPixel);
    QVERIFY(std::abs(scale.toNs(500) - anchor) < 1e-6);
    scale.zoom(1e-30, 500);
    QCOMPARE(scale.nsPerPixel, TimeScale::maxNsPerPixel);
    scale.zoom(0, 500); // nonsense leaves it alone
    scale.zoom(-2, 500);
    QCOMPARE(scale.nsPerPixel, TimeScale::maxNsPerPixel);
}

void TestTimeScale::panMovesThePicture()
{
    TimeScale scale;
    scale.fit(0, 1e9, 1000);
    const double t = 0.4e9;
    const double x = scale.toX(t);
    scale.pan(37);
    QVERIFY(std::abs(scale.toX(t) - (x + 37)) < 1e-6);
    scale.pan(-137);
    QVERIFY(std::abs(scale.toX(t) - (x - 100)) < 1e-6);
    const double nsPerPixel = scale.nsPerPixel;
    scale.setWidth(500);
    QCOMPARE(scale.nsPerPixel, nsPerPixel);
    QVERIFY(std::abs(scale.toX(t) - (x - 100)) < 1e-6);
}

void TestTimeScale::clampKeepsTheRunInView_data()
{
    QTest::addColumn<double>("pan");
    QTest::addColumn<double>("zoom");
    QTest::addColumn<double>("expectedStartNs");
    // 0..1 s on 1000 px, 8 px of margin; zoomed 4x a view spans 0.25 s.
    QTest::newRow("dragged before the start") << 5000.0 << 4.0 << -8.0 * 1e6 / 4;
    QTest::newRow("dragged past the end") << -50000.0 << 4.0 << 1e9 + 8.0 * 1e6 / 4 - 0.25e9;
    QTest::newRow("zoomed out: from the start") << 0.0 << 0.25 << -8.0 * 4e6;
}

void TestTimeScale::clampKeepsTheRunInView()
{
    QFETCH(double, pan);
    QFETCH(double, zoom);
    QFETCH(double, expectedStartNs);
    TimeScale scale;
    scale.fit(0, 1e9, 1000);
    scale.zoom(zoom, 0);
    scale.pan(pan);
    scale.clampTo(0, 1e9, 8);
    QVERIFY2(std::abs(scale.startNs - expectedStartNs) < 1, qPrintable(QString::number(scale.startNs)));
}

QTEST_GUILESS_MAIN(TestTimeScale)
#include "tst_timescale.moc"
