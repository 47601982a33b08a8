#include "corebars.h"

#include "statuscolors.h"

#include <QHelpEvent>
#include <QLabel>
#include <QPainter>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

namespace {
int percent(double fraction)
{
    return qRound(std::clamp(fraction, 0.0, 1.0) * 100);
}
} // namespace

CoreBars::CoreBars(QWidget *parent)
    : QWidget(parent)
    , m_note(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_note->setWordWrap(true);
    m_note->setEnabled(false);
    m_note->hide();
    layout->addWidget(m_note);
    layout->addStretch();
    setAccessibleName(tr("CPU load per core"));
}

void CoreBars::setUsage(const CpuUsage &usage)
{
    m_note->hide();
    const bool resized = usage.cores.size() != m_usage.cores.size();
    m_usage = usage;
    QStringList lines;
    for (int core = 0; core < barCount(); ++core)
        lines << describe(core);
    setAccessibleDescription(lines.join(QLatin1Char('\n')));
    if (resized)
        updateGeometry();
    update();
}

void CoreBars::setLoads(const QList<double> &loads)
{
    CpuUsage usage;
    for (double load : loads)
        usage.cores.append({ 0.0, load });
    setUsage(usage);
}

void CoreBars::setUnavailable(const QString &why)
{
    setUsage({});
    m_note->setText(why);
    m_note->show();
}

int CoreBars::barValue(int core) const
{
    return core >= 0 && core < barCount() ? percent(m_usage.cores.at(core).busy()) : -1;
}

int CoreBars::ownValue(int core) const
{
    return core >= 0 && core < barCount() ? percent(m_usage.cores.at(core).own) : -1;
}

QString CoreBars::describe(int core) const
{
    if (core < 0 || core >= barCount())
        return {};
    return tr("CPU %1: %2% busy — Conviz %3%, other programs %4%")
        .arg(core + 1)
        .arg(barValue(core))
        .arg(ownValue(core))
        .arg(percent(m_usage.cores.at(core).other));
}

int CoreBars::rowHeight() const
{
    return fontMetrics().height() + 6;
}

QSize CoreBars::sizeHint() const
{
    // One row per core and one for the legend.
    return { 240, (std::max(1, barCount()) + 1) * rowHeight() };
}

QSize CoreBars::minimumSizeHint() const
{
    return { 160, sizeHint().height() };
}

QRect CoreBars::barRect(int core) const
{
    const int labelWidth = fontMetrics().horizontalAdvance(tr("CPU %1").arg(88)) + 8;
    const int valueWidth = fontMetrics().horizontalAdvance(QStringLiteral("100%")) + 8;
    return { labelWidth, core * rowHeight() + 2, std::max(10, width() - labelWidth - valueWidth),
             rowHeight() - 4 };
}

int CoreBars::coreAt(const QPoint &position) const
{
    const int core = position.y() / rowHeight();
    return core >= 0 && core < barCount() ? core : -1;
}

void CoreBars::paintEvent(QPaintEvent *)
{
    if (barCount() == 0)
        return;
    QPainter painter(this);
    const QPalette &pal = palette();
    const QColor own = StatusColors::ownLoad(pal);
    const QColor other = StatusColors::otherLoad(pal);
    for (int core = 0; core < barCount(); ++core) {
        const QRect bar = barRect(core);
        const CoreUsage &usage = m_usage.cores.at(core);
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(QRect(0, bar.top(), bar.left() - 4, bar.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         tr("CPU %1").arg(core + 1));
        painter.drawText(QRect(bar.right() + 4, bar.top(), width() - bar.right() - 4, bar.height()),
                         Qt::AlignRight | Qt::AlignVCenter, tr("%1%").arg(barValue(core)));
        painter.fillRect(bar, pal.color(QPalette::Base));
        const int ownWidth = qRound(bar.width() * std::clamp(usage.own, 0.0, 1.0));
        const int busyWidth = qRound(bar.width() * std::clamp(usage.busy(), 0.0, 1.0));
        painter.fillRect(QRect(bar.left(), bar.top(), ownWidth, bar.height()), own);
        painter.fillRect(QRect(bar.left() + ownWidth, bar.top(), busyWidth - ownWidth, bar.height()), other);
        painter.setPen(pal.color(QPalette::Mid));
        painter.drawRect(bar.adjusted(0, 0, -1, -1));
    }
    // The legend under the bars.
    const int y = barCount() * rowHeight();
    const int swatch = fontMetrics().height() - 4;
    int x = barRect(0).left();
    // Conviz's own share is its workers' and its window's, during a run and between runs.
    const std::pair<QColor, QString> entries[] = { { own, tr("Conviz") }, { other, tr("other programs") } };
    for (const auto &[color, text] : entries) {
        painter.fillRect(QRect(x, y + (rowHeight() - swatch) / 2, swatch, swatch), color);
        x += swatch + 4;
        painter.setPen(pal.color(QPalette::WindowText));
        const int textWidth = fontMetrics().horizontalAdvance(text);
        painter.drawText(QRect(x, y, textWidth + 2, rowHeight()), Qt::AlignLeft | Qt::AlignVCenter, text);
        x += textWidth + 12;
    }
}

bool CoreBars::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int core = coreAt(help->pos());
        if (core >= 0)
            QToolTip::showText(help->globalPos(), describe(core), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}
