#pragma once

#include <QString>

class QChart;

// A chart saved as PNG or SVG at a fixed, readable size, drawn off screen so the window's
// size and the page shown do not matter. Takes the chart.
namespace ChartPicture {
bool write(QChart *chart, const QString &path, QString *error);
} // namespace ChartPicture
