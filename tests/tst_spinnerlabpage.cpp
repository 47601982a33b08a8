// The spinner lab page: each supervisor answers 42 on the page, and the lesson measures
// the freeze of a coroutine that never yields against one that naps.
#include "copyabletableview.h"
#include "divisionrate.h"
#include "language.h"
#include "napestimate.h"
#include "napsweeppanel.h"
#include "runnertesting.h"
#include "spinnerlabpage.h"
#include "spinnerwidget.h"
#include "trialdivision.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QXYSeries>

using Unit = SpinnerLabPage::Unit;

class TestSpinnerLabPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void superviseEachUnit_data();
    void superviseEachUnit();
    void badNumberDisablesStart();
    void pagesShareOneTiming();
    void freezeThenNap();
    void napCanBeStopped_data();
    void napCanBeStopped();
    void estimateBeforeTheNap();
    void lessonResetsTheFrameGap();
    void napSweep();
    void napSweepExports_data();
    void napSweepExports();
    void napSweepStopsOnEscape();
};

void TestSpinnerLabPage::initTestCase()
{
    // As the program does: English plural forms come from conviz_en.qm.
    QVERIFY(Language::install(QLocale(QLocale::English, QLocale::UnitedStates)));
}

void TestSpinnerLabPage::superviseEachUnit_data()
{
    QTest::addColumn<Unit>("unit");
    QTest::addColumn<bool>("prime");
    QTest::newRow("thread sleep") << Unit::Thread << false;
    QTest::newRow("process sleep") << Unit::Process << false;
    QTest::newRow("coroutine sleep") << Unit::Coroutine << false;
    QTest::newRow("thread prime") << Unit::Thread << true;
    QTest::newRow("process prime") << Unit::Process << true;
    QTest::newRow("coroutine prime") << Unit::Coroutine << true;
}

void TestSpinnerLabPage::superviseEachUnit()
{
    QFETCH(Unit, unit);
    QFETCH(bool, prime);
    SpinnerLabPage page;
    page.show();
    if (prime)
        page.setPrime(1000000000039ull);
    else
        page.setSleep(250);
    QSignalSpy finished(&page, &SpinnerLabPage::superviseFinished);
    const int frames = page.spinner()->frames();
    QVERIFY(page.supervise(unit));
    QVERIFY(!page.supervise(unit)); // one call at a time per supervisor
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(1).toInt(), 42);
    const QString log = page.log(unit);
    QVERIFY2(log.startsWith(QLatin1String("supervisor: calling ")), qPrintable(log));
    QVERIFY2(log.contains(QLatin1String("slow() runs in ")), qPrintable(log));
    QVERIFY2(log.contains(QLatin1String("Answer: 42")), qPrintable(log));
    if (!prime)
        QVERIFY(page.spinner()->frames() > frames); // it kept turning while slow() slept
    QVERIFY(!page.isBusy());
    QVERIFY(RunnerTesting::childProcesses().isEmpty());
}

void TestSpinnerLabPage::badNumberDisablesStart()
{
    SpinnerLabPage page;
    page.setPrime(7);
    QVERIFY(page.slowCall());
    QLineEdit *number = page.findChild<QLineEdit *>();
    number->setText(QStringLiteral("12x"));
    QVERIFY(!page.slowCall());
    QVERIFY(!page.supervise(Unit::Thread));
    for (QPushButton *button : page.findChildren<QPushButton *>()) {
        if (button->text().startsWith(QLatin1String("Start")))
            QVERIFY(!button->isEnabled());
    }
}

void TestSpinnerLabPage::pagesShareOneTiming()
{
    // Two pages shown at once, before and after the timing ends: each fills its number with the
    // prime that takes its sleep's time, from the one timing of the program.
    SpinnerLabPage first;
    first.setSleep(500);
    first.show();
    QLineEdit *firstNumber = first.findChild<QLineEdit *>();
    QTRY_VERIFY_WITH_TIMEOUT(!firstNumber->text().isEmpty(), 20000);
    const QFuture<double> rate = DivisionRate::timed();
    QVERIFY(rate.isFinished());
    QVERIFY(DivisionRate::isKnown());
    QCOMPARE(rate.result(), DivisionRate::perSecond());
    QCOMPARE(firstNumber->text(), QString::number(DivisionRate::primeTaking(0.5)));

    // Pages shown once it is known start no timing of their own.
    QVERIFY(QThreadPool::globalInstance()->waitForDone(5000));
    SpinnerLabPage second;
    second.setSleep(250);
    QLineEdit *secondNumber = second.findChild<QLineEdit *>();
    secondNumber->setText(QStringLiteral("1000003")); // typed before the page was shown: it stays
    second.show();
    SpinnerLabPage third;
    third.setSleep(250);
    third.show();
    QCOMPARE(QThreadPool::globalInstance()->activeThreadCount(), 0);
    QLineEdit *thirdNumber = third.findChild<QLineEdit *>();
    QTRY_VERIFY_WITH_TIMEOUT(!thirdNumber->text().isEmpty(), 5000);
    QCOMPARE(thirdNumber->text(), QString::number(DivisionRate::primeTaking(0.25)));
    QCOMPARE(secondNumber->text(), QStringLiteral("1000003"));
}

void TestSpinnerLabPage::freezeThenNap()
{
    SpinnerLabPage page;
    page.show();
    // Laid out before the first row, as when the user clicks.
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTest::qWait(20);
    const quint64 number
        = DivisionRate::primeTaking(1.0); // long enough that a loaded machine's stalls stay shorter
    QSignalSpy finished(&page, &SpinnerLabPage::lessonFinished);
    QElapsedTimer blocked;
    blocked.start();
    QVERIFY(page.runLesson(number, 0));
    const double blockMs = blocked.nsecsElapsed() / 1e6;
    QVERIFY(!finished.isEmpty() || finished.wait(5000));
    const double freeze = finished.at(0).at(1).toDouble();
    QVERIFY2(freeze >= blockMs * 0.95,
             qPrintable(QStringLiteral("freeze %1 ms, block %2 ms").arg(freeze).arg(blockMs)));
    QVERIFY(page.lessonResult().contains(QLatin1String("froze")));

    QVERIFY(page.runLesson(number, 1 << 16));
    QVERIFY(finished.size() == 2 || finished.wait(10000));
    const double nap = finished.at(1).at(1).toDouble();
    QVERIFY2(nap < freeze, qPrintable(QStringLiteral("nap gap %1 ms, freeze %2 ms").arg(nap).arg(freeze)));
    QVERIFY(page.lessonResult().contains(QLatin1String("the time without naps (measured by Freeze)")));

    // One row per run in the measurements table.
    QAbstractItemModelTester tester(page.measurements(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page.measurements()->rowCount(), 2);
    QCOMPARE(page.measurements()->index(0, 0).data().toString(), QStringLiteral("never yields"));
    QCOMPARE(page.measurements()->index(0, 3).data().toString(), QStringLiteral("baseline"));
    QCOMPARE(page.measurements()->index(1, 0).data().toString(), QStringLiteral("yields every 2^16"));
    QVERIFY(page.measurements()->index(1, 3).data().toString().startsWith(QLatin1Char(u'×')));
    // The table refits its columns to new rows: no cell is cut short.
    const auto *view = page.findChild<CopyableTableView *>();
    QVERIFY(view);
    for (int row = 0; row < 2; ++row) {
        for (int column = 1; column < page.measurements()->columnCount(); ++column) {
            const QString text = page.measurements()->index(row, column).data().toString();
            QVERIFY2(view->fontMetrics().horizontalAdvance(text) < view->columnWidth(column),
                     qPrintable(text));
        }
    }
}

void TestSpinnerLabPage::napCanBeStopped_data()
{
    QTest::addColumn<bool>("escape");
    QTest::newRow("Stop button") << false;
    QTest::newRow("Esc") << true;
}

void TestSpinnerLabPage::napCanBeStopped()
{
    QFETCH(bool, escape);
    SpinnerLabPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy finished(&page, &SpinnerLabPage::lessonFinished);
    // A check of about a minute in naps of 64 divisions: the lesson a user wants to stop.
    QVERIFY(!page.stopLesson()); // nothing to stop
    QVERIFY(page.runLesson(DivisionRate::primeTaking(60), 64));
    QTRY_VERIFY_WITH_TIMEOUT(page.lessonProgress() > 0, 10000); // under way, the window live
    QTRY_VERIFY2_WITH_TIMEOUT(page.lessonResult().startsWith(QStringLiteral("Napping… ")),
                              qPrintable(page.lessonResult()), 10000);
    QPushButton *stop = nullptr;
    for (QPushButton *button : page.findChildren<QPushButton *>()) {
        if (button->text() == QLatin1String("Stop (Esc)"))
            stop = button;
    }
    QVERIFY(stop && stop->isEnabled());
    if (escape) {
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QTest::keyClick(&page, Qt::Key_Escape);
    } else {
        QTest::mouseClick(stop, Qt::LeftButton);
    }
    QVERIFY(!page.isLessonRunning());
    QVERIFY(!page.isBusy());
    QVERIFY(!stop->isEnabled());
    QVERIFY2(page.lessonResult().startsWith(QLatin1String("Stopped at ")), qPrintable(page.lessonResult()));
    // Really stopped: the coroutine checks no further, and no result comes later.
    const double progress = page.lessonProgress();
    QTest::qWait(200);
    QCOMPARE(page.lessonProgress(), progress);
    QVERIFY(finished.isEmpty());
    QCOMPARE(page.measurements()->rowCount(), 0);
    // And the next lesson starts.
    QVERIFY(page.runLesson(DivisionRate::primeTaking(0.05), 1 << 16));
    QVERIFY(finished.size() == 1 || finished.wait(5000));
}

void TestSpinnerLabPage::estimateBeforeTheNap()
{
    SpinnerLabPage page;
    const QString before = page.napEstimate();
    QVERIFY2(before.contains(QLatin1String("assumed")), qPrintable(before));
    // Its parts add up: the plain check plus one assumed yield per K divisions.
    const quint64 number = DivisionRate::primeTaking(0.2);
    const NapEstimate estimate { number, 1 << 10 };
    QCOMPARE(estimate.yields(), TrialDivision::divisionsFor(number) >> 10);
    QCOMPARE(estimate.seconds(),
             estimate.plainSeconds() + estimate.yields() * NapEstimate::assumedYieldSeconds);
    QCOMPARE(NapEstimate::measuredYieldSeconds(1000, 1.0, 0.99), 1e-5);
    QCOMPARE(NapEstimate::measuredYieldSeconds(1000, 0.9, 0.99), 0.0); // noise tells nothing
    QCOMPARE(NapEstimate::measuredYieldSeconds(0, 1.0, 0.5), 0.0);
}

void TestSpinnerLabPage::lessonResetsTheFrameGap()
{
    SpinnerLabPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy finished(&page, &SpinnerLabPage::lessonFinished);
    // The spinner's readout shows a freeze at least as long as the event loop's own wait.
    const auto freeze = [&] {
        const int before = int(finished.size());
        if (!page.runLesson(DivisionRate::primeTaking(0.3), 0)
            || (finished.size() == before && !finished.wait(5000)))
            return false;
        const double loopGap = finished.constLast().at(1).toDouble();
        return QTest::qWaitFor([&] { return page.spinner()->longestGapMs() >= loopGap * 0.9; }, 2000);
    };
    QVERIFY(freeze());
    // A new lesson starts a new measurement: the old freeze is gone from the readout.
    QVERIFY(page.runLesson(DivisionRate::primeTaking(0.05), 1 << 16));
    QCOMPARE(page.spinner()->longestGapMs(), 0.0);
    QVERIFY(finished.size() == 2 || finished.wait(5000));
    // So does a supervisor's call.
    QVERIFY(freeze());
    page.setSleep(50);
    QSignalSpy supervised(&page, &SpinnerLabPage::superviseFinished);
    QVERIFY(page.supervise(Unit::Thread));
    QCOMPARE(page.spinner()->longestGapMs(), 0.0);
    QVERIFY(supervised.wait(5000));
}

void TestSpinnerLabPage::napSweep()
{
    SpinnerLabPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.showNapSweep();
    NapSweepPanel *sweep = page.napSweep();
    // Said before it starts: the number, the K and the time.
    // (once the division rate is timed, beside the page's first frames)
    QTRY_VERIFY2_WITH_TIMEOUT(sweep->status().contains(QStringLiteral("for 11 values of K: ≈ ")),
                              qPrintable(sweep->status()), 5000);
    QSignalSpy finished(sweep->sweep(), &NapSweep::finished);
    QSignalSpy running(sweep, &NapSweepPanel::runningChanged);
    QVERIFY(sweep->start(1000000007, { 64, 1024, 1 << 14 }));
    QCOMPARE(running.size(), 1);
    QVERIFY(page.isBusy());
    QVERIFY(!page.runLesson(1000000007, 64)); // one measurement at a time
    QVERIFY(!page.supervise(Unit::Thread));
    QVERIFY(finished.wait(30000));
    QCOMPARE(running.size(), 2);
    QVERIFY(!page.isBusy());
    QVERIFY2(sweep->status().startsWith(QLatin1String("Done in ")), qPrintable(sweep->status()));
    // Every K is a point on the curve, agreeing with the lesson or flagged as noise.
    int curve = 0;
    int marked = 0;
    for (QAbstractSeries *series : sweep->chart()->series()) {
        const int count = int(static_cast<QXYSeries *>(series)->count());
        if (series->type() == QAbstractSeries::SeriesTypeLine)
            curve += count;
        else
            marked += count;
    }
    QCOMPARE(curve, 3);
    QCOMPARE(marked, 3);
    int noisy = 0;
    for (const NapSweepPoint &point : sweep->sweep()->points())
        noisy += point.doubt().isEmpty() ? 0 : 1;
    QCOMPARE(sweep->flags().isEmpty(), noisy == 0);
    // And the lesson runs again.
    QVERIFY(page.runLesson(1000000007, 1024));
}

void TestSpinnerLabPage::napSweepExports_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("png") << QStringLiteral("sweep.png") << QByteArray("\x89PNG");
    QTest::newRow("svg") << QStringLiteral("sweep.svg") << QByteArray("<?xml");
    QTest::newRow("csv") << QStringLiteral("sweep.csv") << QByteArray("exponent,k,");
}

void TestSpinnerLabPage::napSweepExports()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, start);
    SpinnerLabPage page;
    page.resize(1000, 650);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.showNapSweep();
    NapSweepPanel *sweep = page.napSweep();
    QTemporaryDir dir;
    const QString path = dir.filePath(file);
    QString error;
    QVERIFY(!sweep->exportTo(path, &error)); // nothing measured yet
    QVERIFY(!error.isEmpty());
    QSignalSpy finished(sweep->sweep(), &NapSweep::finished);
    QVERIFY(sweep->start(1000000007, { 64, 4096 }));
    QVERIFY(finished.wait(30000));
    QVERIFY2(sweep->exportTo(path, &error), qPrintable(error));
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.read(start.size()) == start);
    QVERIFY(!sweep->exportTo(dir.filePath(QStringLiteral("sweep.txt")), &error));
    QVERIFY2(error.contains(QLatin1String(".csv")), qPrintable(error));
}

void TestSpinnerLabPage::napSweepStopsOnEscape()
{
    SpinnerLabPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.showNapSweep();
    NapSweepPanel *sweep = page.napSweep();
    QSignalSpy stopped(sweep->sweep(), &NapSweep::stopped);
    QSignalSpy finished(sweep->sweep(), &NapSweep::finished);
    // A check of a second napping every 64 divisions: most of a minute.
    QVERIFY(sweep->start(DivisionRate::primeTaking(1.0), { 1 << 20, 64 }));
    QTRY_VERIFY_WITH_TIMEOUT(sweep->sweep()->points().size() == 1, 30000);
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    QTest::keyClick(&page, Qt::Key_Escape);
    QCOMPARE(stopped.size(), 1);
    QVERIFY(!page.isBusy());
    QVERIFY2(sweep->status().startsWith(QLatin1String("Stopped after ")), qPrintable(sweep->status()));
    QTest::qWait(200);
    QVERIFY(finished.isEmpty());
    QCOMPARE(sweep->sweep()->points().size(), 1);
}

QTEST_MAIN(TestSpinnerLabPage)
#include "tst_spinnerlabpage.moc"
