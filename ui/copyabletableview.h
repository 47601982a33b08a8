#pragma once

#include <QTableView>

// A table whose Ctrl+C copies the selected cells as tab-separated text with their column
// headers, in the order the user sees them, ready to paste into a spreadsheet.
class CopyableTableView : public QTableView
{
    Q_OBJECT
public:
    explicit CopyableTableView(QWidget *parent = nullptr);

    QString selectionAsText() const;
    void copySelection() const;
    // Fits each column to its header and visible cells; stretched columns are left to the
    // header. For small tables that grow: the header does not refit on inserted rows.
    void fitColumnsToContents();

protected:
    void keyPressEvent(QKeyEvent *event) override;
};
