#pragma once

#include <Qt>

class QFont;
class QHelpEvent;
class QString;
class QWidget;

// One line of text in a widget's contents: whole where it fits, ending in "…" where it does
// not, and whole in the tooltip then. What ElidedLabel and TickerLabel paint.
namespace ElidedText {
// The room text takes in font, rounded up: a width rounded down would end a text in "…" in
// its own room.
int width(const QFont &font, const QString &text);
// Whether text, textWidth wide, is wider than the widget's contents.
bool isElided(const QWidget *widget, int textWidth);
// text, textWidth wide, as it shows in the widget's contents: whole, or ending in "…".
QString shown(const QWidget *widget, const QString &text, int textWidth);
// Paints text, textWidth wide, in the widget's contents (from its paintEvent).
void paint(QWidget *widget, const QString &text, int textWidth, Qt::Alignment alignment);
// For a tooltip asked of the widget: one set on purpose wins (false: not handled), else the
// whole text shows when it is elided.
bool showWholeText(QWidget *widget, const QHelpEvent *event, const QString &text, bool elided);
} // namespace ElidedText
