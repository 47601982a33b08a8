#include "resultsview.h"

#include "resultsmodel.h"
#include "selectiontext.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPainter>

ResultsView::ResultsView(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setSortingEnabled(true);
    setWordWrap(false);
    setItemDelegateForColumn(ResultsModel::Prime, new RunningRowDelegate(this));
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    // Fixed row heights: the view never measures 100,000 rows.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    setAccessibleName(tr("Results"));
}

QString ResultsView::selectionAsText() const
{
    if (!selectionModel())
        return {};
    QModelIndexList indexes = selectionModel()->selectedIndexes();
    // In the order the user sees, with hidden columns left out.
    indexes.removeIf([this](const QModelIndex &index) { return isColumnHidden(index.column()); });
    return SelectionText::fromIndexes(model(), indexes);
}

void ResultsView::copySelection() const
{
    const QString text = selectionAsText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void ResultsView::keyPressEvent(QKeyEvent *event)
{
    if (event == QKeySequence::Copy) {
        copySelection();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void RunningRowDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    if (index.data(ResultsModel::StateRole).toInt() == int(ResultsModel::State::Running)) {
        const double fraction = index.data(ResultsModel::FractionRole).toDouble();
        QRect bar = option.rect.adjusted(2, 3, -2, -3);
        bar.setWidth(int(bar.width() * fraction));
        QColor color = option.palette.color(QPalette::Highlight);
        color.setAlpha(110);
        painter->fillRect(bar, color);
    }
    QStyledItemDelegate::paint(painter, option, index);
}
