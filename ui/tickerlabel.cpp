#include "tickerlabel.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyle>

#include <cmath>

TickerLabel::TickerLabel(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

QString TickerLabel::text() const
{
    return m_text;
}

void TickerLabel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    if (widenTo(text))
        updateGeometry();
    update();
    setAccessibleName(text); // what a screen reader reads of it
}

void TickerLabel::reserve(const QString &widest)
{
    if (widenTo(widest))
        updateGeometry();
}

void TickerLabel::setAlignment(Qt::Alignment alignment)
{
    m_alignment = alignment;
    update();
}

bool TickerLabel::isElided() const
{
    return widthOf(m_text) > contentsRect().width();
}

int TickerLabel::widthOf(const QString &text) const
{
    // Rounded up: a text whose width was rounded down would be elided in its own room.
    return int(std::ceil(QFontMetricsF(font()).horizontalAdvance(text)));
}

QSize TickerLabel::sizeHint() const
{
    const QMargins margins = contentsMargins();
    return { m_reservedWidth + margins.left() + margins.right(),
             fontMetrics().height() + margins.top() + margins.bottom() };
}

QSize TickerLabel::minimumSizeHint() const
{
    // It may get less than its widest text (elided then): the figures beside it keep theirs.
    QSize size = sizeHint();
    size.setWidth(std::min(size.width(), fontMetrics().horizontalAdvance(QStringLiteral("999…"))));
    return size;
}

void TickerLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect area = contentsRect();
    const QString shown = fontMetrics().elidedText(m_text, Qt::ElideRight, area.width());
    style()->drawItemText(&painter, area, int(m_alignment) | Qt::TextSingleLine, palette(), isEnabled(),
                          shown, foregroundRole());
}

void TickerLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        m_reservedWidth = 0;
        widenTo(m_widest);
        widenTo(m_text);
        updateGeometry();
    }
    QWidget::changeEvent(event);
}

bool TickerLabel::widenTo(const QString &text)
{
    const int width = widthOf(text);
    if (width <= m_reservedWidth)
        return false;
    m_reservedWidth = width;
    m_widest = text;
    return true;
}
