#pragma once

#include "copyabletableview.h"

#include <QList>
#include <QStyledItemDelegate>

class ResultsModel;

// The results table: sortable, running rows carry a bar of their progress, and Ctrl+C
// copies the selection as text.
class ResultsView : public CopyableTableView
{
    Q_OBJECT
public:
    explicit ResultsView(QWidget *parent = nullptr);

    // Sizes each column to what it shows for the model's numbers and workers (the widest
    // number of the list, its row count, the workers' names), the Worker column taking the
    // width the others leave. A column whose contents did not change keeps the width the
    // user gave it.
    void fitColumns(const ResultsModel &model);

private:
    QList<int> m_fitted; // the width each column was last fitted to
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
