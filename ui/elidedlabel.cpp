#include "elidedlabel.h"

#include "elidedtext.h"

#include <QHelpEvent>

QSize ElidedLabel::minimumSizeHint() const
{
    QSize size = QLabel::minimumSizeHint();
    size.setWidth(ElidedText::width(font(), QStringLiteral("Done…")));
    return size;
}

bool ElidedLabel::isElided() const
{
    return ElidedText::isElided(this, textWidth());
}

QString ElidedLabel::shownText() const
{
    return ElidedText::shown(this, text(), textWidth());
}

void ElidedLabel::paintEvent(QPaintEvent *)
{
    ElidedText::paint(this, text(), textWidth(), Qt::AlignLeft | Qt::AlignVCenter);
}

bool ElidedLabel::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip
        && ElidedText::showWholeText(this, static_cast<QHelpEvent *>(event), text(), isElided()))
        return true;
    return QLabel::event(event);
}

int ElidedLabel::textWidth() const
{
    return ElidedText::width(font(), text());
}
