// A label for figures that change at every tick: sized by the widest text it expects, so a new
// text repaints it without laying anything out again.
#include "eventcounter.h"
#include "tickerlabel.h"

#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QTest>

#include <cmath>

class TestTickerLabel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sizeFollowsTheWidestText_data();
    void sizeFollowsTheWidestText();
    void onlyAWiderTextLaysOut_data();
    void onlyAWiderTextLaysOut();
    void elidesWhatDoesNotFit();
    void wholeInItsOwnRoom_data();
    void wholeInItsOwnRoom();
    void aNewFontMeasuresAgain();
};

namespace {
int widthOf(const TickerLabel &label, const QString &text)
{
    return int(std::ceil(QFontMetricsF(label.font()).horizontalAdvance(text)));
}
} // namespace

void TestTickerLabel::sizeFollowsTheWidestText_data()
{
    QTest::addColumn<QStringList>("reserved");
    QTest::addColumn<QStringList>("shown");
    QTest::addColumn<QString>("widest");
    QTest::newRow("nothing reserved") << QStringList {} << QStringList { "1 done", "12,345 done", "9 done" }
                                      << QStringLiteral("12,345 done");
    QTest::newRow("reserved wider than shown")
        << QStringList { "999,999 done" } << QStringList { "1 done", "12,345 done" }
        << QStringLiteral("999,999 done");
    QTest::newRow("shown wider than reserved")
        << QStringList { "99 done" } << QStringList { "123,456 done", "1 done" }
        << QStringLiteral("123,456 done");
    QTest::newRow("several reserved")
        << QStringList { "waiting for a job", "sent its end-of-work signal", "idle" }
        << QStringList { "checking 7" } << QStringLiteral("sent its end-of-work signal");
}

void TestTickerLabel::sizeFollowsTheWidestText()
{
    QFETCH(QStringList, reserved);
    QFETCH(QStringList, shown);
    QFETCH(QString, widest);
    TickerLabel label;
    for (const QString &text : reserved)
        label.reserve(text);
    for (const QString &text : shown)
        label.setText(text);
    QCOMPARE(label.text(), shown.constLast());
    QCOMPARE(label.sizeHint().width(), widthOf(label, widest));
    QCOMPARE(label.sizeHint().height(), label.fontMetrics().height());
    // It may be given less, and elide: the figures beside it keep their room.
    QVERIFY(label.minimumSizeHint().width() <= label.sizeHint().width());
    QVERIFY(label.minimumSizeHint().width() <= widthOf(label, QStringLiteral("999…")));
}

void TestTickerLabel::onlyAWiderTextLaysOut_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("laysOut");
    QTest::newRow("narrower") << QStringLiteral("elapsed 1.25 s") << false;
    QTest::newRow("as wide") << QStringLiteral("elapsed 99.9 s") << false;
    QTest::newRow("the same") << QStringLiteral("elapsed 0.00 s") << false;
    QTest::newRow("wider") << QStringLiteral("elapsed 1234.5 s, and more") << true;
}

void TestTickerLabel::onlyAWiderTextLaysOut()
{
    QFETCH(QString, text);
    QFETCH(bool, laysOut);
    QWidget bar;
    auto *layout = new QHBoxLayout(&bar);
    auto *label = new TickerLabel(&bar);
    label->reserve(QStringLiteral("elapsed 99.9 s"));
    label->setText(QStringLiteral("elapsed 0.00 s"));
    layout->addWidget(label);
    layout->addStretch(1);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QCoreApplication::processEvents();
    const EventCounter requests(&bar, QEvent::LayoutRequest);
    label->setText(text);
    QCoreApplication::processEvents();
    QCOMPARE(requests.count > 0, laysOut);
    QCOMPARE(label->text(), text);
    // Laid out or not, the label has room for what it shows.
    QCOMPARE(label->width() >= widthOf(*label, text), true);
}

void TestTickerLabel::elidesWhatDoesNotFit()
{
    TickerLabel label;
    const QString text = QStringLiteral("2 lanes · 12,345 of 100,000 jobs drawn");
    label.setText(text);
    label.resize(widthOf(label, QStringLiteral("2 lanes · 12")), label.sizeHint().height());
    QVERIFY(label.isElided());
    QCOMPARE(label.text(), text); // the whole text stays the label's
    QCOMPARE(label.accessibleName(), text);
    label.resize(label.sizeHint());
    QVERIFY(!label.isElided());
}

void TestTickerLabel::wholeInItsOwnRoom_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text :
         { "elapsed 7.60 s", "elapsed 0.12 s", "4 / 8 done", "12,345 / 100,000 done", "checking 1000012345",
           "longest frame gap: 104 ms", "2 lanes · 4 of 8 jobs drawn", "已用时 7.60 秒" })
        QTest::newRow(text) << QString::fromUtf8(text);
}

void TestTickerLabel::wholeInItsOwnRoom()
{
    // Widths are fractions of a pixel: the room kept must not round a text down to "…".
    QFETCH(QString, text);
    TickerLabel label;
    label.setText(text);
    label.resize(label.sizeHint());
    QVERIFY(!label.isElided());
    QCOMPARE(label.fontMetrics().elidedText(text, Qt::ElideRight, label.contentsRect().width()), text);
}

void TestTickerLabel::aNewFontMeasuresAgain()
{
    TickerLabel label;
    label.reserve(QStringLiteral("longest frame gap: 99999 ms"));
    label.setText(QStringLiteral("longest frame gap: 12 ms"));
    const QSize before = label.sizeHint();
    QFont bigger = label.font();
    bigger.setPointSizeF(bigger.pointSizeF() * 2);
    label.setFont(bigger);
    QCOMPARE(label.sizeHint().width(), widthOf(label, QStringLiteral("longest frame gap: 99999 ms")));
    QVERIFY(label.sizeHint().width() > before.width());
    QVERIFY(label.sizeHint().height() > before.height());
}

QTEST_MAIN(TestTickerLabel)
#include "tst_tickerlabel.moc"
