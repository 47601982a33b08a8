// The window's pages: a page that lays itself out anew repaints what changed, not every
// page and tab around it; a page that needs more room still gets it.
#include "eventcounter.h"
#include "pagetabs.h"

#include <QLabel>
#include <QTabBar>
#include <QTest>
#include <QVBoxLayout>

namespace {
// Lets the posted layout requests and the repaints they cause run.
void settle()
{
    QTest::qWait(50);
}
} // namespace

class TestPageTabs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aNewTextInAPage_data();
    void aNewTextInAPage();
    void aPageThatGrewWhileHiddenIsShownWhole();
};

void TestPageTabs::aNewTextInAPage_data()
{
    QTest::addColumn<bool>("fixedWidth"); // the label's width does not follow its text
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("tabsLaidOut");

    QTest::newRow("as wide as before") << true << QStringLiteral("checking 1,000,017") << false;
    QTest::newRow("shorter") << false << QStringLiteral("idle") << false;
    QTest::newRow("wider than the page") << false << QString(120, QLatin1Char('W')) << true;
}

void TestPageTabs::aNewTextInAPage()
{
    QFETCH(bool, fixedWidth);
    QFETCH(QString, text);
    QFETCH(bool, tabsLaidOut);

    QWidget window; // the tabs in a layout, as in the main window
    auto *tabs = new PageTabs;
    tabs->setDocumentMode(true);
    (new QVBoxLayout(&window))->addWidget(tabs);
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *label = new QLabel(QStringLiteral("waiting for a job"));
    auto *wide = new QLabel(QString(40, QLatin1Char('x'))); // what makes the page as wide as it is
    if (fixedWidth)
        label->setFixedWidth(label->sizeHint().width() * 2);
    layout->addWidget(label);
    layout->addWidget(wide);
    tabs->addTab(page, QStringLiteral("Prime checker"));
    tabs->addTab(new QWidget, QStringLiteral("Compare modes"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    settle();

    const int layoutsBefore = tabs->layoutsTaken();
    const int minimumBefore = tabs->minimumSizeHint().width();
    EventCounter tabBarPaints(tabs->tabBar(), QEvent::Paint);
    EventCounter labelPaints(label, QEvent::Paint);
    EventCounter neighbourPaints(wide, QEvent::Paint);
    label->setText(text);
    settle();

    QCOMPARE(labelPaints.count() > 0, true); // the new text is on screen
    QCOMPARE(tabs->layoutsTaken() > layoutsBefore, tabsLaidOut);
    if (tabsLaidOut) {
        // More room asked for: the tabs want it from the window, and the page got it.
        QVERIFY(tabs->minimumSizeHint().width() > minimumBefore);
        QVERIFY(page->width() >= page->minimumSizeHint().width());
    } else {
        QCOMPARE(tabBarPaints.count(), 0);
        QCOMPARE(neighbourPaints.count(), 0);
    }
}

void TestPageTabs::aPageThatGrewWhileHiddenIsShownWhole()
{
    QWidget window;
    auto *tabs = new PageTabs;
    tabs->setDocumentMode(true);
    (new QVBoxLayout(&window))->addWidget(tabs);
    tabs->addTab(new QLabel(QStringLiteral("the prime checker")), QStringLiteral("Prime checker"));
    auto *hidden = new QWidget;
    auto *label = new QLabel(QStringLiteral("idle"));
    (new QVBoxLayout(hidden))->addWidget(label);
    tabs->addTab(hidden, QStringLiteral("Compare modes"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    settle();

    label->setText(QString(150, QLatin1Char('W')));
    settle();
    tabs->setCurrentWidget(hidden);
    settle();
    QVERIFY(hidden->isVisible());
    QVERIFY2(
        hidden->width() >= hidden->minimumSizeHint().width(),
        qPrintable(QStringLiteral("%1 < %2").arg(hidden->width()).arg(hidden->minimumSizeHint().width())));
    QVERIFY(label->width() >= label->minimumSizeHint().width());
}

QTEST_MAIN(TestPageTabs)
#include "tst_pagetabs.moc"
