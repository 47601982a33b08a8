#include "napsweepchart.h"

#include "chartpicture.h"
#include "chartstyle.h"
#include "labelplacement.h"
#include "statuscolors.h"

#include <QApplication>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace {
// The log axis has no room for a wait of 0 ms (a nap too short for the pulse to notice).
constexpr double shortestWaitMs = 0.1;

QPointF positionOf(const NapSweepPoint &point)
{
    return { std::max(point.loopGapMs, shortestWaitMs), point.slowdown() };
}

QLogValueAxis *logAxis(const QString &title, int base)
{
    auto *axis = new QLogValueAxis;
    axis->setTitleText(title);
    axis->setLabelFormat(QStringLiteral("%g"));
    axis->setBase(base);
    axis->setMinorTickCount(0);
    return axis;
}
} // namespace

NapSweepChart::NapSweepChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(300);
    setPoints({});
}

void NapSweepChart::setPoints(const QList<NapSweepPoint> &points)
{
    m_points = points;
    QChart *old = chart();
    setChart(build(points));
    delete old;
    for (QAbstractSeries *series : chart()->series()) {
        auto *scatter = qobject_cast<QScatterSeries *>(series);
        if (!scatter)
            continue;
        connect(scatter, &QScatterSeries::hovered, this, [this](const QPointF &at, bool entered) {
            for (const NapSweepPoint &point : std::as_const(m_points)) {
                const QPointF position = positionOf(point);
                if (entered && qFuzzyCompare(position.x(), at.x()) && qFuzzyCompare(position.y(), at.y())) {
                    QToolTip::showText(QCursor::pos(), describe(point), this);
                    return;
                }
            }
        });
    }
}

QChart *NapSweepChart::build(const QList<NapSweepPoint> &points)
{
    QChart *chart = ChartStyle::newChart(QApplication::palette());
    chart->setTitle(tr("Throughput against responsiveness: one point per K"));
    auto *curve = new QLineSeries;
    curve->setName(tr("K ascending"));
    auto *agree = new QScatterSeries;
    agree->setName(tr("slowdown (CPU time with naps / without)"));
    agree->setMarkerSize(9);
    auto *noise = new QScatterSeries;
    noise->setName(tr("noise: faster than without naps"));
    noise->setMarkerSize(11);
    noise->setColor(StatusColors::error(QApplication::palette()));
    // Waits span decades; slowdowns a few doublings, read best as 1, 2, 4, 8…
    QLogValueAxis *waitAxis = logAxis(tr("Longest wait of the event loop (ms, log scale)"), 10);
    QLogValueAxis *slowdownAxis = logAxis(tr("Slowdown × (log scale)"), 2);
    chart->addAxis(waitAxis, Qt::AlignBottom);
    chart->addAxis(slowdownAxis, Qt::AlignLeft);

    QList<QGraphicsSimpleTextItem *> labels;
    // Whole decades on the log axes, with a margin so no point sits on the frame.
    double waitMin = 1;
    double waitMax = 1000;
    double slowMin = 0.9;
    double slowMax = 10;
    if (!points.isEmpty()) {
        waitMin = slowMin = std::numeric_limits<double>::max();
        waitMax = slowMax = 0;
    }
    for (const NapSweepPoint &point : points) {
        const QPointF at = positionOf(point);
        curve->append(at);
        (point.doubt().isEmpty() ? agree : noise)->append(at);
        auto *label = new QGraphicsSimpleTextItem(point.label(), chart);
        label->setBrush(chart->titleBrush()); // black by default: lost on a dark theme
        label->setData(0, at);
        label->setZValue(10);
        labels.append(label);
        waitMin = std::min(waitMin, at.x());
        waitMax = std::max(waitMax, at.x());
        slowMin = std::min(slowMin, at.y());
        slowMax = std::max(slowMax, at.y());
    }
    if (!points.isEmpty()) {
        waitMin = std::pow(10.0, std::floor(std::log10(waitMin / 1.5)));
        waitMax = std::pow(10.0, std::ceil(std::log10(waitMax * 1.5)));
        slowMin = std::min(0.9, slowMin / 1.1);
        slowMax = std::max(2.0, slowMax * 1.3);
    }
    waitAxis->setRange(waitMin, waitMax);
    slowdownAxis->setRange(slowMin, slowMax);
    for (QXYSeries *series : { static_cast<QXYSeries *>(curve), static_cast<QXYSeries *>(agree),
                               static_cast<QXYSeries *>(noise) }) {
        chart->addSeries(series);
        series->attachAxis(waitAxis);
        series->attachAxis(slowdownAxis);
    }
    // Neighbouring K often sit close together: each label takes a free corner of its point,
    // or stays hidden (the point's tooltip still names it).
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [chart, curve, labels](const QRectF &plot) {
        QList<QPointF> points;
        QList<QSizeF> sizes;
        for (const QGraphicsSimpleTextItem *label : labels) {
            points.append(chart->mapToPosition(label->data(0).toPointF(), curve));
            sizes.append(label->boundingRect().size());
        }
        const QList<std::optional<QPointF>> corners = LabelPlacement::place(points, sizes, plot);
        for (qsizetype i = 0; i < labels.size(); ++i) {
            labels.at(i)->setVisible(corners.at(i).has_value());
            if (corners.at(i))
                labels.at(i)->setPos(*corners.at(i));
        }
    });
    return chart;
}

bool NapSweepChart::exportTo(const QString &path, QString *error) const
{
    return ChartPicture::write(build(m_points), path, error);
}

QString NapSweepChart::describe(const NapSweepPoint &point)
{
    const QString doubt = point.doubt();
    return tr("K = %1: ×%2 the CPU time without naps (%3 s against %4 s; wall clock %5 s against %6 s), "
              "longest wait %7 ms")
               .arg(point.label())
               .arg(point.slowdown(), 0, 'f', 3)
               .arg(point.cpuSeconds, 0, 'f', 2)
               .arg(point.plainCpuSeconds, 0, 'f', 2)
               .arg(point.seconds, 0, 'f', 2)
               .arg(point.plainSeconds, 0, 'f', 2)
               .arg(point.loopGapMs, 0, 'f', 1)
        + (doubt.isEmpty() ? QString() : QLatin1Char('\n') + doubt);
}
