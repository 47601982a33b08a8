#include "resultsview.h"

#include "resultsmodel.h"

#include <QHeaderView>
#include <QPainter>

ResultsView::ResultsView(QWidget *parent)
    : CopyableTableView(parent)
{
    setSortingEnabled(true);
    setItemDelegateForColumn(ResultsModel::Prime, new RunningRowDelegate(this));
    // Fixed row heights: the view never measures 100,000 rows.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setStretchLastSection(true);
    setAccessibleName(tr("Results"));
}

void ResultsView::fitColumns(const ResultsModel &model)
{
    QHeaderView *header = horizontalHeader();
    m_fitted.resize(ResultsModel::ColumnCount);
    for (int column = 0; column < ResultsModel::ColumnCount; ++column) {
        int width = header->sectionSizeHint(column); // the title, with room for the sort arrow
        for (const QString &text : model.widthSamples(column))
            width = std::max(width, cellWidth(text));
        if (width == m_fitted.at(column))
            continue;
        m_fitted[column] = width;
        header->resizeSection(column, width);
        if (column == ResultsModel::Worker)
            setSpareWidthColumn(column); // its natural width from now on
    }
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
