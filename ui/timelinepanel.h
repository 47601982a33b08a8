#pragma once

#include <QWidget>

class QAbstractItemView;
class QAbstractProxyModel;
class QAction;
class RunController;
class TickerLabel;
class TimelineView;

// The timeline with its controls (workers or cores, fit), fed by the run controller on its
// refresh tick, linked both ways to the results table, and its File > Export timeline action.
class TimelinePanel : public QWidget
{
    Q_OBJECT
public:
    TimelinePanel(RunController *controller, QWidget *parent = nullptr);

    TimelineView *view() const { return m_view; }
    QAction *exportAction() const { return m_exportAction; }
    // A click on a job selects its row in the table; selecting a row marks its job.
    void linkTable(QAbstractItemView *table, QAbstractProxyModel *proxy);
    // PNG or SVG by the extension; false with error set on failure.
    bool exportTo(const QString &path, QString *error);

private:
    void chooseAndExport();
    void showStarted();
    void updateSummary();

    RunController *m_controller;
    TimelineView *m_view;
    TickerLabel *m_summary;
    QAction *m_exportAction;
};
