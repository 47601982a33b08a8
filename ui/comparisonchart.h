#pragma once

#include "comparison.h"

#include <QChartView>

// The comparison drawn: one bar per mode with its median wall time, whiskers from its
// fastest to its slowest run, and the speedup over sequential beside the mode's name.
class ComparisonChart : public QChartView
{
    Q_OBJECT
public:
    explicit ComparisonChart(QWidget *parent = nullptr);

    void setRows(const QList<ComparisonRow> &rows);
    // A new chart of these rows, for drawing at another size (exports); the caller owns it.
    static QChart *build(const QList<ComparisonRow> &rows);
    // PNG or SVG by the extension, at a readable size whatever the window's; false with
    // error set on failure.
    bool exportTo(const QString &path, QString *error) const;

private:
    QList<ComparisonRow> m_rows;
};
