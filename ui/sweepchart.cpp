#include "sweepchart.h"

#include "chartpicture.h"
#include "chartstyle.h"
#include "statuscolors.h"

#include <QApplication>
#include <QLineSeries>
#include <QThread>
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
    const QPalette palette = QApplication::palette();
    QChart *chart = ChartStyle::newChart(palette);
    if (rows.isEmpty()) {
        chart->setTitle(tr("Press Sweep: one mode with 1, 2, … workers against sequential"));
        return chart;
    }
    chart->setTitle(tr("Speedup of %1 over sequential, by workers").arg(title));

    auto *measured = new QLineSeries;
    measured->setName(tr("measured (median)"));
    measured->setPen(QPen(palette.color(QPalette::Highlight), 3));
    measured->setPointsVisible(true);
    auto *ideal = new QLineSeries;
    ideal->setName(tr("ideal: one per worker"));
    // A wide pale band under the bound's dashes: where the two coincide both stay visible.
    ideal->setPen(QPen(StatusColors::otherLoad(palette), 7));
    auto *bound = new QLineSeries;
    bound->setName(tr("bound set by the work"));
    bound->setPen(QPen(StatusColors::retried(palette), 2, Qt::DashLine));
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
    // Past the cores, more workers only take turns: where the measured line should flatten.
    const int cores = std::max(1, QThread::idealThreadCount());
    auto *coreLine = new QLineSeries;
    coreLine->setName(tr("cores of this machine (%1)").arg(cores));
    coreLine->setPen(QPen(StatusColors::prime(palette), 1.5, Qt::DotLine));
    chart->addSeries(ideal);
    chart->addSeries(bound);
    chart->addSeries(coreLine);
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
    *coreLine << QPointF(cores, 0) << QPointF(cores, speedup->max());
    chart->addAxis(workers, Qt::AlignBottom);
    chart->addAxis(speedup, Qt::AlignLeft);
    for (QLineSeries *series : { ideal, bound, coreLine, measured }) {
        series->attachAxis(workers);
        series->attachAxis(speedup);
    }
    return chart;
}

bool SweepChart::exportTo(const QString &path, QString *error) const
{
    return ChartPicture::write(build(m_rows, m_title, m_maxWorkers), path, error);
}
