#include "selectiontext.h"

#include <QAbstractItemModel>
#include <QItemSelectionModel>
#include <QStringList>

#include <algorithm>
#include <utility>
#include <vector>

namespace {
using Intervals = std::vector<std::pair<int, int>>; // rows, first to last

// Sorted, with overlapping and adjacent intervals joined.
Intervals merged(Intervals intervals)
{
    std::sort(intervals.begin(), intervals.end());
    Intervals joined;
    for (const auto &interval : intervals) {
        if (!joined.empty() && interval.first <= joined.back().second + 1)
            joined.back().second = std::max(joined.back().second, interval.second);
        else
            joined.push_back(interval);
    }
    return joined;
}

bool holds(const Intervals &intervals, int row)
{
    const auto after
        = std::upper_bound(intervals.begin(), intervals.end(), row,
                           [](int r, const std::pair<int, int> &interval) { return r < interval.first; });
    return after != intervals.begin() && row <= std::prev(after)->second;
}
} // namespace

SelectionText::Copy SelectionText::fromSelection(const QItemSelectionModel *selection,
                                                 const QList<int> &columns, qsizetype maxRows)
{
    Copy copy;
    const QAbstractItemModel *model = selection ? selection->model() : nullptr;
    if (!model || !selection->hasSelection())
        return copy;
    // Each shown column's selected rows as intervals: a selection of every row is one range,
    // never a list of its cells, and a selection split by moved columns stays cheap to ask.
    std::vector<Intervals> byColumn(columns.size());
    Intervals rows;
    for (const QItemSelectionRange &range : selection->selection()) {
        if (!range.isValid() || range.model() != model || range.parent().isValid())
            continue;
        bool shown = false;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            if (columns.at(c) >= range.left() && columns.at(c) <= range.right()) {
                byColumn[size_t(c)].emplace_back(range.top(), range.bottom());
                shown = true;
            }
        }
        if (shown) // a range of hidden columns only adds no row
            rows.emplace_back(range.top(), range.bottom());
    }
    QList<qsizetype> copied; // the columns any range selects, in the order given
    for (qsizetype c = 0; c < columns.size(); ++c) {
        if (!byColumn[size_t(c)].empty()) {
            byColumn[size_t(c)] = merged(std::move(byColumn[size_t(c)]));
            copied << c;
        }
    }
    if (rows.empty())
        return copy;
    QStringList cells;
    for (qsizetype c : std::as_const(copied))
        cells << model->headerData(columns.at(c), Qt::Horizontal).toString();
    copy.text = cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    for (const auto &[top, bottom] : merged(std::move(rows))) {
        const qsizetype count = qsizetype(bottom) - top + 1;
        const qsizetype taken = std::clamp<qsizetype>(maxRows - copy.rows, 0, count);
        for (int row = top; row < top + taken; ++row) {
            cells.clear();
            for (qsizetype c : std::as_const(copied))
                cells << (holds(byColumn[size_t(c)], row) ? model->index(row, columns.at(c)).data().toString()
                                                          : QString());
            copy.text += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
        }
        copy.rows += taken;
        copy.rowsLeftOut += count - taken;
    }
    return copy;
}
