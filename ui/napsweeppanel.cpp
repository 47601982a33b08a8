#include "napsweeppanel.h"

#include "divisionrate.h"

#include "napsweepchart.h"
#include "pictureexport.h"
#include "statuscolors.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

#include <algorithm>

namespace {
constexpr int progressSteps = 1000;
constexpr int progressMs = 200;
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
    , m_view(new NapSweepChart(this))
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

    m_view->setAccessibleName(tr("Nap sweep chart"));

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
    if (!planned && !DivisionRate::isKnown()) // asking now would wait on the window's thread
        return tr("The sweep's length follows once this machine's division rate is timed…");
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

QChart *NapSweepPanel::chart() const
{
    return m_view->chart();
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
    const QString left = NapEstimate::timeLeft(elapsed, done);
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
    m_view->setPoints({});
    m_flags->setVisible(false);
}

void NapSweepPanel::addPoint()
{
    m_view->setPoints(m_sweep->points());
    updateButtons();
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
    if (!PictureExport::isPicture(path)) {
        *error = tr("%1: the sweep is written as .png, .svg or .csv").arg(path);
        return false;
    }
    return m_view->exportTo(path, error);
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
