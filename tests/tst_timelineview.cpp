// The timeline widget: what a click, the wheel and a drag do, what the tooltip says, and the
// pictures it writes.
#include "millerrabin.h"
#include "resultsmodel.h"
#include "runcontroller.h"
#include "runmonitor.h"
#include "sortedrowsproxy.h"
#include "timelinepanel.h"
#include "timelineview.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

namespace {
constexpr qint64 ms = 1'000'000;

// Four jobs of 100 ms on each of two workers, back to back.
std::shared_ptr<RunStore> twoWorkers()
{
    QList<quint64> numbers;
    for (int i = 0; i < 8; ++i)
        numbers.append(1'000'003 + quint64(i));
    auto store = std::make_shared<RunStore>(numbers, 2);
    store->setWorker({ 0, QStringLiteral("thread 1"), 0 });
    store->setWorker({ 1, QStringLiteral("process 2"), 4242 });
    for (int i = 0; i < 8; ++i) {
        JobResult r;
        r.index = i;
        r.number = numbers.at(i);
        r.prime = MillerRabin::isPrime(r.number);
        r.worker = i % 2;
        r.start = (i / 2) * 0.1;
        r.end = r.start + 0.1;
        r.elapsed = 0.1;
        store->finish(r);
    }
    return store;
}

// The middle of a job's bar, found by probing: the widget owns its layout.
QPoint centerOf(const TimelineView &view, int index)
{
    for (int y = 0; y < view.height(); y += 2) {
        int first = -1;
        int last = -1;
        for (int x = 0; x < view.width(); ++x) {
            if (view.jobAt(QPoint(x, y)) == index) {
                first = first < 0 ? x : first;
                last = x;
            }
        }
        if (first >= 0)
            return QPoint((first + last) / 2, y + 6);
    }
    return {};
}

// A run of `jobs` tiny checks one after another on one worker, every one finished.
std::shared_ptr<RunStore> finishedRun(qsizetype jobs)
{
    QList<quint64> numbers(jobs, 1'000'003);
    auto store = std::make_shared<RunStore>(numbers, 1);
    store->setWorker({ 0, QStringLiteral("thread 1"), 0 });
    for (qsizetype i = 0; i < jobs; ++i) {
        JobResult r;
        r.index = int(i);
        r.number = numbers.at(i);
        r.prime = true;
        r.worker = 0;
        r.start = double(i) * 1e-6;
        r.end = r.start + 1e-6;
        store->finish(r);
    }
    return store;
}
} // namespace

class TestTimelineView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void clickSelectsAJob();
    void wheelZoomsAroundTheCursor();
    void dragPans();
    void tooltipDescribesTheJob();
    void fitsTheRunWhenItEnds();
    void exports_data();
    void exports();
    void tableAndTimelineFollowEachOther();
    void aBigRunIsTakenOverSeveralTurns();
    void aLiveRunIsTakenOneTurnATick();

private:
    std::unique_ptr<TimelineView> m_view;
};

void TestTimelineView::init()
{
    m_view = std::make_unique<TimelineView>();
    m_view->resize(800, 240);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->reset(twoWorkers());
    m_view->finish(400 * ms);
}

void TestTimelineView::clickSelectsAJob()
{
    QSignalSpy clicked(m_view.get(), &TimelineView::jobClicked);
    const QPoint p = centerOf(*m_view, 5);
    QVERIFY(!p.isNull());
    QCOMPARE(m_view->jobAt(p), 5);
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, p);
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.at(0).at(0).toInt(), 5);
    QCOMPARE(m_view->selectedJob(), 5);
    // Nothing under the cursor: nothing selected.
    QCOMPARE(m_view->jobAt(QPoint(2, m_view->height() - 2)), -1);
}

void TestTimelineView::wheelZoomsAroundTheCursor()
{
    const QPoint p = centerOf(*m_view, 3);
    const int index = m_view->jobAt(p);
    QCOMPARE(index, 3);
    const double nsPerPixel = m_view->scale().nsPerPixel;
    QWheelEvent wheel(p, m_view->mapToGlobal(p), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_view.get(), &wheel);
    QVERIFY(m_view->scale().nsPerPixel < nsPerPixel);
    QVERIFY(!m_view->isFollowing());
    QCOMPARE(m_view->jobAt(p), index); // the same job stays under the cursor
    m_view->fitAll();
    QVERIFY(m_view->isFollowing());
    QCOMPARE(m_view->scale().nsPerPixel, nsPerPixel);
}

void TestTimelineView::dragPans()
{
    m_view->zoomAt(4, 0);
    const double start = m_view->scale().startNs;
    const QPoint from(400, 40);
    QTest::mousePress(m_view.get(), Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, QPointF(300, 40), m_view->mapToGlobal(QPointF(300, 40)), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_view.get(), &move);
    QSignalSpy clicked(m_view.get(), &TimelineView::jobClicked);
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, {}, QPoint(300, 40));
    QVERIFY(std::abs(m_view->scale().startNs - (start + 100 * m_view->scale().nsPerPixel)) < 1);
    QCOMPARE(clicked.size(), 0); // a drag is not a click
}

void TestTimelineView::tooltipDescribesTheJob()
{
    const QPoint p = centerOf(*m_view, 2);
    const QString text = m_view->describeAt(p);
    QVERIFY2(text.contains(QStringLiteral("1000005")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("thread 1")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("100 ms")), qPrintable(text));
    const QPoint q = centerOf(*m_view, 1);
    QVERIFY2(m_view->describeAt(q).contains(QStringLiteral("process 2 (pid 4242)")),
             qPrintable(m_view->describeAt(q)));
    QVERIFY(m_view->describeAt(QPoint(2, m_view->height() - 2)).isEmpty());
}

void TestTimelineView::fitsTheRunWhenItEnds()
{
    m_view->zoomAt(50, 10);
    QVERIFY(!m_view->isFollowing());
    m_view->finish(400 * ms);
    QVERIFY(m_view->isFollowing());
    QVERIFY(m_view->scale().toX(0) >= 0);
    QVERIFY(m_view->scale().toX(400 * ms) <= m_view->scale().widthPx);
}

void TestTimelineView::exports_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("cores");
    QTest::addColumn<bool>("ok");
    QTest::newRow("png") << QStringLiteral("t.png") << false << true;
    QTest::newRow("svg") << QStringLiteral("t.svg") << false << true;
    QTest::newRow("cores as svg") << QStringLiteral("c.svg") << true << true;
    QTest::newRow("pdf") << QStringLiteral("t.pdf") << false << false;
    QTest::newRow("no such folder") << QStringLiteral("missing/t.png") << false << false;
}

void TestTimelineView::exports()
{
    QFETCH(QString, name);
    QFETCH(bool, cores);
    QFETCH(bool, ok);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    m_view->setView(cores ? TimelineView::View::Cores : TimelineView::View::Workers);
    QString error;
    QCOMPARE(m_view->exportTo(path, &error), ok);
    if (!ok) {
        QVERIFY(error.contains(path));
        QVERIFY(!QFile::exists(path));
        return;
    }
    if (name.endsWith(QLatin1String(".png"))) {
        const QImage image(path);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 1000);
    } else {
        QSvgRenderer svg(path);
        QVERIFY(svg.isValid());
    }
}

void TestTimelineView::tableAndTimelineFollowEachOther()
{
    RunController controller;
    TimelinePanel panel(&controller);
    QString error;
    QVERIFY(!panel.exportTo(QStringLiteral("nothing.png"), &error)); // no run yet
    QVERIFY(!error.isEmpty());
    QTableView table;
    SortedRowsProxy proxy;
    proxy.setSourceModel(controller.results());
    proxy.setSortRole(ResultsModel::SortRole);
    table.setModel(&proxy);
    panel.linkTable(&table, &proxy);
    panel.resize(900, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    // Twelve checks of a few milliseconds each: every one wide enough to click.
    const QList<quint64> numbers(12, 9'999'999'999'971ull);
    const Workload workload = Workload::fromNumbers(QStringLiteral("twelve"), numbers);
    RunOptions options;
    options.workers = 2;
    QSignalSpy ended(&controller, &RunController::ended);
    QVERIFY(controller.start(workload, Mode::Threads, options));
    QVERIFY(ended.wait(60000));
    TimelineView *view = panel.view();
    QCOMPARE(view->lanes().jobCount(), 12);
    QVERIFY(view->isFollowing());

    // Sorted the other way, so rows and jobs differ: the link maps through the proxy.
    proxy.sort(ResultsModel::Index, Qt::DescendingOrder);
    for (int job : { 0, 7, 11 }) {
        const QPoint p = centerOf(*view, job);
        QVERIFY2(!p.isNull(), qPrintable(QString::number(job)));
        QTest::mouseClick(view, Qt::LeftButton, {}, p);
        QCOMPARE(proxy.mapToSource(table.currentIndex()).row(), job);
    }
    table.setCurrentIndex(proxy.mapFromSource(controller.results()->index(4, 0)));
    QCOMPARE(view->selectedJob(), 4);

    // A new run starts empty.
    QVERIFY(controller.start(workload, Mode::Coroutines, options));
    QCOMPARE(view->lanes().store(), controller.monitor()->store());
    QVERIFY(ended.wait(60000));
    QCOMPARE(view->lanes().jobCount(), 12);
    QTemporaryDir dir;
    QVERIFY2(panel.exportTo(dir.filePath(QStringLiteral("run.svg")), &error), qPrintable(error));
}

void TestTimelineView::aBigRunIsTakenOverSeveralTurns()
{
    // More finished jobs than one turn takes: the rest follows in the next turns, and a
    // picture takes everything at once.
    const qsizetype jobs = 2 * TimelineView::jobsPerTurn + 5;
    const std::shared_ptr<RunStore> store = finishedRun(jobs);
    for (const bool picture : { false, true }) {
        m_view->reset(store);
        QSignalSpy caughtUp(m_view.get(), &TimelineView::caughtUp);
        m_view->finish(400 * ms);
        QCOMPARE(m_view->lanes().jobCount(), TimelineView::jobsPerTurn);
        QVERIFY(m_view->isCatchingUp());
        if (picture) {
            QTemporaryDir dir;
            QString error;
            QVERIFY2(m_view->exportTo(dir.filePath(QStringLiteral("t.png")), &error), qPrintable(error));
            QCOMPARE(caughtUp.size(), 1);
        } else {
            QVERIFY(caughtUp.wait(10000));
        }
        QCOMPARE(m_view->lanes().jobCount(), jobs);
        QVERIFY(!m_view->isCatchingUp());
        QCOMPARE(m_view->lanes().lane(0).jobs.size(), size_t(jobs));
    }
}

void TestTimelineView::aLiveRunIsTakenOneTurnATick()
{
    // While the run goes on, the workers keep the cores: each tick takes one turn's worth and
    // nothing is taken between ticks; the run's end takes the rest.
    const qsizetype jobs = 2 * TimelineView::jobsPerTurn + 5;
    m_view->reset(finishedRun(jobs));
    m_view->refresh(100 * ms);
    QCOMPARE(m_view->lanes().jobCount(), TimelineView::jobsPerTurn);
    QTest::qWait(50);
    QCOMPARE(m_view->lanes().jobCount(), TimelineView::jobsPerTurn);
    m_view->refresh(200 * ms);
    QCOMPARE(m_view->lanes().jobCount(), 2 * TimelineView::jobsPerTurn);
    QSignalSpy caughtUp(m_view.get(), &TimelineView::caughtUp);
    m_view->finish(400 * ms);
    QTRY_COMPARE_WITH_TIMEOUT(caughtUp.size(), 1, 10000);
    QCOMPARE(m_view->lanes().jobCount(), jobs);
}

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
