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

// A colour made faint enough to lie behind text: less so on a dark base, where it would vanish.
inline QColor behindText(QColor color, const QPalette &palette, int lightAlpha)
{
    color.setAlpha(isDark(palette) ? 2 * lightAlpha : lightAlpha);
    return color;
}

// The same red, faint, as a background behind text.
inline QColor errorBackground(const QPalette &palette)
{
    return behindText(error(palette), palette, 30);
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

// The timeline's jobs, by how they ended: hues told apart also by the colour-blind (green and
// orange differ in lightness too), lighter on a dark base.
inline QColor prime(const QPalette &palette)
{
    return isDark(palette) ? QColor::fromHsl(140, 120, 130) : QColor::fromHsl(140, 130, 90);
}

inline QColor composite(const QPalette &palette)
{
    return isDark(palette) ? QColor::fromHsl(210, 70, 150) : QColor::fromHsl(210, 80, 150);
}

inline QColor retried(const QPalette &palette)
{
    return isDark(palette) ? QColor::fromHsl(35, 220, 150) : QColor::fromHsl(32, 230, 120);
}

inline QColor running(const QPalette &palette)
{
    return isDark(palette) ? QColor::fromHsl(275, 130, 175) : QColor::fromHsl(275, 110, 130);
}

// A warning behind text (figures in doubt): amber, faint on light themes, deeper on dark ones;
// its frame a stronger amber.
inline QColor warningBackground(const QPalette &palette)
{
    return behindText(retried(palette), palette, 60);
}

// Lines drawn over a chart's plot (whiskers, markers' outlines): the text colour.
inline QColor ink(const QPalette &palette)
{
    return palette.color(QPalette::Text);
}

// Text that reads on a filled background of this colour.
inline QColor textOn(const QColor &background)
{
    return background.lightness() > 140 ? QColor(Qt::black) : QColor(Qt::white);
}
} // namespace StatusColors
