#include "copyabletableview.h"

#include "figureshape.h"
#include "selectiontext.h"

#include <QApplication>
#include <QClipboard>
#include <QFontMetrics>
#include <QHeaderView>
#include <QKeyEvent>
#include <QScrollBar>
#include <QSet>
#include <QStyle>

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
    fitRowHeight();
    horizontalHeader()->setHighlightSections(false);
    // A column that grows or shrinks changes what the spare one takes.
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section != m_spareColumn)
            fitSpareColumn();
    });
}

// One line of text a row, the same in every table (the style's default is taller than a line).
void CopyableTableView::fitRowHeight()
{
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
}

void CopyableTableView::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        fitRowHeight();
        if (m_minimumRows > 0)
            setMinimumRows(m_minimumRows); // rows of the new height
        // Rows added later only widen their columns: every text is measured again in the new font.
        if (m_fitsAllRows)
            fitColumnsToAllRows();
    }
}

SelectionText::Copy CopyableTableView::selectionCopy(qsizetype maxRows) const
{
    if (!model())
        return {};
    // In the order the user sees, with hidden columns left out.
    QList<int> columns;
    for (int visual = 0; visual < horizontalHeader()->count(); ++visual) {
        const int column = horizontalHeader()->logicalIndex(visual);
        if (!isColumnHidden(column))
            columns << column;
    }
    return SelectionText::fromSelection(selectionModel(), columns, maxRows);
}

QString CopyableTableView::selectionAsText() const
{
    return selectionCopy(SelectionText::maxRows).text;
}

void CopyableTableView::copySelection()
{
    const SelectionText::Copy copy = selectionCopy(SelectionText::maxRows);
    if (copy.text.isEmpty())
        return;
    QApplication::clipboard()->setText(copy.text);
    Q_EMIT copied(copy.rows, copy.rowsLeftOut);
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

void CopyableTableView::fitColumnsToAllRows()
{
    m_fitsAllRows = true;
    if (!model())
        return;
    for (int column = 0; column < model()->columnCount(); ++column) {
        if (fitsToRows(column))
            setColumnWidth(column,
                           std::max(horizontalHeader()->sectionSizeHint(column),
                                    widestCell(column, 0, model()->rowCount() - 1)));
    }
    fitSpareColumn();
}

void CopyableTableView::widenColumnsToRows(int first, int last)
{
    if (!model())
        return;
    for (int column = 0; column < model()->columnCount(); ++column) {
        if (!fitsToRows(column))
            continue;
        const int width = widestCell(column, first, last);
        if (width > columnWidth(column))
            setColumnWidth(column, width);
    }
    fitSpareColumn();
}

bool CopyableTableView::fitsToRows(int column) const
{
    return column != m_spareColumn && horizontalHeader()->sectionResizeMode(column) != QHeaderView::Stretch;
}

int CopyableTableView::widestCell(int column, int first, int last) const
{
    // A thousand runs' times are a few shapes of figures: each shape is measured once.
    const QChar digit = FigureShape::widestDigit(font());
    QSet<QString> measured;
    int widest = 0;
    for (int row = std::max(0, first); row <= last && row < model()->rowCount(); ++row) {
        const QString shape = FigureShape::of(model()->index(row, column).data().toString(), digit);
        if (!measured.contains(shape)) {
            measured.insert(shape);
            widest = std::max(widest, cellWidth(shape));
        }
    }
    return widest;
}

int CopyableTableView::cellWidth(const QString &text) const
{
    // What the item delegate puts around a cell's text, and a little air.
    const int padding = 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1) + 4;
    return fontMetrics().horizontalAdvance(text) + padding;
}

void CopyableTableView::setSpareWidthColumn(int column)
{
    QHeaderView *header = horizontalHeader();
    header->setStretchLastSection(false);
    m_spareColumn = column;
    m_spareNatural = column >= 0 ? header->sectionSize(column) : 0;
    fitSpareColumn();
}

void CopyableTableView::fitSpareColumn()
{
    if (m_spareColumn < 0 || !model() || m_spareColumn >= model()->columnCount())
        return;
    const QHeaderView *header = horizontalHeader();
    int others = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (column != m_spareColumn && !header->isSectionHidden(column))
            others += header->sectionSize(column);
    }
    // Measuring the cells is for small tables only: the results may have 1,000,000 rows.
    const int rows = model()->rowCount();
    const int contents = rows <= 1000 ? widestCell(m_spareColumn, 0, rows - 1) : 0;
    const int natural = std::max({ m_spareNatural, contents, header->sectionSizeHint(m_spareColumn) });
    setColumnWidth(m_spareColumn, std::max(natural, viewport()->width() - others));
}

void CopyableTableView::setMinimumRows(int rows)
{
    m_minimumRows = rows;
    setMinimumHeight(horizontalHeader()->sizeHint().height() + rows * verticalHeader()->defaultSectionSize()
                     + horizontalScrollBar()->sizeHint().height() + 2 * frameWidth());
}

void CopyableTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    fitSpareColumn();
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
