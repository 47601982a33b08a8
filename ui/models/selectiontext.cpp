#include "selectiontext.h"

#include <QAbstractItemModel>
#include <QItemSelectionModel>
#include <QStringList>

#include <algorithm>
#include <utility>
#include <vector>

SelectionText::Copy SelectionText::fromSelection(const QItemSelectionModel *selection,
                                                 const QList<int> &columns, qsizetype maxRows)
{
    Copy copy;
    const QAbstractItemModel *model = selection ? selection->model() : nullptr;
    if (!model || !selection->hasSelection())
        return copy;
    // The selected rows as intervals, merged: a selection of every row is one range, never
    // a list of its cells.
    std::vector<std::pair<int, int>> rows;
    QList<int> shown; // the columns given that any range selects
    // Whether every range holds every column given: whole rows selected (the tables select
    // rows), so no cell needs asking whether it is selected.
    bool wholeRows = true;
    for (const QItemSelectionRange &range : selection->selection()) {
        if (!range.isValid() || range.model() != model || range.parent().isValid())
            continue;
        rows.emplace_back(range.top(), range.bottom());
        for (int column : columns) {
            const bool inRange = column >= range.left() && column <= range.right();
            wholeRows = wholeRows && inRange;
            if (inRange && !shown.contains(column))
                shown.append(column);
        }
    }
    if (rows.empty() || shown.isEmpty())
        return copy;
    std::sort(shown.begin(), shown.end(),
              [&columns](int a, int b) { return columns.indexOf(a) < columns.indexOf(b); });
    std::sort(rows.begin(), rows.end());
    std::vector<std::pair<int, int>> merged;
    for (const auto &interval : rows) {
        if (!merged.empty() && interval.first <= merged.back().second + 1)
            merged.back().second = std::max(merged.back().second, interval.second);
        else
            merged.push_back(interval);
    }
    QStringList cells;
    for (int column : std::as_const(shown))
        cells << model->headerData(column, Qt::Horizontal).toString();
    copy.text = cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    for (const auto &[top, bottom] : merged) {
        const qsizetype count = qsizetype(bottom) - top + 1;
        const qsizetype taken = std::clamp<qsizetype>(maxRows - copy.rows, 0, count);
        for (int row = top; row < top + taken; ++row) {
            cells.clear();
            for (int column : std::as_const(shown)) {
                const QModelIndex index = model->index(row, column);
                cells << (wholeRows || selection->isSelected(index) ? index.data().toString() : QString());
            }
            copy.text += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
        }
        copy.rows += taken;
        copy.rowsLeftOut += count - taken;
    }
    return copy;
}
