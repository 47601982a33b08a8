// The tables' common ground: rows one line of text high, before and after a font change.
#include "copyabletableview.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTest>

class TestCopyableTableView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowsFollowTheFont_data();
    void rowsFollowTheFont();
};

void TestCopyableTableView::rowsFollowTheFont_data()
{
    QTest::addColumn<int>("pointSize");
    QTest::newRow("smaller") << 7;
    QTest::newRow("larger") << 20;
}

void TestCopyableTableView::rowsFollowTheFont()
{
    QFETCH(int, pointSize);
    QStandardItemModel model(5, 2);
    CopyableTableView view;
    view.setModel(&model);
    view.setMinimumRows(3);
    const auto rowHeight = [&view] { return view.fontMetrics().height() + 6; };
    QCOMPARE(view.verticalHeader()->defaultSectionSize(), rowHeight());
    const int minimumBefore = view.minimumHeight();

    QFont font = view.font();
    font.setPointSize(pointSize);
    const int heightBefore = rowHeight();
    view.setFont(font);
    QVERIFY(rowHeight() != heightBefore);
    QCOMPARE(view.verticalHeader()->defaultSectionSize(), rowHeight());
    QCOMPARE(view.rowHeight(0), rowHeight());
    // Three rows of the new height still fit under the header.
    QCOMPARE(view.minimumHeight() - minimumBefore > 0, rowHeight() > heightBefore);
    QVERIFY(view.minimumHeight() >= view.horizontalHeader()->sizeHint().height() + 3 * rowHeight());
}

QTEST_MAIN(TestCopyableTableView)
#include "tst_copyabletableview.moc"
