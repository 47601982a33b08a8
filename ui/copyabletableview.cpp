#include "copyabletableview.h"

#include "selectiontext.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>

#include <algorithm>

CopyableTableView::CopyableTableView(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    // Tab leaves the table for the next control; the arrow keys move between cells.
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    horizontalHeader()->setHighlightSections(false);
}

QString CopyableTableView::selectionAsText() const
{
    if (!selectionModel())
        return {};
    QModelIndexList indexes = selectionModel()->selectedIndexes();
    // In the order the user sees, with hidden columns left out.
    indexes.removeIf([this](const QModelIndex &index) { return isColumnHidden(index.column()); });
    return SelectionText::fromIndexes(model(), indexes);
}

void CopyableTableView::copySelection() const
{
    const QString text = selectionAsText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void CopyableTableView::fitColumnsToContents()
{
    if (!model())
        return;
    for (int column = 0; column < model()->columnCount(); ++column) {
        if (horizontalHeader()->sectionResizeMode(column) == QHeaderView::Stretch)
            continue;
        setColumnWidth(column,
                       std::max(sizeHintForColumn(column), horizontalHeader()->sectionSizeHint(column)));
    }
}

void CopyableTableView::keyPressEvent(QKeyEvent *event)
{
    if (event == QKeySequence::Copy) {
        copySelection();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}
