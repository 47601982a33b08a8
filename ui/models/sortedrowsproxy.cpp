#include "sortedrowsproxy.h"

#include <algorithm>
#include <functional>
#include <numeric>

namespace {
bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Bool:
        return true;
    default:
        return false;
    }
}

// Stable, so equal keys keep the source's order, ascending or descending.
template<typename Key, typename Less>
void sortRows(std::vector<int> &rows, const std::vector<Key> &keys, Qt::SortOrder order, Less less)
{
    if (order == Qt::AscendingOrder)
        std::stable_sort(rows.begin(), rows.end(),
                         [&](int a, int b) { return less(keys[size_t(a)], keys[size_t(b)]); });
    else
        std::stable_sort(rows.begin(), rows.end(),
                         [&](int a, int b) { return less(keys[size_t(b)], keys[size_t(a)]); });
}

template<typename Key>
std::vector<Key> convert(const std::vector<QVariant> &keys, Key (QVariant::*to)(bool *) const)
{
    std::vector<Key> out;
    out.reserve(keys.size());
    for (const QVariant &key : keys)
        out.push_back((key.*to)(nullptr));
    return out;
}
} // namespace

SortedRowsProxy::SortedRowsProxy(QObject *parent)
    : QAbstractProxyModel(parent)
{ }

void SortedRowsProxy::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    useSourceOrder(-1, m_sortOrder);
    QAbstractProxyModel::setSourceModel(source);
    if (source) {
        using M = QAbstractItemModel;
        m_connections = {
            connect(source, &M::dataChanged, this, &SortedRowsProxy::onDataChanged),
            connect(source, &M::headerDataChanged, this, &SortedRowsProxy::headerDataChanged),
            connect(source, &M::modelAboutToBeReset, this, &SortedRowsProxy::beginSourceChange),
            connect(source, &M::modelReset, this, &SortedRowsProxy::endSourceChange),
            connect(source, &M::layoutAboutToBeChanged, this, &SortedRowsProxy::beginSourceChange),
            connect(source, &M::layoutChanged, this, &SortedRowsProxy::endSourceChange),
            connect(source, &M::rowsAboutToBeInserted, this, &SortedRowsProxy::beginSourceChange),
            connect(source, &M::rowsInserted, this, &SortedRowsProxy::endSourceChange),
            connect(source, &M::rowsAboutToBeRemoved, this, &SortedRowsProxy::beginSourceChange),
            connect(source, &M::rowsRemoved, this, &SortedRowsProxy::endSourceChange),
            connect(source, &M::rowsAboutToBeMoved, this, &SortedRowsProxy::beginSourceChange),
            connect(source, &M::rowsMoved, this, &SortedRowsProxy::endSourceChange),
            connect(source, &M::columnsAboutToBeInserted, this, &SortedRowsProxy::beginSourceChange),
            connect(source, &M::columnsInserted, this, &SortedRowsProxy::endSourceChange),
            connect(source, &M::columnsAboutToBeRemoved, this, &SortedRowsProxy::beginSourceChange),
            connect(source, &M::columnsRemoved, this, &SortedRowsProxy::endSourceChange),
            connect(source, &M::columnsAboutToBeMoved, this, &SortedRowsProxy::beginSourceChange),
            connect(source, &M::columnsMoved, this, &SortedRowsProxy::endSourceChange),
        };
    }
    endResetModel();
}

// Rows added, removed, moved or reset: simpler and no slower than patching a map, and the rows'
// new order is the source's.
void SortedRowsProxy::beginSourceChange()
{
    if (m_changing)
        return;
    m_changing = true;
    beginResetModel();
}

void SortedRowsProxy::endSourceChange()
{
    if (!m_changing)
        return;
    const bool wasSorted = m_sortColumn >= 0;
    useSourceOrder(-1, Qt::AscendingOrder);
    m_changing = false;
    endResetModel();
    if (wasSorted)
        Q_EMIT sortDropped();
}

void SortedRowsProxy::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                    const QList<int> &roles)
{
    if (!isSorted()) {
        Q_EMIT dataChanged(mapFromSource(topLeft), mapFromSource(bottomRight), roles);
        return;
    }
    if (topLeft == bottomRight) {
        const QModelIndex cell = mapFromSource(topLeft);
        Q_EMIT dataChanged(cell, cell, roles);
        return;
    }
    // The source's rows are scattered here: say every row of those columns changed (a view
    // repaints what it shows either way).
    Q_EMIT dataChanged(index(0, topLeft.column()), index(rowCount() - 1, bottomRight.column()), roles);
}

std::vector<int> SortedRowsProxy::sortedRows(int column, Qt::SortOrder order) const
{
    QAbstractItemModel *source = sourceModel();
    const int rowCount = source->rowCount();
    std::vector<int> rows(static_cast<size_t>(rowCount));
    std::iota(rows.begin(), rows.end(), 0);
    std::vector<QVariant> keys;
    keys.reserve(rows.size());
    bool numbers = true;
    bool unsignedNumbers = true;
    for (int row = 0; row < rowCount; ++row) {
        keys.push_back(source->index(row, column).data(m_sortRole));
        unsignedNumbers = unsignedNumbers && keys.back().typeId() == QMetaType::ULongLong;
        numbers = numbers && isNumber(keys.back());
    }
    // Numbers are compared as numbers (the results' sort keys are): a million QVariant
    // comparisons would take seconds.
    if (unsignedNumbers)
        sortRows(rows, convert(keys, &QVariant::toULongLong), order, std::less<>());
    else if (numbers)
        sortRows(rows, convert(keys, &QVariant::toDouble), order, std::less<>());
    else
        sortRows(rows, keys, order, [](const QVariant &a, const QVariant &b) {
            return QVariant::compare(a, b) == QPartialOrdering::Less;
        });
    return rows;
}

void SortedRowsProxy::sort(int column, Qt::SortOrder order)
{
    QAbstractItemModel *source = sourceModel();
    const bool sourceOrder = !source || column < 0 || column >= source->columnCount()
        || (column == m_sourceOrderColumn && order == Qt::AscendingOrder);
    const int shownColumn = column < 0 || !source ? -1 : column;
    if (sourceOrder && !isSorted()) {
        useSourceOrder(shownColumn, order);
        return;
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList sourceBefore;
    sourceBefore.reserve(before.size());
    for (const QModelIndex &index : before)
        sourceBefore.append(mapToSource(index));
    useSourceOrder(shownColumn, order);
    if (!sourceOrder) {
        m_toSource = sortedRows(column, order);
        m_fromSource.resize(m_toSource.size());
        for (size_t row = 0; row < m_toSource.size(); ++row)
            m_fromSource[size_t(m_toSource[row])] = int(row);
    }
    QModelIndexList after;
    after.reserve(sourceBefore.size());
    for (const QModelIndex &index : std::as_const(sourceBefore))
        after.append(mapFromSource(index));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void SortedRowsProxy::useSourceOrder(int column, Qt::SortOrder order)
{
    m_toSource.clear();
    m_fromSource.clear();
    m_sortColumn = column;
    m_sortOrder = order;
}

QModelIndex SortedRowsProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex SortedRowsProxy::parent(const QModelIndex &) const
{
    return {};
}

int SortedRowsProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->rowCount();
}

int SortedRowsProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

QModelIndex SortedRowsProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.model() != this)
        return {};
    const int row = isSorted() ? m_toSource[size_t(proxyIndex.row())] : proxyIndex.row();
    return sourceModel()->index(row, proxyIndex.column());
}

QModelIndex SortedRowsProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel())
        return {};
    const int row = isSorted() ? m_fromSource[size_t(sourceIndex.row())] : sourceIndex.row();
    return createIndex(row, sourceIndex.column());
}
