// The status bar's message: cut with "…" where it is too narrow, whole in its tooltip then.
#include "elidedlabel.h"

#include <QFontMetricsF>
#include <QHelpEvent>
#include <QTest>
#include <QToolTip>

#include <cmath>

class TestElidedLabel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void elidesWhatDoesNotFit_data();
    void elidesWhatDoesNotFit();
    void shrinksBelowItsText();
    void wholeInItsOwnRoom_data();
    void wholeInItsOwnRoom();
};

void TestElidedLabel::elidesWhatDoesNotFit_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("elided");
    QTest::newRow("fits") << QStringLiteral("Ready") << false;
    QTest::newRow("too long") << QStringLiteral(
        "Done: Threads, 2 workers, in 0.53 s — ⚠ speedup far below the ideal 2x: other programs kept "
        "1.1 cores busy during the run — the figure is not the mode's own")
                              << true;
}

void TestElidedLabel::elidesWhatDoesNotFit()
{
    QFETCH(QString, text);
    QFETCH(bool, elided);
    ElidedLabel label(text);
    label.resize(label.fontMetrics().horizontalAdvance(QStringLiteral("Done: Threads, 2 workers")), 30);
    label.show();
    QVERIFY(QTest::qWaitForWindowExposed(&label));
    QCOMPARE(label.text(), text); // the whole text stays the label's
    QCOMPARE(label.isElided(), elided);
    QCOMPARE(label.shownText().endsWith(QChar(0x2026)), elided);

    QHelpEvent help(QEvent::ToolTip, QPoint(5, 5), label.mapToGlobal(QPoint(5, 5)));
    QVERIFY(QCoreApplication::sendEvent(&label, &help));
    QCOMPARE(QToolTip::text(), elided ? text : QString());
    QToolTip::hideText();
}

void TestElidedLabel::shrinksBelowItsText()
{
    // In a layout it may get less than its text: the figures beside it keep their room.
    ElidedLabel label(QStringLiteral("A message much longer than a few characters"));
    QVERIFY(label.minimumSizeHint().width() < label.sizeHint().width() / 4);
}

void TestElidedLabel::wholeInItsOwnRoom_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text :
         { "Ready", "Stopping…", "Running: Threads, 2 workers, on 100,000 numbers from numbers.txt",
           "Done: Threads, 2 workers, in 0.53 s", "Copied 12 rows", "Wrote results.csv (100,000 rows)",
           "The run history cannot be kept: No space left on device", "已完成：线程，2 个工作者，0.53 秒" })
        QTest::newRow(text) << QString::fromUtf8(text);
}

void TestElidedLabel::wholeInItsOwnRoom()
{
    // Widths are fractions of a pixel: the room it asks for must not round its text down to "…".
    QFETCH(QString, text);
    ElidedLabel label(text);
    label.resize(label.sizeHint());
    QVERIFY(!label.isElided());
    QCOMPARE(label.shownText(), text);
    // The room it gets at other widths: whole from its text's width up, never a pixel short.
    const int width = int(std::ceil(QFontMetricsF(label.font()).horizontalAdvance(text)));
    label.resize(width, label.height());
    QCOMPARE(label.shownText(), text);
    label.resize(width - 1, label.height());
    QVERIFY(label.isElided());
    QVERIFY(label.shownText() != text);
}

QTEST_MAIN(TestElidedLabel)
#include "tst_elidedlabel.moc"
