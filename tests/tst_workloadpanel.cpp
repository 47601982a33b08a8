// The numbers panel: a file read in the background shown as a summary, Cancel keeping what
// was there, the thousands-separator choice, error reasons readable whole.
#include "testfiles.h"
#include "workloadpanel.h"

#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QThreadPool>
#include <QTimer>

namespace {
QPushButton *button(QWidget *parent, const QString &text)
{
    for (QPushButton *b : parent->findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}
} // namespace

class TestWorkloadPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void bigFileIsASummary();
    void cancelKeepsThePreviousWorkload();
    void takesOverALoadStartedEarly_data();
    void takesOverALoadStartedEarly();
    void thousandsChoice();
    void errorReasonsReadableWhole();
    void editedListIsNoLongerNamedAfterItsFile();

private:
    QTemporaryDir m_dir;
    QString m_million;
};

void TestWorkloadPanel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_million = TestFiles::writeMillion(m_dir);
    QVERIFY(!m_million.isEmpty());
}

void TestWorkloadPanel::bigFileIsASummary()
{
    WorkloadPanel panel;
    panel.show();
    panel.setCustomText(QStringLiteral("2 3 5"));
    QSignalSpy ended(&panel, &WorkloadPanel::loadEnded);
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(0);
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start();
    panel.loadFile(m_million);
    QVERIFY(panel.isLoading());
    QVERIFY(ended.wait(120000));
    ticker.stop();
    // A zero-interval timer ticks at every turn of the loop: a thread blocked by the read
    // would let it tick once or twice at most.
    QVERIFY2(ticks >= 10, "the event loop did not keep turning while the file was read");
    QCOMPARE(ended.first().at(0).toBool(), true);
    QCOMPARE(panel.source(), WorkloadPanel::Source::Custom);
    QCOMPARE(panel.loadedFile(), m_million);
    QCOMPARE(panel.workload()->size(), 1'000'000);
    QCOMPARE(panel.customText(), QStringLiteral("2 3 5")); // never pushed into the editor
    QPushButton *back = button(&panel, QStringLiteral("Type numbers instead"));
    QVERIFY(back && back->isVisible());
    back->click();
    QCOMPARE(panel.loadedFile(), QString());
    QCOMPARE(panel.workload()->numbers, (QList<quint64> { 2, 3, 5 }));
}

void TestWorkloadPanel::cancelKeepsThePreviousWorkload()
{
    WorkloadPanel panel;
    panel.setCustomText(QStringLiteral("7 11 13"));
    panel.setSource(WorkloadPanel::Source::Custom);
    QSignalSpy ended(&panel, &WorkloadPanel::loadEnded);
    panel.loadFile(m_million);
    panel.cancelLoad();
    QCOMPARE(ended.size(), 1);
    QCOMPARE(ended.first().at(0).toBool(), false);
    QCOMPARE(ended.first().at(1).toString(), QString()); // canceled: no error to show
    QVERIFY(!panel.isLoading());
    // Whatever the canceled thread still does, it never lands.
    QVERIFY(QThreadPool::globalInstance()->waitForDone(120000));
    QCoreApplication::processEvents();
    QCOMPARE(ended.size(), 1);
    QCOMPARE(panel.workload()->numbers, (QList<quint64> { 7, 11, 13 }));
    QCOMPARE(panel.loadedFile(), QString());
}

void TestWorkloadPanel::takesOverALoadStartedEarly_data()
{
    QTest::addColumn<bool>("samePath");
    QTest::addColumn<bool>("joinThousands");
    QTest::addColumn<bool>("takenOver");
    QTest::newRow("the file asked for") << true << false << true;
    // Started on other terms: read again as the panel would, the early load dropped.
    QTest::newRow("another file") << false << false << false;
    QTest::newRow("other separators") << true << true << false;
}

// A file named on the command line is read while the window is built; the panel takes that
// load over instead of reading the file again, and keeps the loader as its own.
void TestWorkloadPanel::takesOverALoadStartedEarly()
{
    QFETCH(bool, samePath);
    QFETCH(bool, joinThousands);
    QFETCH(bool, takenOver);
    const QString other = m_dir.filePath(QStringLiteral("three.txt"));
    QVERIFY(TestFiles::write(other, "2\n3\n5\n"));
    std::unique_ptr<WorkloadLoader> early
        = WorkloadLoader::started(samePath ? m_million : other, joinThousands);
    WorkloadLoader *earlyLoader = early.get();
    QPointer<WorkloadLoader> watched(earlyLoader);
    WorkloadPanel panel;
    QSignalSpy ended(&panel, &WorkloadPanel::loadEnded);
    panel.loadFile(m_million, std::move(early));
    QVERIFY(panel.isLoading());
    QCOMPARE(panel.findChildren<WorkloadLoader *>().contains(earlyLoader), takenOver);
    QCOMPARE(bool(watched), takenOver); // dropped at once when not taken over
    QVERIFY(ended.wait(120000));
    QCOMPARE(ended.size(), 1);
    QCOMPARE(ended.first().at(0).toBool(), true);
    QCOMPARE(panel.loadedFile(), m_million);
    QCOMPARE(panel.workload()->size(), 1'000'000);
    QCOMPARE(panel.findChildren<WorkloadLoader *>().size(), 1);
}

void TestWorkloadPanel::thousandsChoice()
{
    WorkloadPanel panel;
    panel.show();
    panel.setSource(WorkloadPanel::Source::Custom);
    panel.setCustomText(QStringLiteral("7 1,000,003"));
    QCOMPARE(panel.workload()->numbers, (QList<quint64> { 7, 1, 0, 3 }));
    QPushButton *join = button(&panel, QStringLiteral("Join into one number"));
    QVERIFY(join && join->isVisible());
    bool named = false;
    for (QLabel *label : panel.findChildren<QLabel *>())
        named = named || (label->isVisible() && label->text().contains(QLatin1String("line 1, column 3")));
    QVERIFY(named);
    join->click();
    QVERIFY(panel.joinsThousands());
    QCOMPARE(panel.workload()->numbers, (QList<quint64> { 7, 1000003 }));
    QCOMPARE(join->text(), QStringLiteral("Read as separate numbers"));
    join->click();
    QCOMPARE(panel.workload()->numbers, (QList<quint64> { 7, 1, 0, 3 }));
    panel.setCustomText(QStringLiteral("2,3,5"));
    QVERIFY(!join->isVisible());
}

void TestWorkloadPanel::errorReasonsReadableWhole()
{
    WorkloadPanel panel;
    panel.resize(300, 400); // narrow: the reasons would be cut
    panel.show();
    panel.setSource(WorkloadPanel::Source::Custom);
    panel.setCustomText(QStringLiteral("-5 99999999999999999999"));
    auto *list = panel.findChild<QListWidget *>();
    QVERIFY(list);
    QVERIFY(list->wordWrap());
    QCOMPARE(list->count(), 2);
    for (int i = 0; i < list->count(); ++i)
        QCOMPARE(list->item(i)->toolTip(), list->item(i)->text());
    QVERIFY(list->item(1)->toolTip().contains(QLatin1String("2^64")));
}

// A small file goes into the editor under its name; edited, or replaced, the list is the user's.
void TestWorkloadPanel::editedListIsNoLongerNamedAfterItsFile()
{
    const QString path = m_dir.filePath(QStringLiteral("my-primes.txt"));
    QVERIFY(TestFiles::write(path, "2\n3\n5\n"));
    const auto load = [&](WorkloadPanel &panel) {
        QSignalSpy ended(&panel, &WorkloadPanel::loadEnded);
        panel.loadFile(path);
        QVERIFY(ended.wait(30000));
        QCOMPARE(panel.workload()->name, QStringLiteral("my-primes.txt"));
    };
    WorkloadPanel panel;
    panel.show();
    load(panel);
    if (QTest::currentTestFailed())
        return;
    auto *editor = panel.findChild<QPlainTextEdit *>();
    QVERIFY(editor);
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, QStringLiteral("7"));
    QCOMPARE(panel.workload()->numbers, (QList<quint64> { 2, 3, 5, 7 }));
    QCOMPARE(panel.workload()->name, QStringLiteral("your numbers"));

    load(panel);
    if (QTest::currentTestFailed())
        return;
    panel.setCustomText(QStringLiteral("11 13"));
    QCOMPARE(panel.workload()->name, QStringLiteral("your numbers"));
}

QTEST_MAIN(TestWorkloadPanel)
#include "tst_workloadpanel.moc"
