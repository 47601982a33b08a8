#include "napsweeppanel.h"

#include "picturefile.h"
#include "statuscolors.h"

#include <QChart>
#include <QChartView>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsSimpleTextItem>
#include <QGridLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScatterSeries>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {
constexpr int progressSteps = 1000;
constexpr int progressMs = 200;
// The log axis has no room for a wait of 0 ms (a nap too short for the pulse to notice).
constexpr double shortestWaitMs = 0.1;
} // namespace

NapSweepPanel::NapSweepPanel(QWidget *parent)
    : QWidget(parent)
    , m_sweep(new NapSweep(this))
    , m_status(new QLabel(this))
    , m_flags(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_start(new QPushButton(this))
    , m_stop(new QPushButton(tr("Stop (Esc)"), this))
    , m_export(new QPushButton(tr("Export…"), this))
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_curve(new QLineSeries(m_chart))
    , m_agree(new QScatterSeries(m_chart))
    , m_noise(new QScatterSeries(m_chart))
    , m_waitAxis(new QLogValueAxis(m_chart))
    , m_slowdownAxis(new QLogValueAxis(m_chart))
{
    const QList<quint64> plan = NapSweep::powersOfTwo();
    auto *intro = new QLabel(
        tr("<b>The nap sweep.</b> The same check naps every K divisions, for K from 2^%1 to 2^%2, after "
           "one run without naps in a thread. Each point is one K: up is what the naps cost (the check's "
           "CPU time against its CPU time without naps, so other programs on the cores do not count), "
           "right is the longest the event loop waited meanwhile. A small "
           "K keeps the window live and costs throughput; a large K is nearly free and leaves long waits.")
            .arg(NapSweep::firstExponent)
            .arg(NapSweep::lastExponent),
        this);
    intro->setWordWrap(true);
    m_start->setText(
        tr("Sweep K from 2^%1 to 2^%2").arg(NapSweep::firstExponent).arg(NapSweep::lastExponent));
    m_start->setToolTip(tr("%n nap(s) of the same check on the window's event loop, about a minute in all",
                           nullptr, int(plan.size())));
    m_stop->setToolTip(tr("Stop the sweep at the running check's next yield; the points measured stay"));
    m_stop->setEnabled(false);
    m_export->setToolTip(tr("Save the chart as a picture or the points as CSV"));
    auto *exportMenu = new QMenu(m_export);
    exportMenu->addAction(tr("Chart as PNG…"), this, [this] {
        chooseAndExport(tr("Export the nap sweep chart"), QStringLiteral("napsweep.png"),
                        tr("PNG picture (*.png)"));
    });
    exportMenu->addAction(tr("Chart as SVG…"), this, [this] {
        chooseAndExport(tr("Export the nap sweep chart"), QStringLiteral("napsweep.svg"),
                        tr("SVG drawing (*.svg)"));
    });
    exportMenu->addAction(tr("Points as CSV…"), this, [this] {
        chooseAndExport(tr("Export the nap sweep points"), QStringLiteral("napsweep.csv"), tr("CSV (*.csv)"));
    });
    m_export->setMenu(exportMenu);
    m_progress->setRange(0, progressSteps);
    m_progress->setValue(0);
    m_progress->setAccessibleName(tr("Nap sweep progress"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_flags->setWordWrap(true);
    m_flags->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette flagPalette = m_flags->palette();
    flagPalette.setColor(QPalette::WindowText, StatusColors::error(flagPalette));
    m_flags->setPalette(flagPalette);

    m_chart->setTitle(tr("Throughput against responsiveness: one point per K"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_curve->setName(tr("K ascending"));
    m_agree->setName(tr("slowdown (CPU time with naps / without)"));
    m_noise->setName(tr("noise: faster than without naps"));
    m_agree->setMarkerSize(9);
    m_noise->setMarkerSize(11);
    m_noise->setColor(StatusColors::error(palette()));
    m_waitAxis->setTitleText(tr("Longest wait of the event loop (ms, log scale)"));
    m_waitAxis->setLabelFormat(QStringLiteral("%g"));
    m_waitAxis->setBase(10);
    m_waitAxis->setMinorTickCount(0);
    m_slowdownAxis->setTitleText(tr("Slowdown ×"));
    m_slowdownAxis->setLabelFormat(QStringLiteral("%g"));
    m_slowdownAxis->setBase(10);
    m_slowdownAxis->setMinorTickCount(0);
    m_chart->addAxis(m_waitAxis, Qt::AlignBottom);
    m_chart->addAxis(m_slowdownAxis, Qt::AlignLeft);
    for (QXYSeries *series : { static_cast<QXYSeries *>(m_curve), static_cast<QXYSeries *>(m_agree),
                               static_cast<QXYSeries *>(m_noise) }) {
        m_chart->addSeries(series);
        series->attachAxis(m_waitAxis);
        series->attachAxis(m_slowdownAxis);
    }
    for (QScatterSeries *series : { m_agree, m_noise }) {
        connect(series, &QScatterSeries::hovered, this, [this](const QPointF &at, bool entered) {
            if (!entered)
                return;
            for (const NapSweepPoint &point : m_sweep->points()) {
                if (qFuzzyCompare(std::max(point.loopGapMs, shortestWaitMs), at.x())
                    && qFuzzyCompare(point.slowdown(), at.y())) {
                    const QString doubt = point.doubt();
                    QToolTip::showText(
                        QCursor::pos(),
                        tr("K = %1: ×%2 the CPU time without naps (%3 s against %4 s; wall clock %5 s "
                           "against %6 s), longest wait %7 ms")
                                .arg(point.label())
                                .arg(point.slowdown(), 0, 'f', 3)
                                .arg(point.cpuSeconds, 0, 'f', 2)
                                .arg(point.plainCpuSeconds, 0, 'f', 2)
                                .arg(point.seconds, 0, 'f', 2)
                                .arg(point.plainSeconds, 0, 'f', 2)
                                .arg(point.loopGapMs, 0, 'f', 1)
                            + (doubt.isEmpty() ? QString() : QLatin1Char('\n') + doubt),
                        m_view);
                    return;
                }
            }
        });
    }
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(300);
    m_view->setAccessibleName(tr("Nap sweep chart"));
    connect(m_chart, &QChart::plotAreaChanged, this, &NapSweepPanel::placeLabels);
    clearChart();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_export);
    buttons->addWidget(m_progress, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_flags);

    m_progressTimer.setInterval(progressMs);
    connect(&m_progressTimer, &QTimer::timeout, this, &NapSweepPanel::showProgress);
    connect(m_start, &QPushButton::clicked, this, qOverload<>(&NapSweepPanel::start));
    connect(m_stop, &QPushButton::clicked, this, &NapSweepPanel::stop);
    connect(m_sweep, &NapSweep::pointMeasured, this, &NapSweepPanel::addPoint);
    connect(m_sweep, &NapSweep::finished, this, [this] { showEnd(false); });
    connect(m_sweep, &NapSweep::stopped, this, [this] { showEnd(true); });
    showEstimate();
    updateButtons();
}

NapSweepPanel::~NapSweepPanel() = default;

bool NapSweepPanel::start()
{
    const QList<quint64> plan = NapSweep::powersOfTwo();
    return start(NapSweep::numberFor(NapSweep::targetSeconds, plan, m_yieldSeconds), plan);
}

bool NapSweepPanel::start(quint64 number, const QList<quint64> &plan)
{
    if (!m_startable || isRunning())
        return false;
    m_sweep->setPlan(number, plan);
    m_sweep->setYieldSeconds(m_yieldSeconds);
    const QString before = estimate();
    if (!m_sweep->start())
        return false;
    clearChart();
    m_flags->clear();
    m_progress->setValue(0);
    m_status->setText(before);
    m_progressTimer.start();
    updateButtons();
    Q_EMIT runningChanged(true);
    return true;
}

bool NapSweepPanel::stop()
{
    return m_sweep->stop();
}

void NapSweepPanel::setStartable(bool startable)
{
    m_startable = startable;
    updateButtons();
}

void NapSweepPanel::setYieldSeconds(double seconds, bool measured)
{
    if (seconds <= 0)
        return;
    m_yieldSeconds = seconds;
    m_yieldMeasured = measured;
    if (!isRunning() && m_sweep->points().isEmpty())
        showEstimate();
}

QString NapSweepPanel::estimate() const
{
    const bool planned = m_sweep->number() != 0 && !m_sweep->plan().isEmpty();
    const QList<quint64> plan = planned ? m_sweep->plan() : NapSweep::powersOfTwo();
    const quint64 number
        = planned ? m_sweep->number() : NapSweep::numberFor(NapSweep::targetSeconds, plan, m_yieldSeconds);
    return tr("The sweep checks is_prime(%1) once without naps, then once napping every K for %n value(s) of "
              "K: ≈ %2 s "
              "here (%3 µs a yield, %4).",
              nullptr, int(plan.size()))
        .arg(number)
        .arg(NapSweep::estimateSeconds(number, plan, m_yieldSeconds), 0, 'f', 0)
        .arg(m_yieldSeconds * 1e6, 0, 'g', 2)
        .arg(m_yieldMeasured ? tr("measured by the last nap") : tr("assumed until a nap measures it"));
}

QString NapSweepPanel::status() const
{
    return m_status->text();
}

QString NapSweepPanel::flags() const
{
    return m_flags->text();
}

void NapSweepPanel::showEstimate()
{
    m_status->setText(estimate());
}

void NapSweepPanel::updateButtons()
{
    m_start->setEnabled(m_startable && !isRunning());
    m_stop->setEnabled(isRunning());
    m_export->setEnabled(!isRunning() && !m_sweep->points().isEmpty());
}

void NapSweepPanel::showProgress()
{
    if (!isRunning())
        return;
    const double done = m_sweep->progress();
    const double elapsed = m_sweep->elapsedSeconds();
    m_progress->setValue(qRound(done * progressSteps));
    const int measured = int(m_sweep->points().size());
    const QString step = m_sweep->plainSeconds() <= 0
        ? tr("the check without naps")
        : tr("K = 2^%1").arg(NapSweepPoint { m_sweep->plan().value(measured) }.exponent());
    const QString left = done > 0.02 ? tr("about %1 s left").arg(elapsed / done * (1 - done), 0, 'f', 0)
                                     : tr("estimating the time left");
    m_status->setText(tr("Sweeping: %1 (%2 of %3), %4% after %5 s, %6. Esc stops it.")
                          .arg(step)
                          .arg(measured + 1 + (m_sweep->plainSeconds() > 0 ? 1 : 0))
                          .arg(m_sweep->plan().size() + 1)
                          .arg(qRound(done * 100))
                          .arg(elapsed, 0, 'f', 1)
                          .arg(left));
}

void NapSweepPanel::showEnd(bool stopped)
{
    m_progressTimer.stop();
    const QList<NapSweepPoint> &points = m_sweep->points();
    const double elapsed = m_sweep->elapsedSeconds();
    if (stopped) {
        m_status->setText(
            tr("Stopped after %1 s: %n point(s) measured, kept on the chart.", nullptr, int(points.size()))
                .arg(elapsed, 0, 'f', 1));
    } else {
        m_progress->setValue(progressSteps);
        const NapSweepPoint &first = points.constFirst();
        const NapSweepPoint &last = points.constLast();
        m_status->setText(tr("Done in %1 s. K = %2: ×%3 the CPU time without naps, and the event loop "
                             "never waited more than %4 ms. K = %5: ×%6, and waits up to %7 ms.")
                              .arg(elapsed, 0, 'f', 0)
                              .arg(first.label())
                              .arg(first.slowdown(), 0, 'f', 2)
                              .arg(first.loopGapMs, 0, 'f', 1)
                              .arg(last.label())
                              .arg(last.slowdown(), 0, 'f', 3)
                              .arg(last.loopGapMs, 0, 'f', 0));
    }
    QStringList doubts;
    for (const NapSweepPoint &point : points) {
        if (const QString doubt = point.doubt(); !doubt.isEmpty())
            doubts << tr("⚠ K = %1: %2").arg(point.label(), doubt);
    }
    m_flags->setText(doubts.join(QLatin1Char('\n')));
    m_flags->setVisible(!doubts.isEmpty());
    updateButtons();
    Q_EMIT runningChanged(false);
}

void NapSweepPanel::clearChart()
{
    m_curve->clear();
    m_agree->clear();
    m_noise->clear();
    qDeleteAll(m_labels);
    m_labels.clear();
    m_flags->setVisible(false);
    fitAxes();
}

void NapSweepPanel::addPoint(const NapSweepPoint &point)
{
    const QPointF at(std::max(point.loopGapMs, shortestWaitMs), point.slowdown());
    m_curve->append(at);
    (point.doubt().isEmpty() ? m_agree : m_noise)->append(at);
    auto *label = new QGraphicsSimpleTextItem(point.label(), m_chart);
    label->setData(0, at);
    label->setZValue(10);
    m_labels.append(label);
    fitAxes();
    placeLabels();
    updateButtons();
}

void NapSweepPanel::fitAxes()
{
    double waitMin = 1;
    double waitMax = 1000;
    double slowMin = 0.9;
    double slowMax = 10;
    const QList<QPointF> points = m_curve->points();
    if (!points.isEmpty()) {
        waitMin = waitMax = points.constFirst().x();
        slowMin = slowMax = points.constFirst().y();
        for (const QPointF &point : points) {
            waitMin = std::min(waitMin, point.x());
            waitMax = std::max(waitMax, point.x());
            slowMin = std::min(slowMin, point.y());
            slowMax = std::max(slowMax, point.y());
        }
        // Whole decades on the log axes, with a margin so no point sits on the frame.
        waitMin = std::pow(10.0, std::floor(std::log10(waitMin / 1.5)));
        waitMax = std::pow(10.0, std::ceil(std::log10(waitMax * 1.5)));
        slowMin = std::min(0.9, slowMin / 1.1);
        slowMax = std::max(2.0, slowMax * 1.5);
    }
    m_waitAxis->setRange(waitMin, waitMax);
    m_slowdownAxis->setRange(slowMin, slowMax);
}

void NapSweepPanel::placeLabels()
{
    // Above and below the curve by turns: neighbouring K often sit close together.
    for (qsizetype i = 0; i < m_labels.size(); ++i) {
        QGraphicsSimpleTextItem *label = m_labels.at(i);
        const QPointF at = m_chart->mapToPosition(label->data(0).toPointF(), m_curve);
        const qreal height = label->boundingRect().height();
        label->setPos(at + QPointF(5, i % 2 == 0 ? -height - 1 : 1));
    }
}

bool NapSweepPanel::exportTo(const QString &path, QString *error) const
{
    if (m_sweep->points().isEmpty()) {
        *error = tr("There is no sweep to export yet.");
        return false;
    }
    if (QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(NapSweep::toCsv(m_sweep->points())) < 0
            || !file.commit()) {
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
            return false;
        }
        return true;
    }
    if (!PictureFile::isPicture(path)) {
        *error = tr("%1: the sweep is written as .png, .svg or .csv").arg(path);
        return false;
    }
    // The chart as shown: another size would rescale fonts and markers.
    const QSize size = m_view->viewport()->size();
    return PictureFile::write(
        path, size, logicalDpiX(), tr("Conviz nap sweep"),
        [this, size](QPainter &painter) {
            m_view->render(&painter, QRectF(QPointF(0, 0), size), m_view->viewport()->rect());
        },
        error);
}

void NapSweepPanel::chooseAndExport(const QString &title, const QString &fileName, const QString &filter)
{
    QString path = QFileDialog::getSaveFileName(this, title, fileName, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + QFileInfo(fileName).suffix();
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Cannot export the nap sweep"), error);
}
