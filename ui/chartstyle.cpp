#include "chartstyle.h"

#include "statuscolors.h"

#include <QChart>
#include <QLegend>

QChart *ChartStyle::newChart(const QPalette &palette)
{
    auto *chart = new QChart;
    // Before any series: a theme set later would repaint the colours given to them.
    chart->setTheme(StatusColors::isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}
