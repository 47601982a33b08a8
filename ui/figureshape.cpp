#include "figureshape.h"

#include <QFontMetricsF>

QChar FigureShape::widestDigit(const QFont &font)
{
    const QFontMetricsF metrics(font);
    QChar widest = QLatin1Char('0');
    for (char digit = '1'; digit <= '9'; ++digit) {
        if (metrics.horizontalAdvance(QLatin1Char(digit)) > metrics.horizontalAdvance(widest))
            widest = QLatin1Char(digit);
    }
    return widest;
}

QString FigureShape::of(const QString &text, QChar widestDigit)
{
    QString shape = text;
    for (QChar &c : shape) {
        if (c.isDigit())
            c = widestDigit;
    }
    return shape;
}
