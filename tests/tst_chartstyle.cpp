// The window's charts in its light or dark theme: every line, bar and title stands out from the
// plot it is drawn on.
#include "chartstyle.h"
#include "comparisonchart.h"
#include "napsweepchart.h"
#include "sweepchart.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTest>

#include <memory>

namespace {
QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    return palette;
}

// The colour a brush mostly paints: a gradient's first stop.
QColor colorOf(const QBrush &brush)
{
    if (const QGradient *gradient = brush.gradient(); gradient && !gradient->stops().isEmpty())
        return gradient->stops().constFirst().second;
    return brush.color();
}

// What each series draws with.
QList<QColor> inksOf(const QChart &chart)
{
    QList<QColor> inks;
    for (QAbstractSeries *series : chart.series()) {
        if (auto *scatter = qobject_cast<QScatterSeries *>(series))
            inks << scatter->color();
        else if (auto *line = qobject_cast<QLineSeries *>(series))
            inks << line->pen().color();
        else if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                inks << set->color() << set->borderColor();
        }
    }
    return inks;
}

// Text a chart draws itself, beside its series (the nap sweep's K labels).
QList<QColor> textOf(const QChart &chart)
{
    QList<QColor> inks;
    for (QGraphicsItem *item : chart.childItems()) {
        if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            inks << text->brush().color();
    }
    return inks;
}

std::vector<std::unique_ptr<QChart>> everyChart()
{
    ComparisonRow sequential { QStringLiteral("sequential"), 1, 3, 1.0, 0.9, 1.1, 1.0, 1.0, 1.0 };
    ComparisonRow threads { QStringLiteral("threads"), 2, 3, 0.55, 0.5, 0.6, 1.0, 1.8, 0.9 };
    SweepRow one { 1, 3, 1.0, 1.0, 1, 1.0, 1.0 };
    SweepRow two { 2, 3, 0.55, 1.8, 2, 2.0, 0.9 };
    NapSweepPoint point;
    point.yieldEvery = 1024;
    point.loopGapMs = 5;
    point.plainSeconds = point.plainCpuSeconds = 1;
    point.seconds = point.cpuSeconds = 1.5;
    std::vector<std::unique_ptr<QChart>> charts;
    charts.emplace_back(ComparisonChart::build({ sequential, threads }));
    charts.emplace_back(SweepChart::build({ one, two }, QStringLiteral("Threads"), 2));
    charts.emplace_back(NapSweepChart::build({ point }));
    return charts;
}
} // namespace

class TestChartStyle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyLineStandsOut_data();
    void everyLineStandsOut();
    void cleanup() { QApplication::setPalette(QPalette()); }
};

void TestChartStyle::everyLineStandsOut_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<QChart::ChartTheme>("theme");
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    QTest::newRow("light") << light << QChart::ChartThemeLight;
    QTest::newRow("dark") << darkPalette() << QChart::ChartThemeDark;
}

void TestChartStyle::everyLineStandsOut()
{
    QFETCH(QPalette, palette);
    QFETCH(QChart::ChartTheme, theme);
    QApplication::setPalette(palette);
    for (const std::unique_ptr<QChart> &chart : everyChart()) {
        QCOMPARE(chart->theme(), theme);
        const int background = colorOf(chart->backgroundBrush()).lightness();
        QList<QColor> text = textOf(*chart);
        text << colorOf(chart->titleBrush());
        for (const QColor &ink : std::as_const(text)) {
            QVERIFY2(
                std::abs(ink.lightness() - background) >= 100,
                qPrintable(
                    QStringLiteral("%1: text %2 on %3").arg(chart->title(), ink.name()).arg(background)));
        }
        const QList<QColor> inks = inksOf(*chart);
        QVERIFY(!inks.isEmpty());
        for (const QColor &ink : inks) {
            QVERIFY2(
                std::abs(ink.lightness() - background) >= 25,
                qPrintable(QStringLiteral("%1: %2 on %3").arg(chart->title(), ink.name()).arg(background)));
        }
    }
}

QTEST_MAIN(TestChartStyle)
#include "tst_chartstyle.moc"
