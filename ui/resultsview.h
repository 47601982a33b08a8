#pragma once

#include "copyabletableview.h"

#include <QStyledItemDelegate>

// The results table: sortable, running rows carry a bar of their progress, and Ctrl+C
// copies the selection as text.
class ResultsView : public CopyableTableView
{
    Q_OBJECT
public:
    explicit ResultsView(QWidget *parent = nullptr);
};

// Paints a running row's progress behind its text.
class RunningRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};
