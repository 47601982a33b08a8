// The results table's sort proxy: the source's order without a map, a column's order on request.
#include "sortedrowsproxy.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

class TestSortedRowsProxy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void sourceOrderPassesThrough();
    void sorts_data();
    void sorts();
    void selectionFollowsTheSort();
    void changesInASortedTableReachTheView();
    void newRowsDropTheSort();

private:
    std::unique_ptr<QStandardItemModel> m_source;
    std::unique_ptr<SortedRowsProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    // Three columns: a name, an unsigned number, a double (the results' kinds of sort keys).
    static void fill(QStandardItemModel &model)
    {
        const QList<std::tuple<QString, qulonglong, double>> rows {
            { QStringLiteral("c"), 18446744073709551615ull, 0.5 },
            { QStringLiteral("a"), 18446744073709551614ull, -1.0 },
            { QStringLiteral("b"), 7ull, 0.5 },
            { QStringLiteral("a"), 12ull, 3.25 },
        };
        model.setRowCount(int(rows.size()));
        model.setColumnCount(3);
        for (int row = 0; row < rows.size(); ++row) {
            const auto &[name, number, value] = rows.at(row);
            model.setData(model.index(row, 0), name);
            model.setData(model.index(row, 1), QVariant::fromValue(number));
            model.setData(model.index(row, 2), value);
        }
    }
    static QList<int> sourceRows(const SortedRowsProxy &proxy)
    {
        QList<int> rows;
        for (int row = 0; row < proxy.rowCount(); ++row)
            rows.append(proxy.mapToSource(proxy.index(row, 0)).row());
        return rows;
    }
};

void TestSortedRowsProxy::init()
{
    m_tester.reset();
    m_proxy = std::make_unique<SortedRowsProxy>();
    m_source = std::make_unique<QStandardItemModel>();
    fill(*m_source);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxy->setSourceModel(m_source.get());
}

void TestSortedRowsProxy::sourceOrderPassesThrough()
{
    QStandardItemModel &source = *m_source;
    SortedRowsProxy &proxy = *m_proxy;
    proxy.setSourceOrderColumn(0);
    QCOMPARE(proxy.rowCount(), 4);
    QCOMPARE(proxy.columnCount(), 3);
    QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
    proxy.sort(0, Qt::AscendingOrder); // the source order column: nothing to do
    proxy.sort(-1);
    QCOMPARE(layout.count(), 0);
    QVERIFY(!proxy.isSorted());
    QCOMPARE(sourceRows(proxy), (QList<int> { 0, 1, 2, 3 }));
    QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("b"));
    QCOMPARE(proxy.mapFromSource(source.index(3, 2)), proxy.index(3, 2));
}

void TestSortedRowsProxy::sorts_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QList<int>>("expected");
    // Equal keys keep the source's order, whichever way the column is sorted.
    QTest::newRow("names up") << 0 << Qt::AscendingOrder << QList<int> { 1, 3, 2, 0 };
    QTest::newRow("names down") << 0 << Qt::DescendingOrder << QList<int> { 0, 2, 1, 3 };
    // Above 2^53, where a double would call both largest numbers equal.
    QTest::newRow("unsigned up") << 1 << Qt::AscendingOrder << QList<int> { 2, 3, 1, 0 };
    QTest::newRow("unsigned down") << 1 << Qt::DescendingOrder << QList<int> { 0, 1, 3, 2 };
    QTest::newRow("doubles up") << 2 << Qt::AscendingOrder << QList<int> { 1, 0, 2, 3 };
    QTest::newRow("doubles down") << 2 << Qt::DescendingOrder << QList<int> { 3, 0, 2, 1 };
}

void TestSortedRowsProxy::sorts()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QList<int>, expected);
    QStandardItemModel &source = *m_source;
    SortedRowsProxy &proxy = *m_proxy;
    QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
    proxy.sort(column, order);
    QCOMPARE(layout.count(), 1);
    QVERIFY(proxy.isSorted());
    QCOMPARE(proxy.sortColumn(), column);
    QCOMPARE(proxy.sortOrder(), order);
    QCOMPARE(sourceRows(proxy), expected);
    for (int row = 0; row < proxy.rowCount(); ++row)
        QCOMPARE(proxy.mapFromSource(source.index(expected.at(row), 1)), proxy.index(row, 1));
    proxy.sort(-1);
    QVERIFY(!proxy.isSorted());
    QCOMPARE(sourceRows(proxy), (QList<int> { 0, 1, 2, 3 }));
}

void TestSortedRowsProxy::selectionFollowsTheSort()
{
    SortedRowsProxy &proxy = *m_proxy;
    const QPersistentModelIndex current = proxy.index(3, 0); // source row 3
    proxy.sort(1, Qt::AscendingOrder);
    QCOMPARE(current.row(), 1);
    QCOMPARE(proxy.mapToSource(current).row(), 3);
    proxy.sort(-1);
    QCOMPARE(current.row(), 3);
}

void TestSortedRowsProxy::changesInASortedTableReachTheView()
{
    QStandardItemModel &source = *m_source;
    SortedRowsProxy &proxy = *m_proxy;
    proxy.sort(1, Qt::AscendingOrder);
    QSignalSpy changed(&proxy, &QAbstractItemModel::dataChanged);
    source.setData(source.index(0, 0), QStringLiteral("z"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), proxy.index(3, 0));
    QCOMPARE(proxy.index(3, 0).data().toString(), QStringLiteral("z"));
    // Rows stay where the sort put them until it is asked again.
    QCOMPARE(sourceRows(proxy), (QList<int> { 2, 3, 1, 0 }));
    // A change over several source rows: they are scattered here, so every row is named.
    Q_EMIT source.dataChanged(source.index(1, 0), source.index(2, 1));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(1).at(0).value<QModelIndex>(), proxy.index(0, 0));
    QCOMPARE(changed.at(1).at(1).value<QModelIndex>(), proxy.index(3, 1));
}

void TestSortedRowsProxy::newRowsDropTheSort()
{
    QStandardItemModel &source = *m_source;
    SortedRowsProxy &proxy = *m_proxy;
    proxy.sort(0, Qt::DescendingOrder);
    QSignalSpy dropped(&proxy, &SortedRowsProxy::sortDropped);
    QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
    source.appendRow(new QStandardItem(QStringLiteral("d")));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(dropped.count(), 1);
    QVERIFY(!proxy.isSorted());
    QCOMPARE(proxy.sortColumn(), -1);
    QCOMPARE(proxy.rowCount(), 5);
    QCOMPARE(proxy.index(4, 0).data().toString(), QStringLiteral("d"));
    // In the source's order already: nothing more to say.
    source.removeRow(4);
    QCOMPARE(dropped.count(), 1);
    QCOMPARE(proxy.rowCount(), 4);
}

QTEST_GUILESS_MAIN(TestSortedRowsProxy)
#include "tst_sortedrowsproxy.moc"
