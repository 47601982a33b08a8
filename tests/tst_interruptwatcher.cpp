// The signal handlers behind Ctrl-C: they give back what was installed before, keep errno,
// and never block, however many signals arrive unread.
#include "interruptlatch.h"
#include "interruptwatcher.h"

#include <QSignalSpy>
#include <QTest>

#include <cerrno>
#include <csignal>

namespace {
void previousHandler(int) { }

// The handler installed for a signal now.
void (*handlerOf(int signal))(int)
{
    struct sigaction now = {};
    ::sigaction(signal, nullptr, &now);
    return now.sa_handler;
}
} // namespace

class TestInterruptWatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void restoresPreviousHandler_data();
    void restoresPreviousHandler();
    void signalReachesEventLoop();
    void keepsErrnoAndNeverBlocks();
};

void TestInterruptWatcher::restoresPreviousHandler_data()
{
    QTest::addColumn<bool>("latch");
    QTest::addColumn<int>("signal");
    QTest::newRow("watcher, SIGINT") << false << SIGINT;
    QTest::newRow("watcher, SIGTERM") << false << SIGTERM;
    QTest::newRow("latch, SIGINT") << true << SIGINT;
    QTest::newRow("latch, SIGTERM") << true << SIGTERM;
}

void TestInterruptWatcher::restoresPreviousHandler()
{
    QFETCH(bool, latch);
    QFETCH(int, signal);
    const auto before = ::signal(signal, previousHandler);
    if (latch) {
        const InterruptLatch interrupts { std::stop_source() };
        QVERIFY(handlerOf(signal) != previousHandler);
    } else {
        const InterruptWatcher interrupts;
        QVERIFY(handlerOf(signal) != previousHandler);
    }
    QVERIFY(handlerOf(signal) == &previousHandler);
    ::signal(signal, before);
}

void TestInterruptWatcher::signalReachesEventLoop()
{
    InterruptWatcher interrupts;
    QSignalSpy spy(&interrupts, &InterruptWatcher::interrupted);
    ::raise(SIGTERM);
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.first().at(0).toInt(), int(SIGTERM));
    QCOMPARE(interrupts.signalNumber(), int(SIGTERM));
}

void TestInterruptWatcher::keepsErrnoAndNeverBlocks()
{
    // Far more signals than the socket buffer holds, none read: a blocking write would hang
    // here, and a failed write would leave EAGAIN in errno for the interrupted code.
    InterruptWatcher interrupts;
    for (int i = 0; i < 100000; ++i) {
        errno = EDOM;
        ::raise(SIGINT);
        if (errno != EDOM)
            QFAIL(qPrintable(QStringLiteral("errno changed to %1 after %2 signals").arg(errno).arg(i + 1)));
    }
    QSignalSpy spy(&interrupts, &InterruptWatcher::interrupted);
    QVERIFY(spy.wait(5000));
}

QTEST_GUILESS_MAIN(TestInterruptWatcher)
#include "tst_interruptwatcher.moc"
