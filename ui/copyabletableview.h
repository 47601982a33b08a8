#pragma once

#include "selectiontext.h"

#include <QTableView>

// A table whose Ctrl+C copies the selected cells as tab-separated text with their column
// headers, in the order the user sees them, ready to paste into a spreadsheet.
class CopyableTableView : public QTableView
{
    Q_OBJECT
public:
    explicit CopyableTableView(QWidget *parent = nullptr);

    // The selection as Ctrl+C copies it: at most maxRows rows (SelectionText::maxRows).
    SelectionText::Copy selectionCopy(qsizetype maxRows) const;
    QString selectionAsText() const;
    void copySelection();
    // Fits each column to its header and visible cells; stretched columns are left to the
    // header. For small tables that grow: the header does not refit on inserted rows.
    void fitColumnsToContents();
    // Fits each column but the spare and stretched ones to its header and the text of every
    // row, measured with the view's font alone: widths that hold as the view scrolls, cheap
    // enough for a few thousand rows (not for the results' million).
    void fitColumnsToAllRows();
    // Widens the same columns to fit rows first..last as well: for rows added, whose
    // neighbours' widths hold (a history of a thousand runs is not measured again at each run).
    void widenColumnsToRows(int first, int last);
    // The column that takes the width the others leave (never narrower than its width now or
    // its contents), so a wide window widens a column with something to show rather than the
    // last one. -1: none.
    void setSpareWidthColumn(int column);
    // Never shorter than this many rows under the header (and a horizontal scroll bar).
    void setMinimumRows(int rows);

Q_SIGNALS:
    // Ctrl+C put rows on the clipboard; rowsLeftOut more were selected (beyond maxRows).
    void copied(qsizetype rows, qsizetype rowsLeftOut);

protected:
    // How wide a cell must be to show text whole: the text in the view's font, and what the
    // item delegate puts around it.
    int cellWidth(const QString &text) const;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fitRowHeight();
    // The columns fitted to their rows: all but the spare and stretched ones.
    bool fitsToRows(int column) const;
    // The widest of the column's cells in rows first..last; a text met again is not measured
    // again (modes, counts and names repeat down a column).
    int widestCell(int column, int first, int last) const;
    int m_minimumRows = 0;
    void fitSpareColumn();

    bool m_fitsAllRows = false; // fitted to all rows: again when the font changes
    int m_spareColumn = -1;
    int m_spareNatural = 0;
};
