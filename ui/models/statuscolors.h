#pragma once

#include <QColor>
#include <QPalette>

// Colours for states (an error, a wrong answer) derived from the palette, so a dark theme
// stays readable: a red that contrasts with the text background, light on dark, dark on light.
namespace StatusColors {
inline bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

inline QColor error(const QPalette &palette)
{
    return isDark(palette) ? QColor::fromHsl(0, 200, 170) : QColor::fromHsl(355, 190, 90);
}

// The same red, faint, as a background behind text.
inline QColor errorBackground(const QPalette &palette)
{
    QColor color = error(palette);
    color.setAlpha(isDark(palette) ? 60 : 30);
    return color;
}

// CPU load: this run's own share in the accent colour, other programs' in a neutral grey
// that reads as "not ours" in light and dark themes alike.
inline QColor ownLoad(const QPalette &palette)
{
    return palette.color(QPalette::Highlight);
}

inline QColor otherLoad(const QPalette &palette)
{
    return isDark(palette) ? QColor::fromHsl(0, 0, 120) : QColor::fromHsl(0, 0, 165);
}
} // namespace StatusColors
