#pragma once

#include "sweep.h"

#include <QChartView>

// A scaling sweep drawn: the measured speedup against workers, with the ideal (one per
// worker) and the bound the work itself sets, so the point where more workers stop helping
// shows, and why.
class SweepChart : public QChartView
{
    Q_OBJECT
public:
    explicit SweepChart(QWidget *parent = nullptr);

    // title names the mode; maxWorkers is where the sweep ends (the axis does not jump as
    // rows come in).
    void setRows(const QList<SweepRow> &rows, const QString &title, int maxWorkers);
    // A new chart, for drawing at another size (exports); the caller owns it.
    static QChart *build(const QList<SweepRow> &rows, const QString &title, int maxWorkers);
    bool exportTo(const QString &path, QString *error) const;

private:
    QList<SweepRow> m_rows;
    QString m_title;
    int m_maxWorkers = 1;
};
