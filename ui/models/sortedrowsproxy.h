#pragma once

#include <QAbstractProxyModel>

#include <vector>

// A table's rows in the source's order, or sorted by one column on request. The source's order
// costs nothing: no map of the rows is built, so resetting a million rows or changing a column
// of them costs what the source's signals cost (a QSortFilterProxyModel maps every row on each
// reset, on the window's thread, while the spinner waits). Sorting builds the map once, from
// the column's sortRole; like a proxy without dynamic sorting, rows stay put as data changes
// until sort() is called again. Any change in the source's rows drops the sort.
class SortedRowsProxy : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit SortedRowsProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;
    // Sorting by this column ascending is the source's order: it builds no map.
    void setSourceOrderColumn(int column) { m_sourceOrderColumn = column; }
    void setSortRole(int role) { m_sortRole = role; }
    // Column -1 (or the source order column, ascending): the source's order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // Sorts again by the current column, with the data as it is now.
    void resort() { sort(m_sortColumn, m_sortOrder); }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    bool isSorted() const { return !m_toSource.empty(); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

Q_SIGNALS:
    // The source's rows changed and the rows are in the source's order again.
    void sortDropped();

private:
    // The source's rows in its order, without a map; column and order are what the header
    // shows (-1: no column).
    void useSourceOrder(int column, Qt::SortOrder order);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void beginSourceChange();
    void endSourceChange();
    std::vector<int> sortedRows(int column, Qt::SortOrder order) const;

    std::vector<int> m_toSource; // empty: the source's order
    std::vector<int> m_fromSource;
    QList<QMetaObject::Connection> m_connections;
    int m_sortRole = Qt::DisplayRole;
    int m_sourceOrderColumn = -1;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_changing = false;
};
