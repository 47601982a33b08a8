#include "comparisonchart.h"

#include "chartpicture.h"
#include "chartstyle.h"
#include "mode.h"
#include "statuscolors.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

namespace {
// Half the height of a whisker's end caps, in categories (a bar is half a category high).
constexpr double capHalf = 0.12;

QString modeLabel(const ComparisonRow &row)
{
    const std::optional<Mode> mode = Modes::fromName(row.mode);
    const QString title = mode ? Modes::title(*mode) : row.mode;
    return row.speedup ? ComparisonChart::tr("%1 (%2×)").arg(title).arg(*row.speedup, 0, 'f', 2) : title;
}
} // namespace

ComparisonChart::ComparisonChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    setRows({});
}

void ComparisonChart::setRows(const QList<ComparisonRow> &rows)
{
    m_rows = rows;
    QChart *old = chart();
    setChart(build(rows));
    delete old;
}

QChart *ComparisonChart::build(const QList<ComparisonRow> &rows)
{
    const QPalette palette = QApplication::palette();
    QChart *chart = ChartStyle::newChart(palette);
    if (rows.isEmpty()) {
        chart->setTitle(tr("Press Compare: every mode runs on the same numbers, one after another"));
        return chart;
    }
    chart->setTitle(tr("Wall time per mode: median, whiskers from fastest to slowest run"));

    auto *bars = new QHorizontalBarSeries;
    auto *medians = new QBarSet(tr("median wall time"));
    // Horizontal bars go up from the first category: the rows are added last first, so the
    // first mode run (sequential) is on top, as in the table.
    QStringList categories;
    double longest = 0;
    for (auto row = rows.crbegin(); row != rows.crend(); ++row) {
        *medians << row->wallMedian;
        categories << modeLabel(*row);
        longest = std::max(longest, row->wallMax);
    }
    bars->append(medians);
    chart->addSeries(bars);
    // After adding: the chart's theme colours a bar set as it is added.
    medians->setColor(StatusColors::composite(palette));
    medians->setBorderColor(StatusColors::ink(palette));

    auto *time = new QValueAxis;
    time->setTitleText(tr("wall time (s)"));
    time->setRange(0, longest > 0 ? longest * 1.08 : 1);
    time->setLabelFormat(QStringLiteral("%.2f"));
    time->applyNiceNumbers();
    auto *modes = new QBarCategoryAxis;
    modes->append(categories);
    modes->setTitleText(tr("mode (speedup)"));
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(modes, Qt::AlignLeft);
    bars->attachAxis(time);
    bars->attachAxis(modes);

    // One I-shaped line per mode: min and max with their caps, joined across the bar.
    const QPen whiskerPen(StatusColors::ink(palette), 2);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const ComparisonRow &row = rows.at(i);
        auto *whisker = new QLineSeries;
        whisker->setName(tr("min – max of the runs"));
        whisker->setPen(whiskerPen);
        const double y = double(rows.size() - 1 - i);
        *whisker << QPointF(row.wallMin, y - capHalf) << QPointF(row.wallMin, y + capHalf)
                 << QPointF(row.wallMin, y) << QPointF(row.wallMax, y) << QPointF(row.wallMax, y - capHalf)
                 << QPointF(row.wallMax, y + capHalf);
        chart->addSeries(whisker);
        whisker->attachAxis(time);
        whisker->attachAxis(modes);
        if (i > 0) {
            for (QLegendMarker *marker : chart->legend()->markers(whisker))
                marker->setVisible(false);
        }
    }
    return chart;
}

bool ComparisonChart::exportTo(const QString &path, QString *error) const
{
    return ChartPicture::write(build(m_rows), path, error);
}
