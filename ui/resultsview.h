#pragma once

#include <QStyledItemDelegate>
#include <QTableView>

// The results table: running rows carry a bar of their progress, and Ctrl+C copies the
// selection as text.
class ResultsView : public QTableView
{
    Q_OBJECT
public:
    explicit ResultsView(QWidget *parent = nullptr);

    QString selectionAsText() const;
    void copySelection() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
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
