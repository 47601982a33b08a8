#include "sweepchart.h"

#include "chartpicture.h"

#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

SweepChart::SweepChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    setRows({}, QString(), 1);
}

void SweepChart::setRows(const QList<SweepRow> &rows, const QString &title, int maxWorkers)
{
    m_rows = rows;
    m_title = title;
    m_maxWorkers = maxWorkers;
    QChart *old = chart();
    setChart(build(rows, title, maxWorkers));
    delete old;
}

QChart *SweepChart::build(const QList<SweepRow> &rows, const QString &title, int maxWorkers)
{
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (rows.isEmpty()) {
        chart->setTitle(tr("Press Sweep: one mode with 1, 2, … workers against sequential"));
        return chart;
    }
    chart->setTitle(tr("Speedup of %1 over sequential, by workers").arg(title));

    auto *measured = new QLineSeries;
    measured->setName(tr("measured (median)"));
    measured->setPen(QPen(QColor(0x1f, 0x6f, 0xb4), 3));
    measured->setPointsVisible(true);
    auto *ideal = new QLineSeries;
    ideal->setName(tr("ideal: one per worker"));
    // A wide pale band under the bound's dashes: where the two coincide both stay visible.
    ideal->setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 7));
    auto *bound = new QLineSeries;
    bound->setName(tr("bound of the work: total / max(largest job, total / workers)"));
    bound->setPen(QPen(QColor(0xd9, 0x6c, 0x06), 2, Qt::DashLine));
    double highest = 1;
    int lastWorkers = maxWorkers;
    for (const SweepRow &row : rows) {
        if (row.speedup) {
            measured->append(row.workers, *row.speedup);
            highest = std::max(highest, *row.speedup);
        }
        ideal->append(row.workers, row.ideal);
        if (row.bound)
            bound->append(row.workers, *row.bound);
        highest = std::max(highest, row.ideal);
        lastWorkers = std::max(lastWorkers, row.workers);
    }
    chart->addSeries(ideal);
    chart->addSeries(bound);
    chart->addSeries(measured);

    auto *workers = new QValueAxis;
    workers->setTitleText(tr("workers"));
    // Half a worker of margin: the first and last points are not cut by the plot's edge.
    workers->setRange(0.5, std::max(2, lastWorkers) + 0.5);
    workers->setLabelFormat(QStringLiteral("%d"));
    workers->setTickType(QValueAxis::TicksDynamic);
    workers->setTickAnchor(1);
    workers->setTickInterval(std::max(1, lastWorkers / 16));
    auto *speedup = new QValueAxis;
    speedup->setTitleText(tr("speedup over sequential (×)"));
    speedup->setRange(0, highest * 1.1);
    speedup->setLabelFormat(QStringLiteral("%.1f"));
    speedup->applyNiceNumbers();
    chart->addAxis(workers, Qt::AlignBottom);
    chart->addAxis(speedup, Qt::AlignLeft);
    for (QLineSeries *series : { ideal, bound, measured }) {
        series->attachAxis(workers);
        series->attachAxis(speedup);
    }
    return chart;
}

bool SweepChart::exportTo(const QString &path, QString *error) const
{
    return ChartPicture::write(build(m_rows, m_title, m_maxWorkers), path, error);
}
