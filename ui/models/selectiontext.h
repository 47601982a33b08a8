#pragma once

#include <QModelIndexList>
#include <QString>

class QAbstractItemModel;

// What Ctrl+C puts on the clipboard from a table: the selected cells as tab-separated
// lines in the view's order, with the column headers first, so it pastes into a
// spreadsheet as a table.
namespace SelectionText {
QString fromIndexes(const QAbstractItemModel *model, const QModelIndexList &indexes);
}
