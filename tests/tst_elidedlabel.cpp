// The status bar's message: cut with "…" where it is too narrow, whole in its tooltip then.
#include "elidedlabel.h"

#include <QHelpEvent>
#include <QTest>
#include <QToolTip>

class TestElidedLabel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void elidesWhatDoesNotFit_data();
    void elidesWhatDoesNotFit();
    void shrinksBelowItsText();
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

QTEST_MAIN(TestElidedLabel)
#include "tst_elidedlabel.moc"
