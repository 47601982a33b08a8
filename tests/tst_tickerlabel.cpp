// A label for figures that change at every tick: sized by the widest text it expects, so a new
// text repaints it without laying anything out again.
#include "eventcounter.h"
#include "tickerlabel.h"

#include <QAccessible>
#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QTest>
#include <QToolTip>

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
    void readAsALabel();
    void wholeInItsOwnRoom_data();
    void wholeInItsOwnRoom();
    void aNewFontMeasuresAgain();
};

namespace {
int widthOf(const TickerLabel &label, const QString &text)
{
    return int(std::ceil(QFontMetricsF(label.font()).horizontalAdvance(text)));
}

// The room the label keeps for a text: its width with every digit the font's widest.
int roomFor(const TickerLabel &label, const QString &text)
{
    int room = 0;
    for (char digit = '0'; digit <= '9'; ++digit) {
        QString same = text;
        for (QChar &c : same) {
            if (c.isDigit())
                c = QLatin1Char(digit);
        }
        room = std::max(room, widthOf(label, same));
    }
    return room;
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
    QCOMPARE(label.sizeHint().width(), roomFor(label, widest));
    QVERIFY(label.sizeHint().width() >= widthOf(label, widest));
    QCOMPARE(label.sizeHint().height(), label.fontMetrics().height());
    // A figure is never cut; an elidable line may be given less, and end in "…".
    QCOMPARE(label.minimumSizeHint(), label.sizeHint());
    label.setElidable(true);
    QVERIFY(label.minimumSizeHint().width() <= widthOf(label, QStringLiteral("999…")));
}

void TestTickerLabel::onlyAWiderTextLaysOut_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("laysOut");
    QTest::newRow("narrower") << QStringLiteral("elapsed 1.2 s") << false;
    QTest::newRow("other digits") << QStringLiteral("elapsed 87.4 s") << false;
    QTest::newRow("the same") << QStringLiteral("elapsed 0.00 s") << false;
    QTest::newRow("wider") << QStringLiteral("elapsed 1234.5 s, and more") << true;
}

void TestTickerLabel::onlyAWiderTextLaysOut()
{
    QFETCH(QString, text);
    QFETCH(bool, laysOut);
    QWidget bar;
    bar.resize(600, 40);
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
    QCOMPARE(requests.count() > 0, laysOut);
    QCOMPARE(label->text(), text);
    // Laid out or not, the label has room for what it shows.
    QVERIFY2(label->width() >= widthOf(*label, text),
             qPrintable(QStringLiteral("%1 px for %2 px").arg(label->width()).arg(widthOf(*label, text))));
    QVERIFY(!label->isElided());
}

void TestTickerLabel::elidesWhatDoesNotFit()
{
    TickerLabel label;
    label.setElidable(true);
    const QString text = QStringLiteral("2 lanes · 12,345 of 100,000 jobs drawn");
    label.setText(text);
    label.resize(widthOf(label, QStringLiteral("2 lanes · 12")), label.sizeHint().height());
    label.show();
    QVERIFY(QTest::qWaitForWindowExposed(&label));
    QVERIFY(label.isElided());
    QCOMPARE(label.text(), text); // the whole text stays the label's
    // ... and is its tooltip then.
    QHelpEvent help(QEvent::ToolTip, QPoint(5, 5), label.mapToGlobal(QPoint(5, 5)));
    QVERIFY(QCoreApplication::sendEvent(&label, &help));
    QCOMPARE(QToolTip::text(), text);
    QToolTip::hideText();
    label.resize(label.sizeHint());
    QVERIFY(!label.isElided());
}

void TestTickerLabel::readAsALabel()
{
    // A screen reader hears a label and its figure, as from the QLabel it stands for.
    TickerLabel label;
    label.setText(QStringLiteral("elapsed 1.25 s"));
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(&label);
    QVERIFY(accessible);
    QCOMPARE(accessible->role(), QAccessible::StaticText);
    QCOMPARE(accessible->text(QAccessible::Name), QStringLiteral("elapsed 1.25 s"));
    label.setText(QStringLiteral("elapsed 2.50 s"));
    QCOMPARE(accessible->text(QAccessible::Name), QStringLiteral("elapsed 2.50 s"));
    label.setAccessibleName(QStringLiteral("Time elapsed"));
    QCOMPARE(accessible->text(QAccessible::Name), QStringLiteral("Time elapsed"));
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
    QCOMPARE(label.shownText(), text);
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
    QCOMPARE(label.sizeHint().width(), roomFor(label, QStringLiteral("longest frame gap: 99999 ms")));
    QVERIFY(label.sizeHint().width() > before.width());
    QVERIFY(label.sizeHint().height() > before.height());
}

QTEST_MAIN(TestTickerLabel)
#include "tst_tickerlabel.moc"
