#include "timelineview.h"

#include "pictureexport.h"

#include "statuscolors.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHelpEvent>
#include <QImage>
#include <QKeyEvent>
#include <QPaintEngine>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace {
using Kind = TimelineLanes::Kind;

constexpr int margin = 6; // free pixels at each end of a fitted run
constexpr int minLaneHeight = 5;
constexpr int maxLaneHeight = 44;
constexpr int dragThreshold = 4;
constexpr double wheelStep = 1.0015; // zoom per eighth of a degree of the wheel

QString translated(const char *text)
{
    return QCoreApplication::translate("TimelineView", text);
}

// A time in the unit its neighbours on the axis need: decimals enough to tell step apart.
QString formatTime(double ns, double stepNs)
{
    struct Unit
    {
        double ns;
        const char *format;
    };
    static const Unit units[] = { { 1e9, QT_TRANSLATE_NOOP("TimelineView", "%1 s") },
                                  { 1e6, QT_TRANSLATE_NOOP("TimelineView", "%1 ms") },
                                  { 1e3, QT_TRANSLATE_NOOP("TimelineView", "%1 µs") },
                                  { 1, QT_TRANSLATE_NOOP("TimelineView", "%1 ns") } };
    // The largest unit in which the step needs at most two decimals.
    const Unit *unit = &units[3];
    for (const Unit &u : units) {
        if (stepNs >= u.ns / 100) {
            unit = &u;
            break;
        }
    }
    const int decimals = std::clamp(int(std::ceil(-std::log10(stepNs / unit->ns) - 1e-9)), 0, 6);
    return translated(unit->format).arg(ns / unit->ns, 0, 'f', decimals);
}

// A duration with three significant figures.
QString formatDuration(double ns)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(std::max(ns, 1.0))) - 2);
    return formatTime(ns, magnitude);
}

int digitsOf(quint64 number)
{
    int digits = 1;
    while (number >= 10) {
        number /= 10;
        ++digits;
    }
    return digits;
}

// 1, 2 or 5 times a power of ten: the step between ticks about spacing pixels apart.
double niceStep(double nsPerPixel, double spacing)
{
    const double raw = nsPerPixel * spacing;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : { 1.0, 2.0, 5.0 }) {
        if (m * power >= raw)
            return m * power;
    }
    return 10 * power;
}

QColor pale(const QColor &color, const QColor &base)
{
    // Mixed with the background: the same hue, clearly not running.
    return QColor::fromRgbF(color.redF() * 0.35f + base.redF() * 0.65f,
                            color.greenF() * 0.35f + base.greenF() * 0.65f,
                            color.blueF() * 0.35f + base.blueF() * 0.65f);
}
} // namespace

struct TimelineView::Geometry
{
    QRect plot; // the lanes, without labels
    int labelWidth = 0;
    int laneHeight = 0;
    int lanes = 0;
    QRect axis;
    QRect legend;
};

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    // Every pixel is painted (render() fills the background first): the group box, splitters
    // and window beneath need not paint under it at every tick of a run.
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumHeight(100); // two lanes, the axis and the legend: room for the rest at 1000x650
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Timeline"));
    setToolTip(QString()); // tooltips come from event()
    m_takeMore.setSingleShot(true);
    m_takeMore.setInterval(0);
    connect(&m_takeMore, &QTimer::timeout, this, [this] { take(jobsPerTurn); });
}

void TimelineView::reset(std::shared_ptr<const RunStore> store)
{
    m_lanes.reset(std::move(store));
    m_takeMore.stop();
    m_ending = false;
    m_selected = -1;
    m_follow = true;
    m_scale.startNs = -margin * m_scale.nsPerPixel;
    update();
}

void TimelineView::refresh(qint64 nowNs)
{
    if (m_ending)
        return; // the run's end is being taken
    m_nowNs = nowNs;
    take(jobsPerTurn);
}

void TimelineView::finish(qint64 nowNs)
{
    m_nowNs = nowNs;
    m_ending = true;
    take(jobsPerTurn);
}

void TimelineView::catchUp()
{
    if (isCatchingUp())
        take(std::numeric_limits<qsizetype>::max());
}

void TimelineView::take(qsizetype maxJobs)
{
    const bool changed = m_lanes.update(m_nowNs, maxJobs);
    if (m_lanes.backlog() > 0) {
        // While the run goes on, a tick takes one turn's worth: the workers keep the cores,
        // and the rest follows at the next tick or, at the end, over the turns after it.
        if (m_ending)
            m_takeMore.start();
    } else if (m_ending) {
        m_ending = false;
        m_takeMore.stop();
        m_lanes.finish();
        fitAll();
        Q_EMIT caughtUp();
        return;
    }
    if (!changed)
        return;
    if (m_follow)
        fitAll();
    update();
}

void TimelineView::setView(View view)
{
    if (view == m_view)
        return;
    m_view = view;
    update();
    Q_EMIT viewChanged(view);
}

void TimelineView::fitAll()
{
    const Geometry g = geometryFor(size());
    m_scale.fit(0, double(std::max<qint64>(m_lanes.extentNs(), 1000)), g.plot.width(), margin);
    m_follow = true;
    update();
}

void TimelineView::zoomAt(double factor, double x)
{
    m_scale.zoom(factor, x);
    m_follow = false;
    keepInRun();
    update();
}

void TimelineView::panBy(double dx)
{
    m_scale.pan(dx);
    m_follow = false;
    keepInRun();
    update();
}

void TimelineView::keepInRun()
{
    m_scale.clampTo(0, double(std::max<qint64>(m_lanes.extentNs(), 1000)), margin);
}

void TimelineView::setSelectedJob(int index)
{
    if (index == m_selected)
        return;
    m_selected = index;
    // Bring it into view when the view does not show it.
    if (const auto found = m_lanes.find(index)) {
        const TimelineLanes::Job &job = found->second;
        if (job.endNs < m_scale.startNs || job.startNs > m_scale.endNs()) {
            const double span = m_scale.spanNs();
            m_scale.startNs = double(job.startNs + job.endNs) / 2 - span / 2;
            m_follow = false;
            keepInRun();
        }
    }
    update();
}

TimelineView::Geometry TimelineView::geometryFor(const QSize &size) const
{
    Geometry g;
    const QFontMetrics fm = fontMetrics();
    g.lanes = m_view == View::Workers ? m_lanes.laneCount() : m_lanes.coreCount();
    int labelWidth = fm.horizontalAdvance(QStringLiteral("coroutine 16")) + 12;
    for (int lane = 0; lane < std::min(g.lanes, 64); ++lane)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(laneLabel(lane)) + 12);
    g.labelWidth = std::min(labelWidth, size.width() / 3);
    const int legendHeight = fm.height() + 8;
    const int axisHeight = fm.height() + 8;
    const int available = std::max(1, size.height() - legendHeight - axisHeight - 4);
    g.laneHeight = g.lanes > 0 ? std::clamp(available / g.lanes, minLaneHeight, maxLaneHeight) : 0;
    const int lanesHeight = std::min(available, g.laneHeight * g.lanes);
    g.plot = QRect(g.labelWidth, 2, std::max(1, size.width() - g.labelWidth - 4), std::max(1, lanesHeight));
    g.axis = QRect(g.plot.left(), g.plot.bottom() + 1, g.plot.width(), axisHeight);
    // The legend right under the axis: a tall window leaves its free space below, not between.
    g.legend = QRect(4, std::min(g.axis.bottom() + 1, size.height() - legendHeight), size.width() - 8,
                     legendHeight);
    return g;
}

TimeScale TimelineView::scaleFor(const Geometry &g) const
{
    // The same stretch of time on whatever width: an export shows what the window shows.
    TimeScale scale = m_scale;
    if (std::abs(scale.widthPx - g.plot.width()) > 0.5) {
        scale.nsPerPixel = m_scale.spanNs() / g.plot.width();
        scale.widthPx = g.plot.width();
    }
    return scale;
}

QString TimelineView::workerLabel(int lane) const
{
    if (lane < 0 || lane >= m_lanes.laneCount())
        return {};
    const WorkerInfo &info = m_lanes.lane(lane).info;
    return info.label.isEmpty() ? tr("worker %1").arg(lane + 1) : info.label;
}

QString TimelineView::laneLabel(int lane) const
{
    if (m_view == View::Cores)
        return tr("CPU %1").arg(lane);
    const QString label = workerLabel(lane);
    const qint64 pid = lane >= 0 && lane < m_lanes.laneCount() ? m_lanes.lane(lane).info.pid : 0;
    return pid > 0 ? tr("%1 (pid %2)").arg(label).arg(pid) : label;
}

QColor TimelineView::colorOf(Kind kind) const
{
    switch (kind) {
    case Kind::Prime:
        return StatusColors::prime(palette());
    case Kind::Composite:
        return StatusColors::composite(palette());
    case Kind::Retried:
        return StatusColors::retried(palette());
    case Kind::Failed:
        return StatusColors::error(palette());
    case Kind::Running:
        return StatusColors::running(palette());
    }
    return palette().color(QPalette::Mid);
}

QColor TimelineView::workerColor(int worker) const
{
    if (worker < 0)
        return palette().color(QPalette::Mid);
    // Hues a golden angle apart: neighbours never look alike, however many workers.
    const int hue = int(std::fmod(worker * 137.508 + 200, 360.0));
    return StatusColors::isDark(palette()) ? QColor::fromHsl(hue, 140, 150) : QColor::fromHsl(hue, 150, 120);
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    render(painter, size());
}

void TimelineView::render(QPainter &p, const QSize &size) const
{
    p.fillRect(QRect(QPoint(0, 0), size), palette().color(QPalette::Base));
    p.setPen(palette().color(QPalette::Text));
    const Geometry g = geometryFor(size);
    if (!m_lanes.store()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(QRect(QPoint(0, 0), size), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("Each run appears here as it happens: one lane per worker, each number a bar "
                      "from its start to its end."));
        return;
    }
    const TimeScale scale = scaleFor(g);
    if (m_view == View::Cores && g.lanes == 0) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(QRect(QPoint(0, 0), size).adjusted(8, 8, -8, -g.legend.height()),
                   Qt::AlignCenter | Qt::TextWordWrap,
                   tr("No core is known for this run yet: threads and coroutines record the CPU of "
                      "each stretch they run; worker processes do not report theirs."));
    } else {
        paintAxis(p, g, scale);
        if (m_view == View::Workers)
            paintWorkers(p, g, scale);
        else
            paintCores(p, g, scale);
    }
    paintLegend(p, g);
}

void TimelineView::paintAxis(QPainter &p, const Geometry &g, const TimeScale &scale) const
{
    const QFontMetrics fm = p.fontMetrics();
    const double spacing = std::max(80, fm.horizontalAdvance(QStringLiteral("00.000 ms")) + 24);
    const double step = niceStep(scale.nsPerPixel, spacing);
    QColor grid = palette().color(QPalette::Text);
    grid.setAlpha(40);
    const double first = std::ceil(scale.startNs / step) * step;
    p.setPen(palette().color(QPalette::Text));
    p.drawLine(g.axis.topLeft(), g.axis.topRight());
    for (double t = first; t <= scale.endNs(); t += step) {
        const double x = g.plot.left() + scale.toX(t);
        if (x < g.plot.left() - 0.5 || x > g.plot.right() + 0.5)
            continue;
        p.setPen(grid);
        p.drawLine(QPointF(x, g.plot.top()), QPointF(x, g.plot.bottom()));
        p.setPen(palette().color(QPalette::Text));
        p.drawLine(QPointF(x, g.axis.top()), QPointF(x, g.axis.top() + 4));
        const QString label = formatTime(std::abs(t) < step / 2 ? 0 : t, step);
        const int w = fm.horizontalAdvance(label);
        const double left
            = std::clamp(x - w / 2.0, double(g.axis.left() - g.labelWidth + 4), double(g.axis.right() - w));
        p.drawText(QPointF(left, g.axis.top() + 4 + fm.ascent()), label);
    }
}

std::pair<double, double> TimelineView::beginLane(QPainter &p, const Geometry &g, int lane) const
{
    const QFontMetrics fm = p.fontMetrics();
    const int y = g.plot.top() + lane * g.laneHeight;
    if (lane % 2)
        p.fillRect(QRect(0, y, g.plot.right() + 1, g.laneHeight), palette().color(QPalette::AlternateBase));
    if (g.laneHeight >= fm.height() - 4) {
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(4, y, g.labelWidth - 8, g.laneHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   fm.elidedText(laneLabel(lane), Qt::ElideRight, g.labelWidth - 8));
    }
    p.save();
    p.translate(g.plot.left(), 0);
    p.setClipRect(QRectF(0, y, g.plot.width(), g.laneHeight));
    const int pad = g.laneHeight > 8 ? 2 : 0;
    return { y + pad, g.laneHeight - 2 * pad - (pad ? 0 : 1) };
}

void TimelineView::paintWorkers(QPainter &p, const Geometry &g, const TimeScale &scale) const
{
    const QFontMetrics fm = p.fontMetrics();
    const QColor base = palette().color(QPalette::Base);
    const QColor text = palette().color(QPalette::Text);
    const bool roomForText = g.laneHeight >= fm.height();
    const int digitWidth = fm.horizontalAdvance(QLatin1Char('0'));
    const std::optional<std::pair<int, TimelineLanes::Job>> selected = m_lanes.find(m_selected);
    const int width = g.plot.width();
    // Every kind's colour, solid and pale (started but waiting for its turn).
    std::array<QRgb, 5> solid {};
    std::array<QRgb, 5> paled {};
    for (int k = 0; k < 5; ++k) {
        solid[k] = colorOf(Kind(k)).rgb();
        paled[k] = pale(colorOf(Kind(k)), base).rgb();
    }
    // A lane is worked out one pixel column at a time, then drawn as one stretched image (or,
    // for a drawing such as SVG, as one rectangle per run of a colour): the cost follows the
    // pixels, whatever the number of jobs.
    std::vector<QRgb> line(width);
    std::vector<quint8> busy(width);
    const bool raster = p.paintEngine() && p.paintEngine()->type() == QPaintEngine::Raster;
    for (int l = 0; l < g.lanes; ++l) {
        const TimelineLanes::Lane &lane = m_lanes.lane(l);
        const auto [top, height] = beginLane(p, g, l);
        // Before the worker's last recorded slice, a bar is solid only where it really ran.
        const bool sliced = !lane.slices.empty();
        const int known = sliced
            ? int(std::clamp(std::ceil(scale.toX(lane.slices.back().endNs)), 0.0, double(width)))
            : 0;
        std::fill(busy.begin(), busy.end(), 0);
        if (sliced) {
            for (const auto &[a, b] : m_lanes.busyRuns(l, scale)) {
                const int from = std::max(0, int(std::floor(a)));
                const int to = std::min(width, std::max(int(std::ceil(b)), from + 1));
                std::fill(busy.begin() + std::min(from, width), busy.begin() + std::max(from, to), 1);
            }
        }
        std::fill(line.begin(), line.end(), 0);
        const auto paint = [&](int a, int b, Kind kind) {
            for (int x = std::max(a, 0); x < std::min(b, width); ++x)
                line[x] = (x < known && !busy[x]) ? paled[int(kind)] : solid[int(kind)];
        };
        struct Label
        {
            QRectF rect;
            QString text;
            QColor color;
        };
        std::vector<Label> labels;
        std::vector<std::pair<int, int>> failedMarks;
        for (const TimelineLanes::Bar &bar : m_lanes.bars(l, scale)) {
            const int a = int(std::max(std::floor(bar.x0), -1.0));
            const int b = int(std::min(std::max(std::ceil(bar.x1), double(a + 1)), double(width + 1)));
            paint(a, b, bar.kind);
            if (b - a >= 3 && a >= 0 && a < width)
                line[a] = 0; // a gap where it starts: jobs that follow each other show as two
            if (bar.count > 1 && bar.counts[int(Kind::Failed)] > 0 && bar.kind != Kind::Failed)
                failedMarks.emplace_back(a, b);
            const int visibleA = std::max(a + 1, 0);
            const int visibleB = std::min(b, width);
            // Digits are as wide as each other: whether a number fits is known before it is written.
            if (bar.index < 0 || !roomForText || visibleB - visibleA < digitWidth + 6)
                continue;
            const quint64 number = m_lanes.store()->number(bar.index);
            if (digitsOf(number) * digitWidth + 6 <= visibleB - visibleA) {
                const QString label = QString::number(number);
                const bool onSolid = known <= visibleA;
                labels.push_back({ QRectF(visibleA, top, visibleB - visibleA, height), label,
                                   onSolid ? StatusColors::textOn(colorOf(bar.kind)) : text });
            }
        }
        if (raster) {
            const QImage image(reinterpret_cast<const uchar *>(line.data()), width, 1,
                               QImage::Format_ARGB32_Premultiplied);
            p.drawImage(QRectF(0, top, width, height), image, QRectF(0, 0, width, 1));
        } else {
            for (int x = 0; x < width;) {
                int end = x + 1;
                while (end < width && line[end] == line[x])
                    ++end;
                if (line[x])
                    p.fillRect(QRectF(x, top, end - x, height), QColor::fromRgba(line[x]));
                x = end;
            }
        }
        for (const auto &[a, b] : failedMarks)
            p.fillRect(QRectF(a, top, b - a, std::max(2.0, height / 5)), colorOf(Kind::Failed));
        for (const Label &label : labels) {
            p.setPen(label.color);
            p.drawText(label.rect, Qt::AlignCenter, label.text);
        }
        if (selected && selected->first == l) {
            const TimelineLanes::Job &job = selected->second;
            const double a = std::floor(scale.toX(job.startNs));
            const double b = std::max(std::ceil(scale.toX(job.endNs)), a + 1);
            p.setPen(QPen(palette().color(QPalette::Highlight), 2));
            p.setBrush(Qt::NoBrush);
            p.drawRect(QRectF(a - 1, top - 1, b - a + 1, height + 1));
        }
        p.restore();
    }
}

void TimelineView::paintCores(QPainter &p, const Geometry &g, const TimeScale &scale) const
{
    const QColor text = palette().color(QPalette::Text);
    for (int core = 0; core < g.lanes; ++core) {
        const auto [top, height] = beginLane(p, g, core);
        for (const TimelineLanes::CoreSegment &segment : m_lanes.coreSegments(core, scale)) {
            const double a = std::max(std::floor(segment.x0), -1.0);
            const double b = std::min(std::max(std::ceil(segment.x1), a + 1), double(g.plot.width() + 1));
            if (segment.worker == -2)
                p.fillRect(QRectF(a, top, b - a, height), QBrush(text, Qt::BDiagPattern));
            else
                p.fillRect(QRectF(a, top, b - a, height), workerColor(segment.worker));
        }
        p.restore();
    }
}

void TimelineView::paintLegend(QPainter &p, const Geometry &g) const
{
    const QFontMetrics fm = p.fontMetrics();
    const int box = fm.height() - 4;
    int x = g.legend.left();
    const int y = g.legend.top() + (g.legend.height() - box) / 2;
    const auto entry = [&](const QBrush &brush, const QString &label) {
        if (x + box + 4 + fm.horizontalAdvance(label) > g.legend.right())
            return;
        p.fillRect(QRect(x, y, box, box), brush);
        p.setPen(palette().color(QPalette::Mid));
        p.drawRect(QRect(x, y, box, box));
        x += box + 4;
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QPoint(x, y + (box + fm.ascent() - fm.descent()) / 2), label);
        x += fm.horizontalAdvance(label) + 14;
    };
    if (m_view == View::Workers) {
        entry(colorOf(Kind::Prime), tr("prime"));
        entry(colorOf(Kind::Composite), tr("composite"));
        entry(colorOf(Kind::Retried), tr("retried"));
        entry(colorOf(Kind::Failed), tr("not checked"));
        entry(colorOf(Kind::Running), tr("running"));
        entry(pale(colorOf(Kind::Composite), palette().color(QPalette::Base)),
              tr("started, waiting for its turn"));
        return;
    }
    for (int l = 0; l < m_lanes.laneCount(); ++l)
        entry(workerColor(l),
              tr("%1: %n migration(s)", nullptr, m_lanes.lane(l).migrations).arg(workerLabel(l)));
    entry(QBrush(palette().color(QPalette::Text), Qt::BDiagPattern), tr("several took turns"));
}

int TimelineView::laneAt(const Geometry &g, int y) const
{
    if (g.laneHeight <= 0 || y < g.plot.top() || y >= g.plot.top() + g.lanes * g.laneHeight)
        return -1;
    return (y - g.plot.top()) / g.laneHeight;
}

int TimelineView::jobAt(const QPoint &pos) const
{
    const Geometry g = geometryFor(size());
    const int lane = laneAt(g, pos.y());
    if (m_view != View::Workers || lane < 0 || pos.x() < g.plot.left())
        return -1;
    const auto bar = m_lanes.barAt(lane, scaleFor(g), pos.x() - g.plot.left());
    return bar && bar->count == 1 ? bar->index : -1;
}

QString TimelineView::describeAt(const QPoint &pos) const
{
    const Geometry g = geometryFor(size());
    const int lane = laneAt(g, pos.y());
    if (lane < 0 || pos.x() < g.plot.left() || !m_lanes.store())
        return {};
    const TimeScale scale = scaleFor(g);
    const double x = pos.x() - g.plot.left();
    if (m_view == View::Cores) {
        for (const TimelineLanes::CoreSegment &segment : m_lanes.coreSegments(lane, scale)) {
            if (x >= segment.x0 - 1 && x <= segment.x1 + 1) {
                return segment.worker == -2 ? tr("CPU %1: several workers took turns on it here").arg(lane)
                                            : tr("CPU %1: %2").arg(lane).arg(workerLabel(segment.worker));
            }
        }
        return {};
    }
    const auto bar = m_lanes.barAt(lane, scale, x);
    if (!bar)
        return {};
    const RunStore &store = *m_lanes.store();
    QStringList lines;
    if (bar->count > 1) {
        lines << tr("%Ln job(s) within a pixel", nullptr, bar->count)
              << tr("prime %1, composite %2, retried %3, not checked %4")
                     .arg(bar->counts[int(Kind::Prime)])
                     .arg(bar->counts[int(Kind::Composite)])
                     .arg(bar->counts[int(Kind::Retried)])
                     .arg(bar->counts[int(Kind::Failed)])
              << tr("from %1 to %2").arg(formatDuration(bar->startNs), formatDuration(bar->endNs))
              << tr("Zoom in (wheel) to see each one.");
        return lines.join(QLatin1Char('\n'));
    }
    lines << tr("#%1: %2").arg(bar->index + 1).arg(store.number(bar->index));
    lines << laneLabel(lane);
    if (bar->kind == Kind::Running) {
        lines << tr("running for about %1").arg(formatDuration(bar->endNs - bar->startNs));
        return lines.join(QLatin1Char('\n'));
    }
    const JobRecord &record = store.record(bar->index);
    switch (bar->kind) {
    case Kind::Failed:
        lines << tr("not checked: %1").arg(store.error(bar->index));
        break;
    case Kind::Retried:
        lines << ((record.flags & JobRecord::Prime) ? tr("prime") : tr("composite"));
        break;
    default:
        lines << (bar->kind == Kind::Prime ? tr("prime") : tr("composite"));
    }
    if (record.attempts > 1)
        lines << tr("%1 attempts").arg(record.attempts);
    lines << tr("from %1 to %2 (%3)")
                 .arg(formatDuration(bar->startNs), formatDuration(bar->endNs),
                      formatDuration(bar->endNs - bar->startNs));
    if (bar->kind != Kind::Failed)
        lines << tr("the check itself: %1").arg(formatDuration(record.elapsedNs));
    return lines.join(QLatin1Char('\n'));
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = describeAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const Geometry g = geometryFor(size());
    if (m_follow)
        fitAll();
    else
        m_scale.setWidth(g.plot.width());
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const Geometry g = geometryFor(size());
    const double steps = event->angleDelta().y() != 0 ? event->angleDelta().y() : event->angleDelta().x();
    zoomAt(std::pow(wheelStep, steps), event->position().x() - g.plot.left());
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressPos = event->position().toPoint();
    m_lastDragPos = m_pressPos;
    m_dragging = false;
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return;
    const QPoint pos = event->position().toPoint();
    if (!m_dragging && (pos - m_pressPos).manhattanLength() >= dragThreshold) {
        m_dragging = true;
        setCursor(Qt::ClosedHandCursor);
    }
    if (m_dragging) {
        panBy(pos.x() - m_lastDragPos.x());
        m_lastDragPos = pos;
    }
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    if (m_dragging) {
        m_dragging = false;
        unsetCursor();
        return;
    }
    const QPoint pos = event->position().toPoint();
    const int index = jobAt(pos);
    if (index >= 0) {
        setSelectedJob(index);
        Q_EMIT jobClicked(index);
    } else if (m_view == View::Workers) {
        // Many jobs within a pixel: zoom in on them.
        const Geometry g = geometryFor(size());
        const int lane = laneAt(g, pos.y());
        if (lane >= 0 && pos.x() >= g.plot.left()
            && m_lanes.barAt(lane, scaleFor(g), pos.x() - g.plot.left()))
            zoomAt(8, pos.x() - g.plot.left());
    }
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && jobAt(event->position().toPoint()) < 0)
        fitAll();
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const double middle = m_scale.widthPx / 2;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomAt(1.5, middle);
        break;
    case Qt::Key_Minus:
        zoomAt(1 / 1.5, middle);
        break;
    case Qt::Key_Left:
        panBy(m_scale.widthPx / 8);
        break;
    case Qt::Key_Right:
        panBy(-m_scale.widthPx / 8);
        break;
    case Qt::Key_Home:
    case Qt::Key_0:
        fitAll();
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

bool TimelineView::exportTo(const QString &path, QString *error)
{
    catchUp();
    if (!PictureExport::isPicture(path)) {
        *error = tr("%1: the timeline is written as .png or .svg").arg(path);
        return false;
    }
    // At least a readable size, also from a window too small to show it well.
    const int lanes = std::max(1, m_view == View::Workers ? m_lanes.laneCount() : m_lanes.coreCount());
    const QSize size(std::max(width(), 1000), lanes * 28 + 2 * (fontMetrics().height() + 8) + 8);
    // Another width would rescale the view: draw from a copy fitted the same way.
    return PictureExport::write(
        path, size, tr("Conviz timeline"),
        [this, size](QPainter &painter) {
            painter.setFont(font());
            render(painter, size);
        },
        error);
}
