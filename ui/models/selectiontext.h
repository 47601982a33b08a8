#pragma once

#include <QList>
#include <QString>

class QItemSelectionModel;

// What Ctrl+C puts on the clipboard from a table: the selected cells as tab-separated
// lines in the view's order, with the column headers first, so it pastes into a
// spreadsheet as a table.
namespace SelectionText {
// A selection of a million rows is copied up to here (a few megabytes of text), not turned
// into ten million cells held at once.
inline constexpr qsizetype maxRows = 100'000;

struct Copy
{
    QString text; // empty when nothing is selected
    qsizetype rows = 0; // the rows in text
    qsizetype rowsLeftOut = 0; // selected rows beyond maxRows
};

// The selected cells of columns (in the order given: the view's, hidden ones left out),
// row by row in the model's order, at most maxRows rows. A row's unselected cells are empty.
Copy fromSelection(const QItemSelectionModel *selection, const QList<int> &columns, qsizetype maxRows);
} // namespace SelectionText
