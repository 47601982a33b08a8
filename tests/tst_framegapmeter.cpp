// The spinner's frame-gap measurement: the responsiveness number the window shows.
#include "framegapmeter.h"
#include "spinnerframes.h"

#include <QTest>
#include <QThread>

class TestFrameGapMeter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void gaps_data();
    void gaps();
    void restartForgets();
    void resumeSkipsTheHiddenTime();
    void pauseWaitsForTheNextFrame();
    void resumeCountsFromNow();
    void blockedLoopShowsAsGap();
    void frames();
};

void TestFrameGapMeter::gaps_data()
{
    QTest::addColumn<QList<qint64>>("framesAtMs");
    QTest::addColumn<double>("longest");
    QTest::addColumn<double>("last");
    QTest::newRow("one frame") << QList<qint64> { 5 } << 0.0 << 0.0;
    QTest::newRow("steady 10 fps") << QList<qint64> { 0, 100, 200, 300 } << 100.0 << 100.0;
    QTest::newRow("one late frame") << QList<qint64> { 0, 100, 1600, 1700 } << 1500.0 << 100.0;
    QTest::newRow("clock going back is no gap") << QList<qint64> { 100, 50, 150 } << 100.0 << 100.0;
}

void TestFrameGapMeter::gaps()
{
    QFETCH(QList<qint64>, framesAtMs);
    QFETCH(double, longest);
    QFETCH(double, last);
    FrameGapMeter meter;
    for (qint64 ms : framesAtMs)
        meter.frameAt(ms * 1000000);
    QCOMPARE(meter.longestGapMs(), longest);
    QCOMPARE(meter.lastGapMs(), last);
    QCOMPARE(meter.frames(), framesAtMs.size());
}

void TestFrameGapMeter::restartForgets()
{
    FrameGapMeter meter;
    meter.frameAt(0);
    meter.frameAt(900'000'000);
    QCOMPARE(meter.longestGapMs(), 900.0);
    meter.restart();
    QCOMPARE(meter.longestGapMs(), 0.0);
    meter.frameAt(1'000'000'000);
    meter.frameAt(1'050'000'000);
    QCOMPARE(meter.longestGapMs(), 50.0);
}

void TestFrameGapMeter::resumeSkipsTheHiddenTime()
{
    FrameGapMeter meter;
    meter.frameAt(0);
    meter.frameAt(150'000'000);
    // Hidden from 150 ms to 1.95 s (another page froze the loop meanwhile), then seen again:
    // the wait for the next frame counts from there.
    meter.resumeAt(1'950'000'000);
    QCOMPARE(meter.frameAt(2'000'000'000), 50.0);
    QCOMPARE(meter.frameAt(2'100'000'000), 100.0);
    QCOMPARE(meter.longestGapMs(), 150.0); // what was measured before is kept
}

void TestFrameGapMeter::pauseWaitsForTheNextFrame()
{
    FrameGapMeter meter;
    meter.frameAt(0);
    meter.frameAt(120'000'000);
    meter.pause(); // hidden, and not yet drawn again
    QCOMPARE(meter.frameAt(3'000'000'000), 0.0);
    QCOMPARE(meter.frameAt(3'090'000'000), 90.0);
    QCOMPARE(meter.longestGapMs(), 120.0);
}

void TestFrameGapMeter::resumeCountsFromNow()
{
    // A real clock: the gap after resume() is at least the time slept since.
    FrameGapMeter meter;
    meter.frame();
    meter.pause();
    QTest::qSleep(200); // hidden: not a gap
    meter.resume();
    QTest::qSleep(30);
    const double gap = meter.frame();
    QVERIFY2(gap >= 29 && gap < 200, qPrintable(QString::number(gap)));
}

void TestFrameGapMeter::blockedLoopShowsAsGap()
{
    // A real clock: whatever blocks between two frames is at least that long a gap.
    FrameGapMeter meter;
    meter.frame();
    QThread::msleep(120);
    meter.frame();
    QVERIFY2(meter.longestGapMs() >= 120.0, qPrintable(QString::number(meter.longestGapMs())));
}

void TestFrameGapMeter::frames()
{
    const QString cycle = QString(SpinnerFrames::at(0)) + SpinnerFrames::at(1) + SpinnerFrames::at(2)
        + SpinnerFrames::at(3) + SpinnerFrames::at(4) + SpinnerFrames::at(-1);
    QCOMPARE(cycle, QStringLiteral("\\|/-\\-"));
}

QTEST_GUILESS_MAIN(TestFrameGapMeter)
#include "tst_framegapmeter.moc"
