#include "utilizationstrip.h"

#include "statuscolors.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

UtilizationStrip::UtilizationStrip(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Cores busy over the last minute"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void UtilizationStrip::addSample(const CpuUsage &usage)
{
    if (!usage.cores.isEmpty())
        m_cores = int(usage.cores.size());
    m_samples.append({ usage.ownCores(), usage.otherCores() });
    if (m_samples.size() > capacity)
        m_samples.remove(0, m_samples.size() - capacity);
    const QString text = summary();
    setToolTip(text);
    setAccessibleDescription(text);
    update();
}

void UtilizationStrip::clear()
{
    m_samples.clear();
    update();
}

QString UtilizationStrip::summary() const
{
    if (m_samples.isEmpty())
        return tr("No CPU sample yet");
    const Sample &last = m_samples.constLast();
    return tr("%1 of %2 busy: Conviz %3, others %4")
        .arg(last.own + last.other, 0, 'f', 1)
        .arg(tr("%n core(s)", nullptr, m_cores))
        .arg(last.own, 0, 'f', 1)
        .arg(last.other, 0, 'f', 1);
}

QSize UtilizationStrip::sizeHint() const
{
    return { 240, fontMetrics().height() * 4 };
}

QSize UtilizationStrip::minimumSizeHint() const
{
    return { 120, fontMetrics().height() * 3 };
}

void UtilizationStrip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette &pal = palette();
    const QRectF area = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.fillRect(area, pal.color(QPalette::Base));
    // Newest on the right; a full minute spans the width.
    const double step = area.width() / double(capacity - 1);
    const auto yFor
        = [&](double cores) { return area.bottom() - area.height() * std::clamp(cores / m_cores, 0.0, 1.0); };
    const auto band = [&](auto lower, auto upper) {
        QPainterPath path;
        const qsizetype n = m_samples.size();
        const double x0 = area.right() - step * double(n - 1);
        path.moveTo(x0, yFor(lower(m_samples.at(0))));
        for (qsizetype i = 0; i < n; ++i)
            path.lineTo(x0 + step * double(i), yFor(upper(m_samples.at(i))));
        for (qsizetype i = n - 1; i >= 0; --i)
            path.lineTo(x0 + step * double(i), yFor(lower(m_samples.at(i))));
        path.closeSubpath();
        return path;
    };
    if (m_samples.size() >= 2) {
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(StatusColors::ownLoad(pal));
        painter.drawPath(band([](const Sample &) { return 0.0; }, [](const Sample &s) { return s.own; }));
        painter.setBrush(StatusColors::otherLoad(pal));
        painter.drawPath(
            band([](const Sample &s) { return s.own; }, [](const Sample &s) { return s.own + s.other; }));
        painter.setRenderHint(QPainter::Antialiasing, false);
    }
    // A line per core: "1 core", "2 cores" busy.
    painter.setPen(QPen(pal.color(QPalette::Mid), 1, Qt::DotLine));
    for (int core = 1; core < m_cores; ++core)
        painter.drawLine(QPointF(area.left(), yFor(core)), QPointF(area.right(), yFor(core)));
    painter.setPen(pal.color(QPalette::Mid));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(area);
    painter.setPen(pal.color(QPalette::Text));
    painter.drawText(area.adjusted(4, 2, -4, -2), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, summary());
}
