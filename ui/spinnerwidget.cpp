#include "spinnerwidget.h"

#include "spinnerframes.h"
#include "tickerlabel.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>

#include <utility>

SpinnerWidget::SpinnerWidget(QWidget *parent)
    : QWidget(parent)
    , m_glyph(new QLabel(this))
    , m_message(new QLabel(this))
    , m_gap(new TickerLabel(this))
{
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.8);
    mono.setBold(true);
    m_glyph->setFont(mono);
    // Fixed size: the four glyphs differ in width in some fonts and the line must not jump,
    // and a new glyph ten times a second repaints the glyph alone, never the window's layout.
    const QFontMetrics glyphMetrics(mono);
    m_glyph->setFixedSize(glyphMetrics.horizontalAdvance(QLatin1Char('W')) + 6, glyphMetrics.height());
    m_glyph->setAlignment(Qt::AlignCenter);
    m_glyph->setAccessibleName(tr("Spinner"));
    m_glyph->installEventFilter(this);
    m_message->setFont(mono);
    m_message->setText(tr("thinking!"));
    m_gap->setToolTip(tr("The longest time between two spinner frames since the run started. "
                         "Frames are due every %1 ms; a longer gap means the event loop was blocked.")
                          .arg(SpinnerFrames::intervalMs));
    // Room for any gap from the start: a label that widens as the digits grow is cut short
    // until the layout catches up, and makes the line jump.
    m_gap->reserve(tr("longest frame gap: %1 ms").arg(99999));
    m_gap->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_glyph);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_gap);

    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(SpinnerFrames::intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &SpinnerWidget::advance);
    m_timer.start();
    advance();
}

void SpinnerWidget::setMessage(const QString &message)
{
    m_message->setText(message);
}

QString SpinnerWidget::message() const
{
    return m_message->text();
}

void SpinnerWidget::restartMeasurement()
{
    m_meter.restart();
    m_meter.frame();
    showGap();
}

QChar SpinnerWidget::currentFrame() const
{
    return SpinnerFrames::at(m_frame);
}

void SpinnerWidget::advance()
{
    ++m_frame;
    m_glyph->setText(currentFrame());
    const double gap = isVisible() ? m_meter.frame() : 0;
    showGap();
    Q_EMIT frameDrawn(gap);
}

void SpinnerWidget::showEvent(QShowEvent *event)
{
    // Time hidden is not a gap; the next one counts from when the glyph is painted, seen.
    m_meter.pause();
    m_resumeOnPaint = true;
    QWidget::showEvent(event);
}

bool SpinnerWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_glyph && event->type() == QEvent::Paint && std::exchange(m_resumeOnPaint, false))
        m_meter.resume();
    return QWidget::eventFilter(watched, event);
}

void SpinnerWidget::showGap()
{
    m_gap->setText(tr("longest frame gap: %1 ms").arg(qRound(m_meter.longestGapMs())));
}
