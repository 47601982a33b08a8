#include "elidedtext.h"

#include <QFontMetrics>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QPainter>
#include <QStyle>
#include <QToolTip>
#include <QWidget>

#include <cmath>

namespace ElidedText {

int width(const QFont &font, const QString &text)
{
    return int(std::ceil(QFontMetricsF(font).horizontalAdvance(text)));
}

bool isElided(const QWidget *widget, int textWidth)
{
    return textWidth > widget->contentsRect().width();
}

QString shown(const QWidget *widget, const QString &text, int textWidth)
{
    // Elided only when it does not fit by its rounded-up width: Qt's own test compares the
    // exact width with the room, and a text a fraction of a pixel wider lost its last letters.
    return isElided(widget, textWidth)
        ? widget->fontMetrics().elidedText(text, Qt::ElideRight, widget->contentsRect().width())
        : text;
}

void paint(QWidget *widget, const QString &text, int textWidth, Qt::Alignment alignment)
{
    QPainter painter(widget);
    widget->style()->drawItemText(&painter, widget->contentsRect(), int(alignment) | Qt::TextSingleLine,
                                  widget->palette(), widget->isEnabled(), shown(widget, text, textWidth),
                                  widget->foregroundRole());
}

bool showWholeText(QWidget *widget, const QHelpEvent *event, const QString &text, bool elided)
{
    if (!widget->toolTip().isEmpty())
        return false;
    if (elided)
        QToolTip::showText(event->globalPos(), text, widget);
    else
        QToolTip::hideText();
    return true;
}

} // namespace ElidedText
