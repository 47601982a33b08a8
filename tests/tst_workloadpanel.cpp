// The numbers panel: a file read in the background shown as a summary, Cancel keeping what
// was there, the thousands-separator choice, error reasons readable whole; a generated list made
// in the background, once for its settings, the newest settings winning.
#include "language.h"
#include "loopticker.h"
#include "poolsettled.h"
#include "testfiles.h"
#include "workloadpanel.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>

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
    void generatesOffTheGuiThread();
    void theNewestSettingsWin();
    void aGeneratedListIsKeptUntilItsSettingsChange();
    void leavingTheGeneratedListStopsIt();

private:
    QTemporaryDir m_dir;
    QString m_million;
};

void TestWorkloadPanel::initTestCase()
{
    // As the program does: English plural forms come from conviz_en.qm.
    QVERIFY(Language::install(QLocale(QLocale::English, QLocale::UnitedStates)));
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
    LoopTicker ticker;
    panel.loadFile(m_million);
    QVERIFY(panel.isLoading());
    QVERIFY(ended.wait(120000));
    ticker.stop();
    QVERIFY2(ticker.ticks() >= 10, "the event loop did not keep turning while the file was read");
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
    QVERIFY(poolSettled());
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

void TestWorkloadPanel::generatesOffTheGuiThread()
{
    WorkloadPanel panel;
    panel.setGenerated(100000, 12, 30); // some 0.3 s of Miller–Rabin tests
    QSignalSpy ended(&panel, &WorkloadPanel::generationEnded);
    LoopTicker ticker;
    panel.setSource(WorkloadPanel::Source::Generated);
    QVERIFY(panel.isGenerating());
    QVERIFY(!panel.workload());
    QVERIFY2(panel.problem().contains(QLocale().toString(100000)), qPrintable(panel.problem()));
    // Said beside the settings too, where the user types them.
    auto *note = panel.findChild<QLabel *>(QStringLiteral("generatedNote"));
    QVERIFY(note);
    QCOMPARE(note->text(), panel.problem());
    QVERIFY(ended.wait(60000));
    ticker.stop();
    QVERIFY2(ticker.ticks() >= 10, "the event loop did not keep turning while the list was made");
    QVERIFY(!panel.isGenerating());
    QVERIFY(panel.problem().isEmpty());
    const std::optional<Workload> workload = panel.workload();
    QVERIFY(workload);
    QCOMPARE(workload->numbers, Workload::generated(100000, 12, 0.3, WorkloadGenerator::seed).numbers);
    const qsizetype primes = workload->expectedPrime.count(true);
    QVERIFY(primes > 25000 && primes < 35000); // about 30%
    QCOMPARE(note->text(),
             QStringLiteral("Ready: %1 numbers, %2 prime")
                 .arg(QLocale().toString(100000), QLocale().toString(primes)));
    QCOMPARE(workload->name, QStringLiteral("%1 generated, 12 digits").arg(QLocale().toString(100000)));
}

void TestWorkloadPanel::theNewestSettingsWin()
{
    WorkloadPanel panel;
    panel.setGenerated(100000, 12, 30);
    panel.setSource(WorkloadPanel::Source::Generated);
    QSignalSpy ended(&panel, &WorkloadPanel::generationEnded);
    // As a user typing: each key a new count; the list is made once they pause.
    for (int count : { 5, 50, 500 })
        panel.setGenerated(count, 6, 50);
    QVERIFY(!panel.workload());
    QVERIFY(ended.wait(60000));
    QCOMPARE(panel.workload()->numbers, Workload::generated(500, 6, 0.5, WorkloadGenerator::seed).numbers);
    // The older list, stopped or finished, never lands.
    QVERIFY(poolSettled(60000));
    QCOMPARE(ended.size(), 1);
    QCOMPARE(panel.workload()->size(), 500);
}

void TestWorkloadPanel::aGeneratedListIsKeptUntilItsSettingsChange()
{
    WorkloadPanel panel;
    panel.setGenerated(300, 6, 50);
    panel.setSource(WorkloadPanel::Source::Generated);
    QSignalSpy ended(&panel, &WorkloadPanel::generationEnded);
    QVERIFY(ended.wait(60000));
    panel.setSource(WorkloadPanel::Source::Book);
    QCOMPARE(panel.workload()->size(), 20);
    panel.setSource(WorkloadPanel::Source::Generated);
    QVERIFY(!panel.isGenerating()); // made already: no wait, no second list
    QCOMPARE(panel.workload()->size(), 300);
    panel.setGenerated(301, 6, 50);
    QVERIFY(panel.isGenerating());
    QVERIFY(ended.wait(60000));
    QCOMPARE(panel.workload()->size(), 301);
    QCOMPARE(ended.size(), 2);
}

void TestWorkloadPanel::leavingTheGeneratedListStopsIt()
{
    // Another source chosen while the list is made: it stops, and takes no core from the run.
    WorkloadPanel panel;
    panel.setGenerated(100000, 12, 30);
    panel.setSource(WorkloadPanel::Source::Generated);
    QSignalSpy ended(&panel, &WorkloadPanel::generationEnded);
    panel.setSource(WorkloadPanel::Source::Book);
    QVERIFY(!panel.isGenerating());
    QCOMPARE(panel.workload()->size(), 20);
    QVERIFY(poolSettled(60000));
    QCOMPARE(ended.size(), 0);
    // Chosen again: made again, from the start.
    panel.setSource(WorkloadPanel::Source::Generated);
    QVERIFY(panel.isGenerating());
    QVERIFY(ended.wait(60000));
    QCOMPARE(panel.workload()->size(), 100000);
}

QTEST_MAIN(TestWorkloadPanel)
#include "tst_workloadpanel.moc"
