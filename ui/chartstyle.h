#pragma once

class QChart;
class QPalette;

// Qt Charts draws white with black text whatever the window's theme: glaring, and its black
// lines lost, in a dark one. Every chart of the window starts from here.
namespace ChartStyle {
// A chart in the palette's light or dark theme, its legend below the plot. Series and axes
// added afterwards take the theme; colours set on a series afterwards stay.
QChart *newChart(const QPalette &palette);
} // namespace ChartStyle
